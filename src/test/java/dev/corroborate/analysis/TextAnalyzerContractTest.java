package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link TextAnalyzer} keeps, checked on fixed and random texts: sentences and
 * tokens slice back to the input by their offsets, come in order without overlapping, tokens stay
 * inside their sentence, no sentence spans a blank line, whitespace gives nothing, keys are the
 * stems of lemmas, and the result does not depend on the thread or on earlier calls. Add a new
 * implementation to {@link #implementations()}; its own behaviour goes in its own test class.
 */
class TextAnalyzerContractTest {
  private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");
  private static List<Named> analyzers;

  /** An implementation under test with a display name. */
  private record Named(String name, TextAnalyzer analyzer) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void loadModels() {
    analyzers = implementations();
  }

  static List<Named> implementations() {
    return List.of(new Named("OpenNlpAnalyzer", new OpenNlpAnalyzer()));
  }

  static final List<String> FIXED_TEXTS = List.of(
      "The call took place on Monday.",
      "Xi spoke with Trump. They discussed trade and Taiwan! Did they agree? Nobody knows.",
      "First paragraph, one sentence.\n\nSecond paragraph here. It has two sentences.\n\n\nThird one.",
      "A paragraph that\nwraps over\nthree lines.\n  \t\nAnd another after a blank line with spaces.",
      "- a\n- b",
      "- first item\n- second item\n- third item",
      "* star item\n+ plus item\n1. numbered item\n2) other numbered item",
      "# Heading one\n\nBody text under it.\n## Heading two\nMore body text.",
      "\u201cWe will not back down,\u201d she said. \u2018Quoted\u2019 words and it\u2019s fine.",
      "U.S. President Donald Trump spoke with Mr. Smith on Nov. 24 in Washington.",
      "Japan's prime minister hadn't said whether the ministry's officials won't attend.",
      "The Zuih\u014d Maru, a Japanese vessel, sailed near the Senkaku Islands with Fran\u00e7ois and \u00c9lise.",
      "Numbers: 1,200 people, 3.5 percent, $40 million (2025-11-24) \u2014 and more\u2026",
      "",
      " ",
      "\n\n\t \n",
      "Word",
      ".",
      "-",
      "- ",
      "#",
      "   Leading and trailing spaces.   ",
      "Tabs\tbetween\twords.\n\nAnd \u00a0non-breaking\u00a0spaces.",
      "Windows line ends\r\nwrap here.\r\n\r\nNew paragraph.\r\n- item one\r\n- item two\r\n");

  static Stream<Arguments> fixedCases() {
    List<Arguments> out = new ArrayList<>();
    for (Named a : analyzers) {
      for (String text : FIXED_TEXTS) {
        out.add(Arguments.of(a, text));
      }
    }
    return out.stream();
  }

  static Stream<Arguments> randomCases() {
    List<Arguments> out = new ArrayList<>();
    for (Named a : analyzers) {
      Random random = new Random(20251124L);
      for (int i = 0; i < 150; i++) {
        out.add(Arguments.of(a, randomText(random)));
      }
    }
    return out.stream();
  }

  private static final String[] WORDS = {
    "the", "a", "call", "was", "initiated", "by", "Xi", "Trump", "Takaichi", "said", "not", "hadn't",
    "won't", "Japan's", "it\u2019s", "U.S.", "Mr.", "Dr.", "Nov.", "e.g.", "President", "Beijing",
    "Zuih\u014d", "Maru", "caf\u00e9", "na\u00efve", "\u65e5\u672c", "42", "3.5", "1,200", "2025-11-24",
    "reportedly", "provoking", "Taiwan", "ministry", "spokesperson", "didn't", "can't", "o'clock",
    "rock'n'roll", "\u00e9tat", "\u00dcber", "x", "I", "A.", "B.C.", "...", "well-known", "#hashtag",
    "@handle", "https://example.org/a?b=c", "\u201cquoted", "words\u201d", "\u2018single\u2019",
  };
  private static final String[] PUNCT = {
    ".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "\u201c", "\u201d", "\u2019", "\u2014", "\u2013",
    "-", "\u2026", "*", "/", "&",
  };
  private static final String[] BREAKS = {
    "\n", "\n\n", "\n \n", "\n\t\n", "\n\n\n", "\n- ", "\n* ", "\n1. ", "\n# ", "\n## ", "  ", "\t",
    "\r\n", "\r\n\r\n", "\r\n \r\n", "\r\n- ",
  };

  /** Words, punctuation, spaces and line breaks (blank lines, list items, headings) in random order. */
  static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(5) == 0) {
      sb.append(random.nextBoolean() ? "- " : "# ");
    }
    int pieces = random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      int r = random.nextInt(100);
      if (r < 65) {
        if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
          sb.append(' ');
        }
        String w = WORDS[random.nextInt(WORDS.length)];
        sb.append(random.nextInt(6) == 0 ? w.toUpperCase(Locale.ROOT) : w);
      } else if (r < 88) {
        sb.append(PUNCT[random.nextInt(PUNCT.length)]);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      } else {
        sb.append(BREAKS[random.nextInt(BREAKS.length)]);
      }
    }
    if (random.nextInt(4) == 0) {
      sb.append(random.nextBoolean() ? "\n" : "  \n\n");
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}: fixed text {index}")
  @MethodSource("fixedCases")
  void fixedTextsKeepTheContract(Named a, String text) {
    assertContract(a.analyzer(), text);
  }

  @ParameterizedTest(name = "{0}: random text {index}")
  @MethodSource("randomCases")
  void randomTextsKeepTheSegmentContract(Named a, String text) {
    assertSegmentContract(a.analyzer(), text);
  }

  @ParameterizedTest(name = "{0}: fixed text {index}")
  @MethodSource("fixedCases")
  void fixedTextsKeepTheSegmentContract(Named a, String text) {
    assertSegmentContract(a.analyzer(), text);
  }

  /**
   * {@link TextAnalyzer#segment} cuts the sentences {@link TextAnalyzer#analyze} cuts, with words
   * that slice back in order; {@link TextAnalyzer#analyzeSentence} of each gives the tokens that
   * {@code analyze} gave it (the index keeps only the segments and analyses them when read).
   */
  private static void assertSegmentContract(TextAnalyzer analyzer, String text) {
    List<Sentence> full = analyzer.analyze(text);
    List<Segment> cut = analyzer.segment(text);
    assertThat(cut).hasSameSizeAs(full);
    for (int i = 0; i < cut.size(); i++) {
      Segment s = cut.get(i);
      assertThat(s.start()).isEqualTo(full.get(i).start());
      assertThat(s.end()).isEqualTo(full.get(i).end());
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
      int at = 0;
      for (String w : s.words()) {
        int found = s.text().indexOf(w, at);
        assertThat(found).as("word '%s' of '%s' in order", w, s.text()).isGreaterThanOrEqualTo(0);
        at = found + w.length();
      }
      assertThat(analyzer.analyzeSentence(s.text(), s.start())).isEqualTo(full.get(i));
    }
  }

  @ParameterizedTest(name = "{0}: random text {index}")
  @MethodSource("randomCases")
  void randomTextsKeepTheContract(Named a, String text) {
    assertContract(a.analyzer(), text);
  }

  @Test
  void whitespaceOnlyTextGivesNoSentences() {
    for (Named a : analyzers) {
      for (String text : List.of("", " ", "\n", "\n\n", " \t \n \n\t", "\u00a0")) {
        assertThat(a.analyzer().analyze(text)).as("%s on %s", a, escape(text)).isEmpty();
      }
    }
  }

  @Test
  void analysingTwiceGivesEqualResults() {
    for (Named a : analyzers) {
      Random random = new Random(7);
      for (int i = 0; i < 20; i++) {
        String text = randomText(random);
        assertThat(a.analyzer().analyze(text)).as("%s on %s", a, escape(text))
            .isEqualTo(a.analyzer().analyze(text));
      }
    }
  }

  @Test
  void resultsDoNotDependOnTheThread() throws Exception {
    for (Named a : analyzers) {
      List<String> texts = new ArrayList<>(FIXED_TEXTS);
      Random random = new Random(11);
      for (int i = 0; i < 20; i++) {
        texts.add(randomText(random));
      }
      List<List<Sentence>> expected = texts.stream().map(a.analyzer()::analyze).toList();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<List<Sentence>>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          futures.add(pool.submit(() -> texts.stream().map(a.analyzer()::analyze).toList()));
        }
        for (Future<List<List<Sentence>>> f : futures) {
          assertThat(f.get()).as("%s on another thread", a).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void settingsAreStableAndNotBlank() {
    for (Named a : analyzers) {
      String before = a.analyzer().settings();
      a.analyzer().analyze("Some text to analyse. And a second sentence.");
      assertThat(before).as("%s settings", a).isNotBlank();
      assertThat(a.analyzer().settings()).as("%s settings after analysing", a).isEqualTo(before);
    }
  }

  @Test
  void crlfBlankLineEndsTheSentence() {
    for (Named a : analyzers) {
      String text = "Line one\r\n\r\nLine two is here.";
      List<Sentence> sentences = a.analyzer().analyze(text);
      assertContract(a.analyzer(), text);
      assertThat(sentences).extracting(Sentence::text).as("%s", a)
          .containsExactly("Line one", "Line two is here.");
    }
  }

  /** Checks every clause of the contract on one text. */
  static void assertContract(TextAnalyzer analyzer, String text) {
    List<Sentence> sentences = analyzer.analyze(text);
    String where = escape(text);
    if (text.isBlank()) {
      assertThat(sentences).as("whitespace-only text %s", where).isEmpty();
    }
    int previousSentenceEnd = 0;
    for (Sentence s : sentences) {
      String what = "sentence " + s.start() + ".." + s.end() + " of " + where;
      assertThat(s.start()).as("%s starts after the previous sentence", what).isGreaterThanOrEqualTo(previousSentenceEnd);
      assertThat(s.end()).as("%s inside the text", what).isLessThanOrEqualTo(text.length());
      assertThat(s.text()).as("%s slices back", what).isEqualTo(text.substring(s.start(), s.end()));
      assertThat(s.text()).as("%s is not blank", what).isNotBlank();
      assertThat(s.text()).as("%s has no blank line inside", what).doesNotContainPattern(BLANK_LINE);
      assertThat(s.tokens()).as("%s has tokens", what).isNotEmpty();
      int previousTokenEnd = s.start();
      for (Token t : s.tokens()) {
        String tw = "token " + t + " of " + what;
        assertThat(t.start()).as("%s in order, no overlap, inside its sentence", tw).isGreaterThanOrEqualTo(previousTokenEnd);
        assertThat(t.end()).as("%s non-empty", tw).isGreaterThan(t.start());
        assertThat(t.end()).as("%s inside its sentence", tw).isLessThanOrEqualTo(s.end());
        assertThat(t.text()).as("%s slices back", tw).isEqualTo(text.substring(t.start(), t.end()));
        assertThat(t.lemma()).as("%s lemma is lower case", tw).isEqualTo(t.lemma().toLowerCase(Locale.ROOT));
        assertThat(t.key()).as("%s key is the stem of the lemma", tw).isEqualTo(Stemmer.key(t.lemma()));
        assertThat(t.pos()).as("%s has a tag", tw).isNotBlank();
        previousTokenEnd = t.end();
      }
      previousSentenceEnd = s.end();
    }
  }

  static String escape(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }
}
