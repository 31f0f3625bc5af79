package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.stance.Stance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Emergent CSV of Ferreira and Vlachos (2016): a first column with the row id, then {@code
 * claimHeadline, articleHeadline, articleHeadlineStance, articleId, claimId} in any order. The claim
 * is claimHeadline, the body articleHeadline, the dev-split group claimId.
 */
final class EmergentReader implements PairReader {
  static final List<String> COLUMNS =
      List.of("claimHeadline", "articleHeadline", "articleHeadlineStance", "articleId", "claimId");

  @Override
  public List<LabelledPair> read(List<Path> data, LabelVocabulary labels) throws BadInputException {
    CsvTable table = CsvTable.read(data.get(0), COLUMNS);
    if (COLUMNS.contains(table.header().get(0))) {
      throw new MalformedDataException(Diagnostic.at(table.file(), 1, 0,
          "the first column is '" + table.header().get(0) + "', not the row id",
          "the first column must hold each row's id"));
    }
    int claim = table.column("claimHeadline");
    int body = table.column("articleHeadline");
    int stance = table.column("articleHeadlineStance");
    int article = table.column("articleId");
    int claimId = table.column("claimId");
    Problems problems = new Problems(table.file());
    Map<String, Integer> seen = new HashMap<>();
    List<LabelledPair> pairs = new ArrayList<>(table.rows().size());
    for (CsvReader.Row row : table.rows()) {
      List<String> f = row.fields();
      String id = f.get(0).strip();
      String word = f.get(stance).strip();
      Optional<Stance> gold = labels.stance(word);
      boolean ok = true;
      if (id.isEmpty() || f.get(article).isBlank() || f.get(claimId).isBlank()) {
        problems.add(row.line(), "empty row id, articleId or claimId", "every row needs all three");
        ok = false;
      } else if (seen.putIfAbsent(id, row.line()) != null) {
        problems.add(row.line(), "row id '" + id + "' appears twice (first on line " + seen.get(id) + ")",
            "give every row its own id");
        ok = false;
      }
      if (gold.isEmpty()) {
        PairReader.unknownLabel(problems, row.line(), word, labels);
        ok = false;
      }
      if (ok) {
        pairs.add(new LabelledPair(id, f.get(claim), f.get(article).strip(), f.get(body), f.get(claimId).strip(),
            word, gold.get()));
      }
    }
    problems.throwIfAny();
    return pairs;
  }
}
