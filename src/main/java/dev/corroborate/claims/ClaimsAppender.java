package dev.corroborate.claims;

import dev.corroborate.diag.BadInputException;
import dev.corroborate.diag.Diagnostic;
import dev.corroborate.diag.LineBreaks;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds claims to an existing claims file without touching anything else in it: every byte of the
 * file (comments, blank lines, order, quoting, line breaks, a byte order mark) is kept, and the new
 * items go right after the last item of the {@code claims:} list, indented like it. The file is first
 * read as the claims reader reads it (every problem reported); the list's last item is found with
 * SnakeYAML's node positions; a list with no items yet (a bare {@code claims:}) gets its first items
 * right after the key. A claim whose {@link ClaimText#normalise normalised} text is already in
 * the file (or earlier in the same batch) is left out; a new id that is taken gets "-2", "-3", ....
 * A list written in flow style ({@code claims: [...]}) is refused. The result is read back before it
 * is returned. Works on text: the caller reads and (atomically) writes the file. Stateless.
 *
 * @see ItemWriter for what each caller writes into an item
 */
public final class ClaimsAppender {
  /** How the claims reader words a 'claims:' key without items: no error here, claims are about to be added. */
  private static final String EMPTY_LIST = "the claims list is empty";
  private static final String NO_LIST = "'claims' must be a list, not nothing";

  private final ClaimsLoader loader = new ClaimsLoader();

  /** How a caller's claims are named and written as list items. */
  public interface ItemWriter<T> {
    /** The claim's text, compared (normalised) with the file's claims. */
    String text(T claim);

    /** The id the claim would like; a taken id gets a suffix. */
    String id(T claim);

    /**
     * The item's lines, each ending with {@code nl}: {@code dash + "- "} and the first key, then the
     * other keys at the indentation {@code keys}.
     */
    String item(T claim, String id, String dash, String keys, String nl);
  }

  /** A claim that was added, with the id it got. */
  public record Appended<T>(T claim, String id) {}

  /**
   * The new file text and what happened to each claim.
   *
   * @param text       the whole new file (the old text when nothing was added)
   * @param appended   the claims added, in order, with their ids
   * @param duplicates the claims left out because the file (or the batch) already had their text
   */
  public record Result<T>(String text, List<Appended<T>> appended, List<T> duplicates) {
    public Result {
      Objects.requireNonNull(text, "text");
      appended = List.copyOf(appended);
      duplicates = List.copyOf(duplicates);
    }
  }

  /**
   * Checks, before any long work, that claims could be appended to this file text: a valid claims
   * file whose list is a block list.
   *
   * @throws BadInputException naming the file, line and what to fix
   */
  public void check(String existing, String file) throws BadInputException {
    existingClaims(existing, file);
    place(existing.startsWith("\uFEFF") ? existing.substring(1) : existing, file);
  }

  /** The file's claims; an empty list is no error here. */
  private List<Claim> existingClaims(String text, String file) throws BadInputException {
    try {
      return loader.parse(text, file);
    } catch (BadInputException e) {
      if (!e.diagnostics().isEmpty() && e.diagnostics().stream()
          .allMatch(d -> d.message().startsWith(EMPTY_LIST) || d.message().equals(NO_LIST))) {
        return List.of();
      }
      throw e;
    }
  }

  /**
   * Appends to the claims file text {@code existing}.
   *
   * @param file the file's name for diagnostics
   * @throws BadInputException when the file is not a valid claims file, or its list is in flow style
   */
  public <T> Result<T> append(String existing, String file, List<T> proposed, ItemWriter<T> writer)
      throws BadInputException {
    List<Claim> claims = existingClaims(existing, file);
    boolean bom = existing.startsWith("\uFEFF");
    String text = bom ? existing.substring(1) : existing;
    Set<String> texts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      texts.add(ClaimText.normalise(c.text()));
      ids.add(c.id());
    }
    List<Appended<T>> added = new ArrayList<>();
    List<T> duplicates = new ArrayList<>();
    for (T c : proposed) {
      if (!texts.add(ClaimText.normalise(writer.text(c)))) {
        duplicates.add(c);
        continue;
      }
      String id = writer.id(c);
      for (int n = 2; ids.contains(id); n++) {
        id = writer.id(c) + "-" + n;
      }
      ids.add(id);
      added.add(new Appended<>(c, id));
    }
    if (added.isEmpty()) {
      return new Result<>(existing, added, duplicates);
    }
    Place place = place(text, file);
    int insertAt = place.insertAt();
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder items = new StringBuilder();
    if (insertAt == text.length() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
      items.append(nl);
    }
    for (Appended<T> a : added) {
      items.append(writer.item(a.claim(), a.id(), place.dash(), place.keys(), nl));
    }
    String result = (bom ? "\uFEFF" : "") + text.substring(0, insertAt) + items + text.substring(insertAt);
    List<Claim> after = loader.parse(result, file);
    if (after.size() != claims.size() + added.size()) {
      throw new IllegalStateException("appending to " + file + " gave " + after.size() + " claims, expected "
          + (claims.size() + added.size()));
    }
    return new Result<>(result, added, duplicates);
  }

  /** The padding between an item's "- " and its first key, so that it lines up with the other keys. */
  public static String pad(String dash, String keys) {
    int extra = keys.length() - dash.length() - 2;
    return extra > 0 ? " ".repeat(extra) : "";
  }

  /** Where new items go, and the indentation of their dash and of their keys. */
  private record Place(int insertAt, String dash, String keys) {}

  /**
   * After the last item of the top-level {@code claims:} list, indented like it; right after the key
   * when the list has no items yet. A list in flow style is refused.
   */
  private static Place place(String text, String file) throws BadInputException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    Node root = new Yaml(options).compose(new StringReader(LineBreaks.yamlLinesAsInFile(text)));
    if (root instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k) || !k.getValue().equals("claims")) {
          continue;
        }
        List<Integer> lineStarts = lineStarts(text);
        if (t.getValueNode() instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
          Mark m = seq.getStartMark();
          throw new BadInputException(Diagnostic.at(file, m.getLine() + 1, m.getColumn() + 1,
              "the claims list is written in flow style ([...]); claims can only be added to a block list",
              "rewrite the list with one '- id: ...' item per claim, or write the new claims to another file"));
        }
        if (t.getValueNode() instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
          return after(seq.getValue().get(seq.getValue().size() - 1), text, lineStarts);
        }
        int keyLine = k.getStartMark().getLine();
        int insertAt = keyLine + 1 < lineStarts.size() ? lineStarts.get(keyLine + 1) : text.length();
        return new Place(insertAt, "  ", "    ");
      }
    }
    throw new IllegalStateException(file + " passed the claims reader but has no claims list");
  }

  private static Place after(Node last, String text, List<Integer> lineStarts) {
    int lastLine = lastContentLine(last, text, lineStarts);
    int insertAt = lastLine + 1 < lineStarts.size() ? lineStarts.get(lastLine + 1) : text.length();
    int itemLine = last.getStartMark().getLine();
    int keyColumn = last.getStartMark().getColumn();
    String line = text.substring(lineStarts.get(itemLine), Math.min(text.length(), lineStarts.get(itemLine) + keyColumn));
    int dashColumn = line.lastIndexOf('-');
    if (dashColumn < 0 || !line.substring(0, dashColumn).isBlank()) {
      dashColumn = Math.max(0, keyColumn - 2);
    }
    return new Place(insertAt, " ".repeat(dashColumn), " ".repeat(Math.max(keyColumn, dashColumn + 2)));
  }

  /** Offsets where each line starts (after \n, \r\n or a lone \r, as YAML counts lines). */
  static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 0-based line of a node's last character: the end of its last scalar or flow collection. */
  private static int lastContentLine(Node node, String text, List<Integer> lineStarts) {
    Node n = node;
    while (true) {
      if (n instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !m.getValue().isEmpty()) {
        n = m.getValue().get(m.getValue().size() - 1).getValueNode();
      } else if (n instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
          && !s.getValue().isEmpty()) {
        n = s.getValue().get(s.getValue().size() - 1);
      } else {
        break;
      }
    }
    Mark end = n.getEndMark();
    int line = end.getLine();
    if (end.getColumn() == 0 && line > n.getStartMark().getLine()) {
      line--;
    }
    // A block scalar (| or >) ends after its line break and any blank lines that follow it.
    while (line > n.getStartMark().getLine() && line < lineStarts.size() && lineText(text, lineStarts, line).isBlank()) {
      line--;
    }
    return Math.min(line, lineStarts.size() - 1);
  }

  private static String lineText(String text, List<Integer> lineStarts, int line) {
    int from = lineStarts.get(line);
    int to = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
    return text.substring(from, to);
  }
}
