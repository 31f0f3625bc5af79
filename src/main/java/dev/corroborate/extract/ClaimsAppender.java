package dev.corroborate.extract;

import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
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
 * Adds proposed claims to an existing claims file without touching anything else in it: every
 * byte of the file (comments, blank lines, order, quoting, line breaks) is kept, and the new items
 * go right after the last item of the {@code claims:} list, indented like it. The file is first
 * read as the claims reader reads it (every problem reported); the list's last item is found with
 * SnakeYAML's node positions. A claim whose normalised text is already in the file is left out; a
 * new id that is taken gets "-2", "-3", .... A list written in flow style ({@code claims: [...]}) is
 * refused. Stateless.
 */
public final class ClaimsAppender {
  private final ClaimsLoader loader = new ClaimsLoader();

  /**
   * The new file text and what happened to each claim.
   *
   * @param text       the whole new file
   * @param appended   the claims added, with the ids they got
   * @param duplicates the claims left out because the file already had their text
   */
  public record Result(String text, List<ProposedClaim> appended, List<ProposedClaim> duplicates) {
    public Result {
      Objects.requireNonNull(text, "text");
      appended = List.copyOf(appended);
      duplicates = List.copyOf(duplicates);
    }
  }

  /**
   * Appends to the claims file text {@code existing}.
   *
   * @param file the file's name for diagnostics
   * @throws BadInputException when the file is not a valid claims file, or its list is in flow style
   */
  public Result append(String existing, String file, List<ProposedClaim> proposed) throws BadInputException {
    List<Claim> claims = loader.parse(existing, file);
    boolean bom = existing.startsWith("\uFEFF");
    String text = bom ? existing.substring(1) : existing;
    Set<String> texts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      texts.add(ClaimText.normalise(c.text()));
      ids.add(c.id());
    }
    List<ProposedClaim> added = new ArrayList<>();
    List<ProposedClaim> duplicates = new ArrayList<>();
    for (ProposedClaim c : proposed) {
      if (!texts.add(ClaimText.normalise(c.text()))) {
        duplicates.add(c);
        continue;
      }
      String id = c.id();
      for (int n = 2; ids.contains(id); n++) {
        id = c.id() + "-" + n;
      }
      ids.add(id);
      added.add(id.equals(c.id()) ? c : c.withId(id));
    }
    if (added.isEmpty()) {
      return new Result(existing, added, duplicates);
    }
    SequenceNode list = claimsList(text, file);
    Node last = list.getValue().get(list.getValue().size() - 1);
    List<Integer> lineStarts = lineStarts(text);
    int lastLine = lastContentLine(last, text, lineStarts);
    int insertAt = lastLine + 1 < lineStarts.size() ? lineStarts.get(lastLine + 1) : text.length();
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    int itemLine = last.getStartMark().getLine();
    int keyColumn = last.getStartMark().getColumn();
    String line = text.substring(lineStarts.get(itemLine), Math.min(text.length(), lineStarts.get(itemLine) + keyColumn));
    int dashColumn = line.lastIndexOf('-');
    if (dashColumn < 0 || !line.substring(0, dashColumn).isBlank()) {
      dashColumn = Math.max(0, keyColumn - 2);
    }
    StringBuilder items = new StringBuilder();
    if (insertAt == text.length() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r")) {
      items.append(nl);
    }
    for (ProposedClaim c : added) {
      items.append(ClaimsYaml.item(c, " ".repeat(dashColumn), " ".repeat(Math.max(keyColumn, dashColumn + 2)), "", nl));
    }
    String result = (bom ? "\uFEFF" : "") + text.substring(0, insertAt) + items + text.substring(insertAt);
    List<Claim> after = loader.parse(result, file);
    if (after.size() != claims.size() + added.size()) {
      throw new IllegalStateException("appending to " + file + " gave " + after.size() + " claims, expected "
          + (claims.size() + added.size()));
    }
    return new Result(result, added, duplicates);
  }

  /** The node of the top-level {@code claims:} list; refused when it is written in flow style. */
  private static SequenceNode claimsList(String text, String file) throws BadInputException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    Node root = new Yaml(options).compose(new StringReader(LineBreaks.yamlLinesAsInFile(text)));
    if (root instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("claims")
            && t.getValueNode() instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
          if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            Mark m = seq.getStartMark();
            throw new BadInputException(Diagnostic.at(file, m.getLine() + 1, m.getColumn() + 1,
                "the claims list is written in flow style ([...]); --append only adds to a block list",
                "rewrite the list with one '- id: ...' item per claim, or write the new claims to another file"
                    + " with --output"));
          }
          return seq;
        }
      }
    }
    throw new IllegalStateException(file + " passed the claims reader but has no claims list");
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
