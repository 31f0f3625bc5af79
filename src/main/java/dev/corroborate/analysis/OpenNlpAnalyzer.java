package dev.corroborate.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP analysis with the Universal Dependencies English (EWT) models shipped in the
 * {@code opennlp-models-*-en} jars on the classpath: sentences, tokens, UD part-of-speech tags and
 * lemmas. Models are loaded once per instance; the non-thread-safe OpenNLP tools are kept one per
 * thread, so one instance serves all threads.
 *
 * <p>Text is first cut into blocks (blank-line separated paragraphs, list items and headings),
 * so a sentence never spans two paragraphs; the sentence detector runs inside each block.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
  private static final String MODEL_VERSION = "1.3-2.5.4";
  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-" + MODEL_VERSION + ".bin";
  private static final String TOKENS = "opennlp-en-ud-ewt-tokens-" + MODEL_VERSION + ".bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-" + MODEL_VERSION + ".bin";
  private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-" + MODEL_VERSION + ".bin";
  private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n|\\n(?=[ \\t]*(?:[-*+•]\\s|\\d+[.)]\\s|#))");
  private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+•]|\\d+[.)]|#{1,6})[ \\t]+");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "\\(?(?:\\p{Lu}\\.){2,}|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|St\\.|Gen\\.|Sen\\.|Rep\\.|Gov\\.|Lt\\.|Col\\.|Capt\\.|Prof\\.|No\\.|vs\\.|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.");
  private static final java.util.Set<String> OPENERS = java.util.Set.of("\"", "\u201c", "'", "\u2018", ":", "(", "-", "\u2014", "\u2013");
  /** Words after which a word tagged VERB is a noun ("her remarks", "the call"). */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "its",
      "their", "my", "our", "your", "this", "these", "those");
  private static final String[] CLITICS = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "s'"};

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmatizerModel;
  private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

  private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {}

  /** Loads the four models from the classpath; fails with an {@link IllegalStateException} naming a missing jar. */
  public OpenNlpAnalyzer() {
    try {
      this.sentenceModel = new SentenceModel(open(SENTENCE));
      this.tokenizerModel = new TokenizerModel(open(TOKENS));
      this.posModel = new POSModel(open(POS));
      this.lemmatizerModel = new LemmatizerModel(open(LEMMAS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name
          + " is not on the classpath (the opennlp-models-*-en " + MODEL_VERSION + " jars are missing; rebuild with mvn package)");
    }
    return in;
  }

  private Tools newTools() {
    return new Tools(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
        new POSTaggerME(posModel), new LemmatizerME(lemmatizerModel));
  }

  /**
   * Bumped whenever this class's own rules change what it produces (sentence merging, tag repairs),
   * so indexes made by an earlier revision are detected as incompatible.
   */
  static final int REVISION = 2;

  @Override
  public String settings() {
    return "opennlp-en-ud-ewt-" + MODEL_VERSION + "+snowball-english+rev" + REVISION;
  }

  @Override
  public List<Sentence> analyze(String text) {
    List<Sentence> out = new ArrayList<>();
    Tools t = tools.get();
    Matcher m = BLOCK_BREAK.matcher(text);
    int blockStart = 0;
    while (m.find()) {
      analyzeBlock(t, text, blockStart, m.start(), out);
      blockStart = m.end();
    }
    analyzeBlock(t, text, blockStart, text.length(), out);
    return out;
  }

  private void analyzeBlock(Tools t, String text, int from, int to, List<Sentence> out) {
    Matcher marker = LIST_MARKER.matcher(text.substring(from, to));
    if (marker.find()) {
      from += marker.end();
    }
    String block = text.substring(from, to);
    if (block.isBlank()) {
      return;
    }
    Span[] spans = t.sentences().sentPosDetect(block);
    int i = 0;
    while (i < spans.length) {
      int start = from + spans[i].getStart();
      int end = from + spans[i].getEnd();
      while (i + 1 < spans.length && endsWithAbbreviation(text, start, end)) {
        i++;
        end = from + spans[i].getEnd();
      }
      i++;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        out.add(analyzeSentence(t, text, start, end));
      }
    }
  }

  /**
   * Whether a sentence the model cut ends with an abbreviation that rarely ends a sentence
   * ("U.S.", "Mr."); the UD model cuts "U.S. President" apart.
   */
  private static boolean endsWithAbbreviation(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > start && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    String last = text.substring(b, e);
    return ABBREVIATION.matcher(last).matches();
  }

  private Sentence analyzeSentence(Tools t, String text, int start, int end) {
    String sentence = text.substring(start, end);
    Span[] spans = t.tokenizer().tokenizePos(sentence);
    String[] words = Span.spansToStrings(spans, sentence);
    String[] tags = t.tagger().tag(words);
    String[] lemmas = t.lemmatizer().lemmatize(words, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String tag = tags[i];
      String lemma = lemmas[i];
      if (looksLikeName(words, tags, i)) {
        tag = "PROPN";
        lemma = words[i].toLowerCase(Locale.ROOT);
        tags[i] = tag;
      } else if (tag.equals("VERB") && i > 0 && DETERMINERS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
        tag = "NOUN";
        tags[i] = tag;
      }
      addToken(tokens, words[i], tag, lemma, start + spans[i].getStart());
    }
    return new Sentence(start, end, sentence, tokens);
  }

  /**
   * The UD tagger often tags names as verbs or adjectives ("Trump/VERB advised", "the Journal/ADJ").
   * A capitalised word tagged noun, verb or adjective is taken as a proper noun when it stands inside
   * a sentence (not first, not just after an opening quote or colon), or when it opens the sentence
   * as the subject of a following verb.
   */
  private static boolean looksLikeName(String[] words, String[] tags, int i) {
    String w = words[i];
    String tag = tags[i];
    if (!(tag.equals("NOUN") || tag.equals("VERB") || tag.equals("ADJ")) || w.length() < 2
        || !Character.isUpperCase(w.charAt(0)) || w.chars().noneMatch(Character::isLowerCase)) {
      return false;
    }
    if (i == 0 || OPENERS.contains(words[i - 1])) {
      boolean subjectOfVerb = tag.equals("VERB") && i + 1 < words.length
          && (tags[i + 1].startsWith("VERB") || tags[i + 1].startsWith("AUX"));
      boolean coordinatedName = i + 2 < words.length && tags[i + 1].equals("CCONJ") && tags[i + 2].equals("PROPN");
      return subjectOfVerb || coordinatedName;
    }
    return true;
  }

  /** Adds a token, splitting the UD models' merged clitic tokens ("Japan's" tagged PROPN+PART). */
  private static void addToken(List<Token> tokens, String word, String tag, String lemma, int offset) {
    if (tag.indexOf('+') > 0) {
      String[] tagParts = tag.split("\\+");
      String[] lemmaParts = lemma.split("\\+");
      String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      for (String clitic : CLITICS) {
        if (tagParts.length == 2 && lower.endsWith(clitic) && lower.length() > clitic.length()) {
          int cut = word.length() - clitic.length();
          String lemma2 = lemmaParts.length == 2 ? lemmaParts[1] : clitic;
          tokens.add(token(word.substring(0, cut), tagParts[0], lemmaParts[0], offset));
          tokens.add(token(word.substring(cut), tagParts[1], lemma2, offset + cut));
          return;
        }
      }
      tokens.add(token(word, tagParts[0], lemmaParts[0], offset));
      return;
    }
    tokens.add(token(word, tag, lemma, offset));
  }

  private static Token token(String word, String tag, String lemma, int offset) {
    String l = lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")
        ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
    return new Token(word, l, tag, Stemmer.key(l), offset, offset + word.length());
  }
}
