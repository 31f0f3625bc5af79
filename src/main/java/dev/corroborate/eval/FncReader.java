package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.stance.Stance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FNC-1 format (also ARC's): a bodies CSV {@code Body ID,articleBody} and a stances CSV {@code
 * Headline,Body ID,Stance}. A pair's id is the number of its data row in the stances CSV (from 1);
 * its body and its dev-split group are its Body ID.
 */
final class FncReader implements PairReader {
  static final List<String> BODY_COLUMNS = List.of("Body ID", "articleBody");
  static final List<String> STANCE_COLUMNS = List.of("Headline", "Body ID", "Stance");

  @Override
  public List<LabelledPair> read(List<Path> data, LabelVocabulary labels) throws BadInputException {
    Map<String, String> bodies = bodies(CsvTable.read(data.get(0), BODY_COLUMNS));
    CsvTable stances = CsvTable.read(data.get(1), STANCE_COLUMNS);
    int headline = stances.column("Headline");
    int bodyId = stances.column("Body ID");
    int stance = stances.column("Stance");
    Problems problems = new Problems(stances.file());
    List<LabelledPair> pairs = new ArrayList<>(stances.rows().size());
    int number = 0;
    for (CsvReader.Row row : stances.rows()) {
      number++;
      String id = row.fields().get(bodyId).strip();
      String word = row.fields().get(stance).strip();
      String body = bodies.get(id);
      Optional<Stance> gold = labels.stance(word);
      if (body == null) {
        problems.add(row.line(), "Body ID '" + id + "' is not in " + data.get(0),
            "pass the bodies file that belongs to these stances");
      }
      if (gold.isEmpty()) {
        PairReader.unknownLabel(problems, row.line(), word, labels);
      }
      if (body != null && gold.isPresent()) {
        pairs.add(new LabelledPair(Integer.toString(number), row.fields().get(headline), id, body, id, word,
            gold.get()));
      }
    }
    problems.throwIfAny();
    return pairs;
  }

  private static Map<String, String> bodies(CsvTable table) throws MalformedDataException {
    int idColumn = table.column("Body ID");
    int textColumn = table.column("articleBody");
    Problems problems = new Problems(table.file());
    Map<String, String> bodies = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (CsvReader.Row row : table.rows()) {
      String id = row.fields().get(idColumn).strip();
      if (id.isEmpty()) {
        problems.add(row.line(), "empty Body ID", "every body needs an id");
      } else if (lines.containsKey(id)) {
        problems.add(row.line(), "Body ID '" + id + "' appears twice (first on line " + lines.get(id) + ")",
            "give every body its own id");
      } else {
        lines.put(id, row.line());
        bodies.put(id, row.fields().get(textColumn));
      }
    }
    problems.throwIfAny();
    return bodies;
  }
}
