package dev.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.conflicts.ContestedProposition;
import dev.corroborate.conflicts.Omission;
import dev.corroborate.conflicts.RankScore;
import dev.corroborate.conflicts.SideEvidence;
import dev.corroborate.stance.Cue;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three conflicts formats on a hand-built report whose sources carry hostile markup. */
class ConflictsReportsTest {
  private static Passage passage(String source, int ordinal, String text) {
    return new Passage(source, ordinal, new Sentence(0, text.length(), text, List.of()));
  }

  static ConflictsReport report() {
    String hostile = "The bridge reopened on 4 March " + ReportFixtures.SCRIPT + ".";
    SideEvidence city = new SideEvidence(ReportFixtures.CITY, passage(ReportFixtures.CITY.id(), 1,
        "The bridge reopened on 1 March."), "", true,
        new Cue(Cue.Kind.NUMBER_MISMATCH, "4 March", "date '4 March' where the claim has '1 March'"),
        ReportFixtures.COURIER.id() + "#2", false);
    SideEvidence courier = new SideEvidence(ReportFixtures.COURIER, passage(ReportFixtures.COURIER.id(), 2, hostile),
        "engineers <i>", false, new Cue(Cue.Kind.NUMBER_MISMATCH, "4 March", "date '4 March' where the claim has '1 March'"),
        ReportFixtures.CITY.id() + "#1", true);
    Omission omission = new Omission(ReportFixtures.BLOG, passage(ReportFixtures.BLOG.id(), 0,
        "Watching the bridge " + ReportFixtures.ONERROR + " today."), "covers the event ('bridge') but does not say 'reopened'");
    ContestedProposition p = new ContestedProposition("bridge-reopened-1-march-00000000",
        "The bridge reopened on 1 March.", List.of(city), List.of(courier), List.of(omission), new RankScore(2, 0.5));
    return new ConflictsReport(List.of(p), List.of(ReportFixtures.CITY, ReportFixtures.COURIER, ReportFixtures.BLOG),
        9, 6, 2);
  }

  private static String render(ConflictsFormat f) throws IOException {
    StringWriter w = new StringWriter();
    f.renderer().render(report(), w);
    return w.toString();
  }

  @Test
  void htmlEscapesEverythingFromSourcesAndIsSelfContained() throws IOException {
    String html = render(ConflictsFormat.HTML);
    assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<i>")
        .doesNotContain("href=\"javascript:");
    assertThat(html).contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .contains("engineers &lt;i&gt;, as reported by The Courier &lt;b&gt;Daily&lt;/b&gt;").contains("omission").contains("Supporting (<span class=\"count\">1")
        .contains("script-src 'none'").doesNotContain("http://").doesNotContain("src=\"http");
    assertThat(html).contains(ReportFixtures.COURIER.id() + "#2: date &#39;4 March&#39; where this passage has")
        .contains("date &#39;4 March&#39; where " + ReportFixtures.CITY.id() + "#1 has");
    assertThat(render(ConflictsFormat.HTML)).as("deterministic").isEqualTo(html);
  }

  @Test
  void jsonKeysAreStableAndInOrder() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render(ConflictsFormat.JSON));
    assertThat(names(root)).containsExactly("propositions", "summary");
    JsonNode p = root.get("propositions").get(0);
    assertThat(names(p)).containsExactly("id", "text", "rank", "supporting", "contradicting", "omissions");
    assertThat(names(p.get("contradicting").get(0))).containsExactly("source", "publisher", "kind", "official", "date",
        "url", "holder", "citing", "attribution", "passage", "text", "cue", "reason", "against");
    assertThat(p.get("contradicting").get(0).get("holder").asText()).isEqualTo("engineers <i>");
    assertThat(p.get("contradicting").get(0).get("attribution").asText())
        .isEqualTo("engineers <i>, as reported by The Courier <b>Daily</b>");
    assertThat(p.get("supporting").get(0).get("holder").isNull()).isTrue();
    assertThat(p.get("supporting").get(0).get("citing").isNull()).isTrue();
    assertThat(p.get("rank").get("weaker").asDouble()).isEqualTo(0.5);
    assertThat(names(root.get("summary"))).containsExactly("propositions", "omissions", "sources", "passages",
        "candidates", "pairs");
    assertThat(root.get("summary").get("omissions").asInt()).isEqualTo(1);
  }

  @Test
  void textNamesSidesCitationsCuesAndOmissions() throws IOException {
    String text = render(ConflictsFormat.TEXT);
    assertThat(text).startsWith("1. bridge-reopened-1-march-00000000   (supporting weight 2, contradicting weight 0.5)\n"
        + "   claim: The bridge reopened on 1 March.\n   + supports    " + ReportFixtures.CITY.id());
    assertThat(text).contains("- contradicts " + ReportFixtures.COURIER.id() + " | engineers <i>, as reported by The Courier <b>Daily</b>")
        .contains("number-mismatch: date '4 March' where " + ReportFixtures.CITY.id() + "#1 has '1 March'")
        .contains("? omission    " + ReportFixtures.BLOG.id())
        .endsWith("1 contested proposition, 1 omission (3 sources, 9 passages, 6 candidate propositions, 2 conflicting pairs)\n");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
