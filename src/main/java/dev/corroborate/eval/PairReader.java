package dev.corroborate.eval;

import dev.corroborate.diag.BadInputException;
import java.nio.file.Path;
import java.util.List;

/** Reads one dataset format's files into labelled pairs, in file order. */
interface PairReader {
  /**
   * @param data   the dataset's files, in the order of {@link Dataset#dataRoles()}
   * @param labels the dataset's label words
   * @throws MalformedDataException a row does not fit the format (every problem with file and line)
   * @throws BadInputException      a file cannot be read
   */
  List<LabelledPair> read(List<Path> data, LabelVocabulary labels) throws BadInputException;

  /** The problem to report for a label word outside the vocabulary. */
  static void unknownLabel(Problems problems, int line, String word, LabelVocabulary labels) {
    problems.add(line, "unknown label '" + word + "'", "use one of: " + labels.allWords());
  }
}
