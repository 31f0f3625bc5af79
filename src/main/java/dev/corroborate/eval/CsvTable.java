package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file whose header names the columns a dataset needs and whose data rows all have the
 * header's width (checked on reading; every misfit row is reported with its line).
 *
 * @param file   the file as the user named it
 * @param header the header's column names (stripped of surrounding spaces)
 * @param rows   the data rows, in file order
 */
record CsvTable(String file, List<String> header, List<CsvReader.Row> rows) {
  CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  static CsvTable read(Path path, List<String> required) throws BadInputException {
    String file = path.toString();
    List<CsvReader.Row> all = CsvReader.parse(CsvReader.readText(path), file);
    String expected = String.join(",", required);
    if (all.isEmpty()) {
      throw new MalformedDataException(Diagnostic.at(file, 1, 0, "the file is empty",
          "it needs a header naming the columns " + expected));
    }
    List<String> header = all.get(0).fields().stream().map(String::strip).toList();
    for (String column : required) {
      if (!header.contains(column)) {
        throw new MalformedDataException(Diagnostic.at(file, all.get(0).line(), 0,
            "the header has no column '" + column + "'", "the header must name the columns " + expected));
      }
    }
    Problems problems = new Problems(file);
    for (CsvReader.Row row : all.subList(1, all.size())) {
      if (row.fields().size() != header.size()) {
        problems.add(row.line(), "the row has " + row.fields().size() + " fields, the header "
            + header.size(), "quote fields that contain commas or line breaks");
      }
    }
    problems.throwIfAny();
    return new CsvTable(file, header, all.subList(1, all.size()));
  }

  /** The index of a column that {@link #read} checked is present. */
  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    return i;
  }
}
