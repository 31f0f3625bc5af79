package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public reported-speech view gives what the passage judge's attribution finder gives, with positions. */
class ReportedSpeechTest {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private static final TermUnitizer UNITIZER = new TermUnitizer(Lexicon.shipped(), AliasTable.shipped());

  @Test
  void sameAttributionsAsTheJudgeWithCueAndHolderPositions() {
    String text = "Fire chief Dana Okafor said the fire started in a storage room. "
        + "According to the police, two men were arrested. The bridge closed on Monday, Okafor said.";
    ReportedSpeech speech = new ReportedSpeech(UNITIZER);
    AttributionFinder finder = new AttributionFinder(UNITIZER.lexicon());
    for (Sentence s : ANALYZER.analyze(text)) {
      List<ReportedSpeech.Speech> found = speech.find(s.tokens());
      assertThat(found).extracting(ReportedSpeech.Speech::attribution)
          .isEqualTo(finder.find(new SentenceView(s.tokens(), UNITIZER), SourceVoice.none()));
      assertThat(found).isNotEmpty().allSatisfy(f -> {
        assertThat(f.holderFrom()).isLessThan(f.holderTo());
        assertThat(s.tokens().get(f.cue()).key()).isIn("say", "accord");
      });
    }
    ReportedSpeech.Speech first = speech.find(ANALYZER.analyze("Fire chief Dana Okafor said the fire started.").get(0)
        .tokens()).get(0);
    assertThat(first.cue()).isEqualTo(4);
    assertThat(first.attribution().holder()).isEqualTo("Fire chief Dana Okafor");
    assertThat(first.attribution().from()).isEqualTo(5);
  }

  @Test
  void theSpeakerOfAnInfinitiveIsTheSubjectOfItsClause() {
    ReportedSpeech speech = new ReportedSpeech(UNITIZER);
    ReportedSpeech.Speech insisted = speech.find(ANALYZER.analyze(
        "The minister Olga Brandt went out of her way on Wednesday to insist that the meeting would go ahead.").get(0)
        .tokens()).get(0);
    assertThat(insisted.attribution().holder()).isEqualTo("minister Olga Brandt");
    // A day is never the speaker.
    ReportedSpeech.Speech said = speech.find(ANALYZER.analyze("The union on Monday said the talks had failed.").get(0)
        .tokens()).get(0);
    assertThat(said.attribution().holder()).isEqualTo("union");
  }

  @Test
  void aNounInAPrepositionalPhraseDoesNotSpeakAnInfinitive() {
    ReportedSpeech speech = new ReportedSpeech(UNITIZER);
    // "stage" is the object of "At": nobody is quoted, the source says it is too early to say.
    assertThat(speech.find(ANALYZER.analyze("At this stage it is too early to say what caused the fire.").get(0)
        .tokens())).isEmpty();
    // The subject after such a phrase still speaks.
    ReportedSpeech.Speech insisted = speech.find(ANALYZER.analyze(
        "On Wednesday the minister went out of her way to insist that the meeting would go ahead.").get(0)
        .tokens()).get(0);
    assertThat(insisted.attribution().holder()).isEqualTo("minister");
  }
}
