package dev.corroborate.cli;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a claims file that claims are about to be added to ({@code extract --append}, {@code conflicts --write}). */
final class ClaimsFiles {
  private ClaimsFiles() {}

  /**
   * The file's text, or null when it does not exist yet (it will be created).
   *
   * @throws BadInputException when it is a folder or not UTF-8
   */
  static String readForAppend(Path file) throws BadInputException, IOException {
    if (!Files.exists(file)) {
      return null;
    }
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new BadInputException(Diagnostic.of(name, "is a folder, not a claims file", "give the claims YAML file"));
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new BadInputException(Diagnostic.of(name, "not valid UTF-8", "save the file as UTF-8"));
    }
  }
}
