package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;

import dev.corroborate.claims.ClaimText;
import dev.corroborate.claims.ClaimsAppender;
import java.util.List;
import java.util.Locale;

/**
 * Writes proposed claims as claims.yaml items: {@code id}, {@code text} and an {@code extracted}
 * mapping with where the claim was found and why it was proposed (the optional key that the claims
 * reader validates and {@code check} ignores). Strings are always double-quoted with YAML escapes,
 * so any text round-trips. Stateless.
 */
public final class ClaimsYaml {
  private ClaimsYaml() {}

  /**
   * One list item.
   *
   * @param dash   the indentation before the item's {@code -}
   * @param keys   the indentation of the item's keys ({@code dash} plus two, or what the file uses)
   * @param prefix put before every line ("" or "# " for a commented-out item)
   * @param nl     the line break to use
   */
  public static String item(ProposedClaim c, String dash, String keys, String prefix, String nl) {
    String inner = keys + "  ";
    StringBuilder sb = new StringBuilder();
    line(sb, prefix, dash + "- " + ClaimsAppender.pad(dash, keys) + "id: " + c.id(), nl);
    line(sb, prefix, keys + "text: " + quote(c.text()), nl);
    line(sb, prefix, keys + "extracted:", nl);
    line(sb, prefix, inner + "file: " + quote(c.file()), nl);
    line(sb, prefix, inner + "sentence: " + quote(c.sentence()), nl);
    line(sb, prefix, inner + "start: " + c.start(), nl);
    line(sb, prefix, inner + "end: " + c.end(), nl);
    line(sb, prefix, inner + "claimStart: " + c.claimStart(), nl);
    line(sb, prefix, inner + "claimEnd: " + c.claimEnd(), nl);
    if (c.speaker() != null) {
      line(sb, prefix, inner + "speaker: " + quote(c.speaker()), nl);
    }
    line(sb, prefix, inner + "kind: " + c.kind().label(), nl);
    line(sb, prefix, inner + "checkworthy: " + c.checkworthy(), nl);
    line(sb, prefix, inner + "score: " + String.format(Locale.ROOT, "%.2f", c.score()), nl);
    StringBuilder f = new StringBuilder("[");
    for (int i = 0; i < c.features().size(); i++) {
      f.append(i > 0 ? ", " : "").append(quote(c.features().get(i).describe()));
    }
    line(sb, prefix, inner + "features: " + f.append(']'), nl);
    line(sb, prefix, inner + "reason: " + quote(c.reason()), nl);
    return sb.toString();
  }

  /** A whole claims file: the proposed claims, then the set-aside ones commented out. */
  public static String document(List<String> files, List<ProposedClaim> proposed, List<ProposedClaim> setAside) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Claims proposed by 'corroborate extract' from ").append(String.join(", ", files)).append('\n');
    sb.append("# ").append(proposed.size()).append(" proposed, ").append(setAside.size())
        .append(" set aside as not check-worthy (commented out at the end, with the reason).\n");
    sb.append("# Review them: delete what is not worth checking, add 'expect:' where you know the answer.\n");
    sb.append("# 'extracted' says where each claim was found: start/end are the sentence's offsets and\n");
    sb.append("# claimStart/claimEnd those of the claim's own words, in Unicode code points of the file's text.\n");
    if (proposed.isEmpty()) {
      sb.append("claims: []   # no check-worthy claim found\n");
    } else {
      sb.append("claims:\n");
      for (ProposedClaim c : proposed) {
        sb.append(item(c, "  ", "    ", "", "\n"));
      }
    }
    if (!setAside.isEmpty()) {
      sb.append("\n# Set aside (not check-worthy); uncomment an item to check it anyway:\n");
      for (ProposedClaim c : setAside) {
        sb.append(item(c, "  ", "    ", "# ", "\n"));
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String prefix, String text, String nl) {
    sb.append(prefix).append(text).append(nl);
  }

  static String quote(String s) {
    return ClaimText.yamlQuoted(s);
  }

  /** Writes proposed claims as items of an existing claims file, for {@link ClaimsAppender}. */
  public static final ClaimsAppender.ItemWriter<ProposedClaim> ITEMS = new ClaimsAppender.ItemWriter<>() {
    @Override
    public String text(ProposedClaim claim) {
      return claim.text();
    }

    @Override
    public String id(ProposedClaim claim) {
      return claim.id();
    }

    @Override
    public String item(ProposedClaim claim, String id, String dash, String keys, String nl) {
      return ClaimsYaml.item(claim.withId(id), dash, keys, "", nl);
    }
  };
}
