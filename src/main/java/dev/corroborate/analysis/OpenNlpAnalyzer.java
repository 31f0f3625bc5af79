package dev.corroborate.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP analysis with the Universal Dependencies English (EWT) models shipped in the
 * {@code opennlp-models-*-en} jars on the classpath: sentences, tokens, UD part-of-speech tags and
 * lemmas. Models are loaded once per instance; the non-thread-safe OpenNLP tools are kept one per
 * thread, so one instance serves all threads.
 *
 * <p>Text is first cut into blocks (blank-line separated paragraphs, list items and headings; lines
 * may end in {@code \n} or {@code \r\n}), so a sentence never spans two paragraphs; the sentence
 * detector runs inside each block. Merged clitic tokens ("hadn't", "Japan's") are split as the UD
 * treebanks do (see {@link Clitics}).
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
  private static final String MODEL_VERSION = "1.3-2.5.4";
  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-" + MODEL_VERSION + ".bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-" + MODEL_VERSION + ".bin";
  static final String POS = "opennlp-en-ud-ewt-pos-" + MODEL_VERSION + ".bin";
  static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-" + MODEL_VERSION + ".bin";
  private static final Pattern BLOCK_BREAK =
      Pattern.compile("\\r?\\n[ \\t]*\\r?\\n|\\r?\\n(?=[ \\t]*(?:[-*+•]\\s|\\d+[.)]\\s|#))");
  private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+•]|\\d+[.)]|#{1,6})[ \\t]+");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "\\(?(?:\\p{Lu}\\.){2,}|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|St\\.|Gen\\.|Sen\\.|Rep\\.|Gov\\.|Lt\\.|Col\\.|Capt\\.|Prof\\.|No\\.|vs\\.|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.");
  private static final java.util.Set<String> OPENERS = java.util.Set.of("\"", "\u201c", "'", "\u2018", ":", "(", "-", "\u2014", "\u2013");
  /** Words after which a word tagged VERB is a noun ("her remarks", "the call"). */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "his", "her", "its",
      "their", "my", "our", "your", "this", "these", "those");

  /** Number words from two to twenty and the tens, a number wherever they stand but after a determiner. */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final int MAX_CACHED_LEMMAS = 500_000;
  private final java.util.concurrent.ConcurrentHashMap<String, String> lemmaCache = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<String, Span[]> chunkCache = new java.util.concurrent.ConcurrentHashMap<>();
  /** Sentence and tokenizer models: all that {@link #segment} needs. Loaded on first use. */
  private final Lazy<CutModels> cutModels = new Lazy<>(() -> new CutModels(
      new SentenceModel(open(SENTENCE)), new TokenizerModel(open(TOKENS))));
  /** Tagger and lemmatizer models: loaded on first full analysis only. */
  private final Lazy<TagModels> tagModels = new Lazy<>(() -> {
    POSModel pos = new POSModel(open(POS));
    return new TagModels(greedy(pos), pos, new WordLemmatizer(new LemmatizerModel(open(LEMMAS))));
  });
  private final ThreadLocal<CutTools> cutTools = ThreadLocal.withInitial(() -> {
    CutModels m = cutModels.get();
    return new CutTools(new SentenceDetectorME(m.sentences()), new TokenizerME(m.tokens()), chunkCache);
  });
  /** Chunks whose word spans are remembered (the model's words of a chunk depend on the chunk only). */
  private static final int MAX_CACHED_CHUNKS = 200_000;
  private final ThreadLocal<TagTools> tagTools = ThreadLocal.withInitial(() -> {
    TagModels m = tagModels.get();
    return new TagTools(tagger(m.pos()), tagger(m.beamPos()), m.lemmas());
  });

  private record CutModels(SentenceModel sentences, TokenizerModel tokens) {}

  /** The tagger model decoding greedily, the same decoding with its beam of three, and the lemmatizer. */
  private record TagModels(POSModel pos, POSModel beamPos, WordLemmatizer lemmas) {}

  /**
   * The tagger model decoding greedily (a beam of one) instead of the beam of three its manifest
   * asks for: half the tagging time, which was the largest part of analysing a document. The model's
   * only sequence features are the one or two tags before a word, and on 451,649 tokens of news text
   * (20,002 sentences of the FNC-1 bodies) the two decodings gave the same tag to every token.
   *
   * <p>The new model is given the original's feature-generator description and tag dictionary
   * explicitly. Without them it fell back to OpenNLP's default description (the same bytes for this
   * model, so no tag changed), and OpenNLP's factory fills that default in lazily without a lock: two
   * threads making their first tagger at once could see it half-set and fail with a
   * NullPointerException (seen once in a test run).
   */
  static POSModel greedy(POSModel model) {
    opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
    byte[] featureGenerator = model.getArtifact(FEATURE_GENERATOR);
    if (maxent == null || featureGenerator == null) {
      throw new IllegalStateException("the OpenNLP part-of-speech model lacks its maximum-entropy model or its"
          + " feature-generator description");
    }
    POSTaggerFactory factory = new POSTaggerFactory(featureGenerator, java.util.Map.of(),
        model.getFactory().getTagDictionary());
    return new POSModel(model.getLanguage(), maxent, 1, null, factory);
  }

  /** Where a part-of-speech model keeps the description of its feature generators. */
  static final String FEATURE_GENERATOR = "generator.featuregen";

  /** A tagger for this model (one per thread: OpenNLP's taggers are not thread-safe). */
  static POSTaggerME tagger(POSModel model) {
    return new POSTaggerME(model);
  }

  private record CutTools(SentenceDetectorME sentences, TokenizerME tokenizer, Map<String, Span[]> chunks) {}

  /** A thread's taggers (greedy, and with a beam for the tagger's other readings) and lemmatizer. */
  private record TagTools(POSTaggerME tagger, POSTaggerME beamTagger, WordLemmatizer lemmatizer) {}

  /** A value made once, on first use, by whichever thread asks first; the others wait for it. */
  private static final class Lazy<T> {
    private interface Loader<T> {
      T load() throws IOException;
    }

    private final Loader<T> loader;
    private volatile T value;

    Lazy(Loader<T> loader) {
      this.loader = loader;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            try {
              v = loader.load();
            } catch (IOException e) {
              throw new UncheckedIOException("cannot read OpenNLP model: " + e.getMessage(), e);
            }
            value = v;
          }
        }
      }
      return v;
    }
  }

  /**
   * An analyzer over the models on the classpath. Nothing is loaded yet: the sentence and tokenizer
   * models load on the first {@link #segment} or analysis, the tagger and lemmatizer models on the
   * first full analysis, so indexing never loads them. A missing model jar fails then with an
   * {@link IllegalStateException} naming it; {@link #loadModelsInBackground} starts loading them all.
   */
  public OpenNlpAnalyzer() {}

  /**
   * Starts loading every model on a background thread and returns at once, for callers that will
   * analyse fully soon but have other work first (checking claims after bringing the index up to
   * date). The first use waits for the loads; a failure shows at the first use, as without this.
   */
  public OpenNlpAnalyzer loadModelsInBackground() {
    Thread t = new Thread(() -> {
      try {
        tagModels.get();
        cutModels.get();
      } catch (RuntimeException e) {
        // Reported at the first use, which loads again and fails the same way.
      }
    }, "corroborate-models");
    t.setDaemon(true);
    t.start();
    return this;
  }

  static InputStream open(String name) {
    InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name
          + " is not on the classpath (the opennlp-models-*-en " + MODEL_VERSION + " jars are missing; rebuild with mvn package)");
    }
    return in;
  }

  /**
   * Bumped whenever this class's own rules or its tokens' keys change what it produces (sentence
   * merging, tag repairs, {@link Stemmer} keys), so indexes made by an earlier revision are detected
   * as incompatible.
   */
  static final int REVISION = 17;

  @Override
  public String settings() {
    return "opennlp-en-ud-ewt-" + MODEL_VERSION + "+snowball-english+rev" + REVISION;
  }

  @Override
  public List<Sentence> analyze(String text) {
    List<Sentence> out = new ArrayList<>();
    TagTools tag = tagTools.get();
    for (int[] span : sentenceSpans(text)) {
      out.add(analyzeSentence(tag, text, span[0], span[1]));
    }
    return out;
  }

  @Override
  public List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    CutTools tools = cutTools.get();
    for (int[] span : sentenceSpans(text)) {
      String sentence = text.substring(span[0], span[1]);
      out.add(new Segment(span[0], span[1], sentence, words(tools, sentence)));
    }
    return out;
  }

  /**
   * The tokenizer's words of a sentence, fast: a whitespace-separated chunk of letters only is taken
   * as one word, and the words of the other chunks (with punctuation, digits, apostrophes) come from
   * {@link #chunkSpans}. Used for retrieval keys at indexing, where the full analysis is not needed.
   */
  private static List<String> words(CutTools tools, String sentence) {
    List<String> out = new ArrayList<>();
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int start = i;
      boolean letters = true;
      while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
        letters &= Character.isLetter(sentence.charAt(i));
        i++;
      }
      if (start == i) {
        break;
      }
      String chunk = sentence.substring(start, i);
      if (letters) {
        out.add(chunk);
      } else {
        for (Span s : chunkSpans(tools, chunk)) {
          out.add(chunk.substring(s.getStart(), s.getEnd()));
        }
      }
    }
    return out;
  }

  /**
   * The tokenizer's word spans of a sentence, as {@code TokenizerME.tokenizePos} gives them (it
   * splits at whitespace first and decides each chunk from that chunk's characters only, so the spans
   * of each distinct chunk are computed once and remembered), with the sentence's full stop split
   * off its last word. The tokenizer leaves it on some words, as on an abbreviation ("... met Nadia
   * Kerr." gives "Kerr."; "... as Stella Borea." gives "Borea", "."), and the word then matches
   * nothing. A last word with a full stop inside it as well ("U.S.") keeps it.
   */
  private static Span[] tokenSpans(CutTools tools, String sentence) {
    List<Span> out = new ArrayList<>();
    for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
      int offset = chunk.getStart();
      String text = sentence.substring(offset, chunk.getEnd());
      if (!mayNeedSplit(text)) {
        addChunk(tools, out, text, offset);
        continue;
      }
      Matcher amount = ABBREVIATED_AMOUNT.matcher(text);
      Matcher whole = JOINED_TIME.matcher(text);
      if (!whole.matches()) {
        whole = ACRONYM_POSSESSIVE.matcher(text);
      }
      if (amount.matches() && (amount.group(2).length() == 2 || !Character.isDigit(text.charAt(0)))) {
        // "\u00a314.2m," is "\u00a314.2", "m" (for million) and ",": the tokenizer keeps the letters on the number.
        addChunk(tools, out, amount.group(1), offset);
        out.add(new Span(offset + amount.end(1), offset + amount.end(2)));
        addChunk(tools, out, text.substring(amount.end(2)), offset + amount.end(2));
      } else if (whole.matches()) {
        // The tokenizer cuts "7.52am" into "7.5" and "2am", and keeps "KDB's" whole (tagged a verb).
        for (int g = 1; g < whole.groupCount(); g++) {
          out.add(new Span(offset + whole.start(g), offset + whole.end(g)));
        }
        int rest = whole.end(whole.groupCount() - 1);
        addChunk(tools, out, text.substring(rest), offset + rest);
      } else {
        addChunk(tools, out, text, offset);
      }
    }
    joinNumberWords(sentence, out);
    if (!out.isEmpty()) {
      Span last = out.get(out.size() - 1);
      String word = sentence.substring(last.getStart(), last.getEnd());
      if (word.length() > 1 && word.indexOf('.') == word.length() - 1 && Character.isLetter(word.charAt(0))
          && Character.isLetter(word.charAt(word.length() - 2))) {
        out.set(out.size() - 1, new Span(last.getStart(), last.getEnd() - 1));
        out.add(new Span(last.getEnd() - 1, last.getEnd()));
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * An amount with its scale abbreviated onto it, then perhaps punctuation: "\u00a314.2m", "$3bn,",
   * "\u20ac40k". Groups: the number (with its currency sign), the abbreviation, the rest. A one-letter
   * abbreviation counts only after a currency sign: "500m" is more often metres.
   */
  static final Pattern ABBREVIATED_AMOUNT = Pattern.compile(
      "([\u00a3$\u20ac\u00a5]?\\d[\\d,]*(?:\\.\\d+)?)(bn|mn|m|k)([,.;:!?)\\]\"'\u2019\u201d]*)");

  /** Whether the number at {@code i} has a currency sign on it or right before it ("\u00a340", "$ 40"). */
  private static boolean currencyBefore(String[] words, Span[] spans, int i) {
    return CURRENCY_SIGNS.indexOf(words[i].charAt(0)) >= 0 || i > 0 && words[i - 1].length() == 1
        && CURRENCY_SIGNS.indexOf(words[i - 1].charAt(0)) >= 0 && spans[i - 1].getEnd() == spans[i].getStart();
  }

  /** The currency signs an amount may carry ("\u00a314.2m", "$ 3"). */
  public static final String CURRENCY_SIGNS = "\u00a3$\u20ac\u00a5";

  /** Tags of a word that may follow a possessive "'s" (or punctuation, which ends the phrase). */
  private static final java.util.Set<String> POSSESSED_START = java.util.Set.of("NOUN", "ADJ", "NUM", "PROPN",
      "PUNCT");

  /** Punctuation that may follow a word in its whitespace-free chunk. */
  private static final String TRAILING = "([,.;:!?)\\]\"'\u2019\u201d]*)";

  /** A time of day in one chunk, "7.52am" or "9:30p.m.", then punctuation: one token. */
  static final Pattern JOINED_TIME = Pattern.compile("(\\d{1,2}[.:]\\d{2}(?:[ap]m|[ap]\\.m\\.))" + TRAILING);

  /** An acronym with a possessive, "KDB's", then punctuation: the acronym and "'s". */
  static final Pattern ACRONYM_POSSESSIVE = Pattern.compile("([A-Z][A-Z0-9&]+)(['\u2019]s)" + TRAILING);

  /** What the abbreviations of {@link #ABBREVIATED_AMOUNT} stand for, as lemmas. */
  private static final Map<String, String> SCALE_ABBREVIATIONS = Map.of("bn", "billion", "mn", "million",
      "m", "million", "k", "thousand");

  /**
   * Whether a chunk may be one of the chunks split before the tokenizer sees them: an amount or a
   * time (a digit or a currency sign first) or an acronym's possessive (a capital first, an
   * apostrophe inside). Most words are neither, and no pattern is tried on them.
   */
  private static boolean mayNeedSplit(String chunk) {
    char first = chunk.charAt(0);
    return Character.isDigit(first) || CURRENCY_SIGNS.indexOf(first) >= 0
        || Character.isUpperCase(first) && (chunk.indexOf('\'') > 0 || chunk.indexOf('\u2019') > 0);
  }

  /** Adds the tokenizer's spans of a whitespace-free chunk (or part of one) that starts at {@code offset}. */
  private static void addChunk(CutTools tools, List<Span> out, String chunk, int offset) {
    if (chunk.isEmpty()) {
      return;
    }
    for (Span s : chunkSpans(tools, chunk)) {
      out.add(new Span(s.getStart() + offset, s.getEnd() + offset));
    }
  }

  /** A compound number word: a tens word, a hyphen and a unit word ("forty-one", "Twenty-five"). */
  static final Pattern COMPOUND_NUMBER = Pattern.compile(
      "(?i)(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)");

  /**
   * Joins the tokenizer's "Forty", "-", "one" back into one word, a number ("Forty-one flights were
   * delayed" had the count "one flights"). Changes {@code spans} in place.
   */
  private static void joinNumberWords(String sentence, List<Span> spans) {
    for (int i = 0; i + 2 < spans.size(); i++) {
      Span a = spans.get(i);
      Span c = spans.get(i + 2);
      if (a.getEnd() == spans.get(i + 1).getStart() && spans.get(i + 1).getEnd() == c.getStart()
          && COMPOUND_NUMBER.matcher(sentence.substring(a.getStart(), c.getEnd())).matches()) {
        spans.set(i, new Span(a.getStart(), c.getEnd()));
        spans.remove(i + 2);
        spans.remove(i + 1);
      }
    }
  }

  /** {@link #tokenSpans} on this thread's tokenizer; for tests. */
  Span[] tokenSpans(String sentence) {
    return tokenSpans(cutTools.get(), sentence);
  }

  /**
   * The tokenizer's spans with a hyphen or a quotation mark that it left on a word split off as its
   * own token. The tokenizer splits hyphenated words unevenly: "well-known" as "well", "-", "known",
   * but "photo-journalist" as "photo", "-journalist" and "cease-fire" as "cease-", "fire"; and it
   * leaves single quotation marks on words ("\u2018Pumpkin\u2019", "'news'"). The word with the mark is
   * then tagged as punctuation and no longer matches. A hyphen before a digit ("-5"), an apostrophe
   * that begins a clitic ("'s", "'ll") and one that ends a plural possessive ("workers'") stay.
   */
  static Span[] splitEdges(String chunk, Span[] spans) {
    boolean quoted = !chunk.isEmpty() && isOpeningQuote(chunk.charAt(0));
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      int from = s.getStart();
      int to = s.getEnd();
      boolean lead = to - from > 1 && Character.isLetter(chunk.charAt(from + 1))
          && (isHyphen(chunk.charAt(from)) || isOpeningQuote(chunk.charAt(from)) && !isClitic(chunk, from, to));
      boolean trail = to - from > 1 && Character.isLetterOrDigit(chunk.charAt(to - 2))
          && (isHyphen(chunk.charAt(to - 1)) || isClosingQuote(chunk.charAt(to - 1))
              && (quoted || lead || chunk.charAt(to - 1) == '"' || chunk.charAt(to - 1) == '\u201d'));
      if (!lead && !trail) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(spans).subList(0, i));
      }
      if (lead) {
        out.add(new Span(from, from + 1));
        from++;
      }
      if (trail && to - from > 1) {
        out.add(new Span(from, to - 1));
        out.add(new Span(to - 1, to));
      } else {
        out.add(new Span(from, to));
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isOpeningQuote(char c) {
    return c == '\'' || c == '"' || c == '\u2018' || c == '\u201c';
  }

  private static boolean isClosingQuote(char c) {
    return c == '\'' || c == '"' || c == '\u2019' || c == '\u201d';
  }

  /** Whether the span is a clitic that begins with an apostrophe ("'s", "'re", "'ll", "'ve", "'d", "'m"). */
  private static boolean isClitic(String chunk, int from, int to) {
    char c = chunk.charAt(from);
    if (c != '\'' && c != '\u2018') {
      return false;
    }
    String rest = chunk.substring(from + 1, to).toLowerCase(Locale.ROOT);
    return rest.equals("s") || rest.equals("re") || rest.equals("ll") || rest.equals("ve") || rest.equals("d")
        || rest.equals("m");
  }

  /** The tokenizer's word spans of one whitespace-free chunk, remembered for all threads. */
  private static Span[] chunkSpans(CutTools tools, String chunk) {
    Span[] spans = tools.chunks().get(chunk);
    if (spans == null) {
      spans = splitEdges(chunk, tools.tokenizer().tokenizePos(chunk));
      if (tools.chunks().size() >= MAX_CACHED_CHUNKS) {
        tools.chunks().clear();
      }
      tools.chunks().put(chunk, spans);
    }
    return spans;
  }

  @Override
  public Sentence analyzeSentence(String sentence, int start) {
    Sentence s = analyzeSentence(tagTools.get(), sentence, 0, sentence.length());
    if (start == 0) {
      return s;
    }
    List<Token> shifted = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      shifted.add(new Token(t.text(), t.lemma(), t.pos(), t.key(), t.start() + start, t.end() + start));
    }
    return new Sentence(start, start + sentence.length(), sentence, shifted);
  }

  /** The [start, end) offsets of the text's sentences: blocks first, then the sentence detector inside each. */
  private List<int[]> sentenceSpans(String text) {
    List<int[]> out = new ArrayList<>();
    SentenceDetectorME detector = cutTools.get().sentences();
    Matcher m = BLOCK_BREAK.matcher(text);
    int blockStart = 0;
    while (m.find()) {
      blockSpans(detector, text, blockStart, m.start(), out);
      blockStart = m.end();
    }
    blockSpans(detector, text, blockStart, text.length(), out);
    return out;
  }

  private static void blockSpans(SentenceDetectorME detector, String text, int from, int to, List<int[]> out) {
    Matcher marker = LIST_MARKER.matcher(text.substring(from, to));
    if (marker.find()) {
      from += marker.end();
    }
    String block = text.substring(from, to);
    if (block.isBlank()) {
      return;
    }
    Span[] spans = detector.sentPosDetect(block);
    int i = 0;
    while (i < spans.length) {
      int start = from + spans[i].getStart();
      int end = from + spans[i].getEnd();
      while (i + 1 < spans.length && (endsWithAbbreviation(text, start, end)
          || (endsWithDottedWord(text, start, end) && startsInLowerCase(text, from + spans[i + 1].getStart())))) {
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
        out.add(new int[] {start, end});
      }
    }
  }

  /**
   * Whether a sentence the model cut ends with an abbreviation that rarely ends a sentence
   * ("U.S.", "Mr."); the UD model cuts "U.S. President" apart.
   */
  private static boolean endsWithAbbreviation(String text, int start, int end) {
    return ABBREVIATION.matcher(lastWord(text, start, end)).matches();
  }

  /** The last whitespace-delimited word of text[start, end). */
  private static String lastWord(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > start && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e);
  }

  /**
   * Whether a sentence the model cut ends with a word that has a full stop inside it too ("p.m.",
   * "a.m.", "e.g."): such a word ends an abbreviation, and the model cuts "restored by 2 p.m. on
   * Monday" after it. Merged only when the next piece opens in lower case.
   */
  private static boolean endsWithDottedWord(String text, int start, int end) {
    String last = lastWord(text, start, end);
    return last.length() >= 3 && last.endsWith(".") && last.substring(0, last.length() - 1).contains(".");
  }

  /** Whether the first non-space character at or after {@code at} is a lower-case letter. */
  private static boolean startsInLowerCase(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  private Sentence analyzeSentence(TagTools t, String text, int start, int end) {
    String sentence = text.substring(start, end);
    Span[] spans = tokenSpans(cutTools.get(), sentence);
    String[] words = Span.spansToStrings(spans, sentence);
    // In a headline in title case or capitals, capitals do not mark names (TitleCase): a capitalised
    // verb or adjective stays one there. A capitalised noun is still taken for a name, as the tagger
    // also tags many headline verbs as nouns ("Passenger Wears A Hazmat Suit").
    String[] tagWords = TitleCase.forTagging(words);
    boolean headline = tagWords != words;
    String[] tags = t.tagger().tag(tagWords);
    if (headline) {
      TitleCase.repairVerbs(tagWords, tags);
    }
    repairAcronyms(t, words, tagWords, tags);
    repairAuxiliaries(t, tagWords, tags);
    repairMissingVerb(t, tagWords, tags);
    repairAdjectiveAfterModal(t, tagWords, tags);
    repairMainVerbAfterSubject(t, tagWords, tags);
    repairVerbBeforeThat(t, tagWords, tags);
    repairNounAfterQuantifier(t, tagWords, tags);
    repairHyphenatedAdjective(spans, tagWords, tags);
    repairVerbInNounPhrase(tagWords, tags);
    repairAdverbWithNounSuffix(tagWords, tags);
    for (int i = 0; i < words.length; i++) {
      // A word the tagger calls punctuation ("iCloud/PUNCT", "eBay/PUNCT", "offer\u2019/PUNCT") is a word.
      String w = words[i];
      if ((tags[i].equals("PUNCT") || tags[i].equals("SYM")) && w.length() >= 2 && Character.isLetter(w.charAt(0))
          && Character.isLetter(w.charAt(1))) {
        tags[i] = w.chars().anyMatch(Character::isUpperCase) ? "PROPN" : "NOUN";
      }
    }
    boolean[] abbreviatedScale = new boolean[words.length];
    boolean[] possessive = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      if (JOINED_TIME.matcher(words[i]).matches()) {
        tags[i] = "NUM"; // "7.52am"
      }
      if (i > 0 && (words[i].equals("'s") || words[i].equals("\u2019s")) && spans[i - 1].getEnd() == spans[i].getStart()
          && ACRONYM_POSSESSIVE.matcher(words[i - 1] + words[i]).matches()
          && (i + 1 == words.length || POSSESSED_START.contains(tags[i + 1]))) {
        // "KDB's adult fare", "the BBC's report": a possessive, not "is".
        tags[i] = "PART";
        possessive[i] = true;
      }
    }
    for (int i = 1; i < words.length; i++) {
      // "\u00a314.2m": the amount and its scale are numbers ("m" is "million").
      if (SCALE_ABBREVIATIONS.containsKey(words[i]) && spans[i - 1].getEnd() == spans[i].getStart()
          && Character.isDigit(words[i - 1].charAt(words[i - 1].length() - 1))
          && (words[i].length() == 2 || currencyBefore(words, spans, i - 1))) {
        abbreviatedScale[i] = true;
        tags[i] = "NUM";
        tags[i - 1] = "NUM";
      }
    }
    String[] lemmas = lemmas(t, tagWords, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String tag = tags[i];
      String lemma = lemmas[i];
      if (abbreviatedScale[i]) {
        lemma = SCALE_ABBREVIATIONS.get(words[i]);
      } else if (possessive[i]) {
        lemma = "'s";
      } else if ((!headline || tag.equals("NOUN")) && looksLikeName(words, tags, i)) {
        tag = "PROPN";
        lemma = words[i].toLowerCase(Locale.ROOT);
        tags[i] = tag;
      } else if (tag.equals("VERB") && i > 0 && DETERMINERS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
        tag = "NOUN";
        tags[i] = tag;
      } else if (!tag.equals("NUM") && (NUMBER_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
          || COMPOUND_NUMBER.matcher(words[i]).matches())
          && (i == 0 || !DETERMINERS.contains(words[i - 1].toLowerCase(Locale.ROOT)))) {
        // A capitalised number word is tagged as a name or an adverb as often as a number
        // ("Sixteen/PROPN wagons derailed", "Eleven/ADV miners"); "the Seven" may be a name.
        tag = "NUM";
        tags[i] = tag;
      }
      addToken(tokens, words[i], tag, lemma, start + spans[i].getStart());
    }
    return new Sentence(start, end, sentence, tokens);
  }

  /** The words an auxiliary may be, in lower case (contracted forms and negated ones in "n't" aside). */
  private static final java.util.Set<String> AUXILIARY_FORMS = java.util.Set.of("be", "am", "is", "are", "was",
      "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "will", "would", "wo",
      "shall", "sha", "should", "can", "ca", "could", "may", "might", "must", "ought", "need", "needs", "dare",
      "get", "gets", "got", "gotten", "getting", "ai");

  /**
   * A word the tagger calls an auxiliary that is no auxiliary: it reads "won" in "Anna Berg won the
   * race in April." as one (the "wo" of "won't", it seems), and the claim then has no action. Such a
   * word is a verb when one of the tagger's three best readings of the sentence reads it so, else the
   * first noun, name or adjective they read it as; else it stays as it was.
   * Contracted forms ("'s", "'ll") and negated ones ("hasn't") are auxiliaries. Changes {@code tags}
   * in place.
   */
  private static void repairAuxiliaries(TagTools t, String[] words, String[] tags) {
    opennlp.tools.util.Sequence[] readings = null;
    for (int i = 0; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      if (!tags[i].equals("AUX") || AUXILIARY_FORMS.contains(w) || w.startsWith("'") || w.endsWith("n't")) {
        continue;
      }
      if (readings == null) {
        readings = t.beamTagger().topKSequences(words);
      }
      tags[i] = readsVerb(readings, i, words.length) ? "VERB" : contentReading(readings, i, words.length);
    }
  }

  /** Modal auxiliaries, after which a verb comes bare ("would close"), in lower case. */
  private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "wo", "shall", "should",
      "can", "ca", "could", "may", "might", "must", "'ll");

  /**
   * A verb the tagger took for an adjective right after a modal ("would close/ADJ permanently", "will
   * open/ADJ in May"; "not" may come between): no adjective follows a modal bare. Only a word not in
   * "-ly" ("would likely close") that one of the tagger's three best readings reads as a verb there.
   * Changes {@code tags} in place.
   */
  private static void repairAdjectiveAfterModal(TagTools t, String[] words, String[] tags) {
    opennlp.tools.util.Sequence[] readings = null;
    for (int i = 1; i < words.length; i++) {
      int m = words[i - 1].equalsIgnoreCase("not") && i >= 2 ? i - 2 : i - 1;
      if (!tags[i].equals("ADJ") || !tags[m].equals("AUX") || words[i].toLowerCase(Locale.ROOT).endsWith("ly")
          || !MODALS.contains(words[m].toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
        continue;
      }
      if (readings == null) {
        readings = t.beamTagger().topKSequences(words);
      }
      if (readsVerb(readings, i, words.length)) {
        tags[i] = "VERB";
      }
    }
  }

  /** Tags a sentence's opening noun phrase is made of ("The exam board", "Norvane's chief executive"). */
  private static final java.util.Set<String> OPENING_PHRASE = java.util.Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART");
  /** Tags that may open the object after a verb. */
  private static final java.util.Set<String> OBJECT_START = java.util.Set.of("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ");
  /** Words that open a clause of its own, whose verb is not the sentence's main verb. */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("before", "after", "because", "when",
      "while", "that", "which", "who", "if", "since", "until", "as", "although", "though", "once", "whether");

  /**
   * The main verb in "-ed" the tagger took for an adjective right after the sentence's opening noun
   * phrase, before its object ("The exam board consulted/ADJ school leaders before it announced ..."):
   * only when no verb follows but in a clause of its own (else the word qualifies the noun after it:
   * "A government funded project was launched"), and one of the tagger's three best readings reads it
   * as a verb there. Changes {@code tags} in place.
   */
  private static void repairMainVerbAfterSubject(TagTools t, String[] words, String[] tags) {
    int n = words.length;
    int i = 0;
    while (i < n && OPENING_PHRASE.contains(tags[i]) && !edAdjectiveAfterNoun(words, tags, i)) {
      i++;
    }
    if (i == 0 || i + 1 >= n || !tags[i].equals("ADJ") || !OBJECT_START.contains(tags[i + 1])) {
      return;
    }
    for (int j = i + 1; j < n; j++) {
      String w = words[j].toLowerCase(Locale.ROOT);
      if (SUBORDINATORS.contains(w) || w.equals(",") || w.equals(";") || w.equals(":")) {
        break;
      }
      if (tags[j].equals("VERB") || tags[j].equals("AUX")) {
        return;
      }
    }
    if (readsVerb(t.beamTagger().topKSequences(words), i, n)) {
      tags[i] = "VERB";
    }
  }

  /** Whether word {@code i} is an adjective in "-ed" right after a noun or name ("board consulted/ADJ"). */
  private static boolean edAdjectiveAfterNoun(String[] words, String[] tags, int i) {
    return i > 0 && tags[i].equals("ADJ") && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))
        && words[i].toLowerCase(Locale.ROOT).endsWith("ed");
  }

  /** The first content-word tag (noun, name, adjective) of word {@code i} in the beam readings, or "AUX". */
  private static String contentReading(opennlp.tools.util.Sequence[] readings, int i, int n) {
    for (opennlp.tools.util.Sequence r : readings) {
      String tag = r.getOutcomes().size() == n ? r.getOutcomes().get(i) : "AUX";
      if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ")) {
        return tag;
      }
    }
    return "AUX";
  }

  /** Tags that may follow a verb the tagger took for a noun: its object's start, a particle, an adverb. */
  private static final java.util.Set<String> AFTER_VERB = java.util.Set.of("DET", "PRON", "ADV", "PART", "NUM", "ADJ");
  /** Punctuation that may follow such a verb: a comma, or the end of a written sentence. */
  private static final java.util.Set<String> AFTER_VERB_MARKS = java.util.Set.of(",", ".", "!");
  /** Tags that may end the subject before such a verb. */
  private static final java.util.Set<String> SUBJECT_END = java.util.Set.of("NOUN", "PROPN", "PRON", "NUM");

  /**
   * In a written sentence with no verb at all, the word the tagger took for a noun where the verb
   * stands: in a short sentence it often reads the verb of "The minister resigns.", "Police arrest
   * the mayor." or "... the chairman spoke." as a noun. The word must follow its subject (a noun,
   * name, pronoun or number), be followed by what may follow a verb (an object's determiner, a
   * pronoun, an adverb, a comma, the sentence's full stop; not a noun or a preposition, which a noun
   * phrase has: "Apple Watch sales figures", "City statement on the bridge"), not end the sentence
   * after two nouns ("The company plans layoffs."), and be a verb in one of the tagger's own three
   * best readings of the sentence; failing that, a last word in "-ed" (see the code). A sentence that
   * does not end with a full stop or an exclamation mark (a title, a heading, a caption) is left as it
   * is. Changes {@code tags} in place.
   */
  private static void repairMissingVerb(TagTools t, String[] words, String[] tags) {
    int n = words.length;
    if (n < 3 || !(words[n - 1].equals(".") || words[n - 1].equals("!"))) {
      return;
    }
    for (String tag : tags) {
      if (tag.equals("VERB") || tag.equals("AUX")) {
        return;
      }
    }
    opennlp.tools.util.Sequence[] readings = null;
    for (int i = 1; i + 1 < n; i++) {
      if (!tags[i].equals("NOUN") || !SUBJECT_END.contains(tags[i - 1])
          || !(AFTER_VERB.contains(tags[i + 1]) || AFTER_VERB_MARKS.contains(words[i + 1]))) {
        continue;
      }
      if (i + 2 == n && i >= 2 && tags[i - 1].equals("NOUN") && tags[i - 2].equals("NOUN")) {
        // "The company plans layoffs.": the noun before may be the verb and this its object.
        continue;
      }
      if (readings == null) {
        readings = t.beamTagger().topKSequences(words);
      }
      if (readsVerb(readings, i, n)) {
        tags[i] = "VERB";
        return;
      }
    }
    // "The regulator fined/ADP the landlord \u00a32 million.": no preposition ends in "-ed" after its
    // subject; such a word is the sentence's verb when one of the tagger's readings says so.
    for (int i = 1; i + 1 < n; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (tags[i].equals("ADP") && w.length() >= 5 && w.endsWith("ed") && SUBJECT_END.contains(tags[i - 1])) {
        if (readings == null) {
          readings = t.beamTagger().topKSequences(words);
        }
        if (readsVerb(readings, i, n)) {
          tags[i] = "VERB";
          return;
        }
      }
    }
    // "The bank's chief executive apologised.": after "executive/ADJ" the tagger reads the last word
    // as a noun in every reading. A word in "-ed" (six letters or more, not "-eed") after a noun,
    // name, pronoun or adjective, last or before a preposition or adverb ("the cabin crew union
    // collapsed on Friday."), is the verb such a sentence lacks.
    for (int i = 1; i <= n - 2; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      boolean beforeAdjunct = i == n - 2 || tags[i + 1].equals("ADP") || tags[i + 1].equals("ADV");
      if (tags[i].equals("NOUN") && w.length() >= 6 && w.endsWith("ed") && !w.endsWith("eed") && beforeAdjunct
          && (SUBJECT_END.contains(tags[i - 1]) || tags[i - 1].equals("ADJ"))) {
        tags[i] = "VERB";
        return;
      }
    }
  }

  /** Whether one of the tagger's beam readings of an {@code n}-word sentence tags word {@code i} a verb. */
  private static boolean readsVerb(opennlp.tools.util.Sequence[] readings, int i, int n) {
    for (opennlp.tools.util.Sequence r : readings) {
      if (r.getOutcomes().size() == n && r.getOutcomes().get(i).equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb in "-s" the tagger took for a plural noun before "that" and a clause, right after its
   * subject ("The association denies/NOUN that pilots refused ...", "The ministry says that ..."),
   * when the tagger's own beam of three also reads it as a verb there; not when "that" opens a
   * relative clause ("Police reports that were leaked ..."). Changes {@code tags} in place.
   */
  private static void repairVerbBeforeThat(TagTools t, String[] words, String[] tags) {
    for (int i = 1; i + 2 < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (!tags[i].equals("NOUN") || !w.endsWith("s") || w.endsWith("ss") || !words[i + 1].equalsIgnoreCase("that")
          || !(tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))
          || tags[i + 2].equals("AUX") || tags[i + 2].equals("VERB")) {
        // "Police reports that were leaked ...": "that" is the subject of a relative clause.
        continue;
      }
      if (readsVerb(t.beamTagger().topKSequences(words), i, words.length)) {
        tags[i] = "VERB";
      }
      return;
    }
  }

  /**
   * The second half of a compound adjective written with a hyphen and no spaces ("long-finned pilot
   * whales", "state-owned company") that the tagger took for a verb: a word in "-ed" joined by the
   * hyphen to a word before it, with a noun or adjective right after, is an adjective. Changes {@code
   * tags} in place.
   */
  private static void repairHyphenatedAdjective(Span[] spans, String[] words, String[] tags) {
    for (int i = 2; i + 1 < words.length; i++) {
      if (tags[i].equals("VERB") && words[i - 1].equals("-") && words[i].toLowerCase(Locale.ROOT).endsWith("ed")
          && spans[i - 2].getEnd() == spans[i - 1].getStart() && spans[i - 1].getEnd() == spans[i].getStart()
          && Character.isLetterOrDigit(words[i - 2].charAt(words[i - 2].length() - 1))
          && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ") || tags[i + 1].equals("PROPN"))) {
        tags[i] = "ADJ";
      }
    }
  }

  /** Determiners and possessives that open a noun phrase, after which no verb can follow directly. */
  private static final java.util.Set<String> NOUN_PHRASE_OPENERS = java.util.Set.of("a", "an", "the", "its",
      "their", "our", "his", "her", "my", "your");

  /**
   * A noun used as a modifier that the tagger took for a verb: "a 4.5% pay rise", "a real-terms pay
   * rise", "the pay deal". A word in its base form (no "-ed", "-ing" or "-s") tagged as a verb, with a
   * noun right after it, and before it only adjectives, numbers, symbols and hyphenated words back to
   * "a", "the" or a possessive, is a noun. "The company cut jobs" keeps its verb (a noun stands before
   * it). Changes {@code tags} in place.
   */
  private static void repairVerbInNounPhrase(String[] words, String[] tags) {
    for (int i = 1; i + 1 < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (!tags[i].equals("VERB") || !tags[i + 1].equals("NOUN") || w.endsWith("ed") || w.endsWith("ing")
          || w.endsWith("s")) {
        continue;
      }
      for (int k = i - 1; k >= 0; k--) {
        boolean hyphenated = words[k].equals("-") || (k + 1 < i && words[k + 1].equals("-"))
            || (k > 0 && words[k - 1].equals("-"));
        if (hyphenated || tags[k].equals("ADJ") || tags[k].equals("NUM") || tags[k].equals("SYM")) {
          continue;
        }
        if ((tags[k].equals("DET") || tags[k].equals("PRON"))
            && NOUN_PHRASE_OPENERS.contains(words[k].toLowerCase(Locale.ROOT))) {
          tags[i] = "NOUN";
        }
        break;
      }
    }
  }

  /** Endings that make a word a noun, never an adverb ("agency", "station", "payment", "fitness", "city"). */
  private static final List<String> NOUN_SUFFIXES = List.of("cy", "tion", "sion", "ment", "ness", "ity", "ship", "ism");

  /**
   * A noun used as a modifier that the tagger took for an adverb: "used agency cabin crew". A word in
   * lower case of six letters or more tagged as an adverb, with a noun ending and a noun or adjective
   * right after it, is a noun. Changes {@code tags} in place.
   */
  private static void repairAdverbWithNounSuffix(String[] words, String[] tags) {
    for (int i = 0; i + 1 < words.length; i++) {
      String w = words[i];
      if (tags[i].equals("ADV") && w.length() >= 6 && w.equals(w.toLowerCase(Locale.ROOT))
          && NOUN_SUFFIXES.stream().anyMatch(w::endsWith) && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"))) {
        tags[i] = "NOUN";
      }
    }
  }

  /** Tags of the words a quantifier floats after ("we all", "the players both"). */
  private static final java.util.Set<String> FLOATED_AFTER = java.util.Set.of("PRON", "NOUN", "PROPN");

  /** Quantifiers that open a noun phrase ("all debris", "no staff"). */
  private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("all", "some", "no", "every", "each",
      "any", "both", "many", "several", "most", "few");

  /**
   * The noun after a quantifier that the tagger took for a verb, and the verb after it for something
   * else: it reads "All debris fell inside the area." as "debris/VERB fell/ADJ" (not "All debris
   * landed ...", "The debris fell ..."), and none of its three best readings has "debris" a noun. The
   * sentence is tagged again with "the" for the quantifier; when that makes the word a noun or name
   * and the next word a verb, the two take those tags. "They all left early." and "All agreed to the
   * plan." keep their verbs: read with "the", the word after is no verb. Changes {@code tags} in place.
   */
  private static void repairNounAfterQuantifier(TagTools t, String[] words, String[] tags) {
    for (int i = 1; i + 1 < words.length; i++) {
      if (!tags[i].equals("VERB") || !tags[i - 1].equals("DET")
          || !QUANTIFIERS.contains(words[i - 1].toLowerCase(Locale.ROOT))
          || tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX")
          || (i >= 2 && FLOATED_AFTER.contains(tags[i - 2]))) {
        // "We all love working here": a quantifier after its noun or pronoun floats; the verb stays.
        continue;
      }
      String[] again = words.clone();
      again[i - 1] = i == 1 ? "The" : "the";
      String[] retagged = t.tagger().tag(again);
      if ((retagged[i].equals("NOUN") || retagged[i].equals("PROPN")) && retagged[i + 1].equals("VERB")) {
        tags[i] = retagged[i];
        tags[i + 1] = "VERB";
      }
      return;
    }
  }

  /** Tags of closed word classes, which a name in capitals is sometimes given. */
  private static final java.util.Set<String> CLOSED_TAGS = java.util.Set.of("AUX", "ADP", "DET", "PRON", "CCONJ",
      "SCONJ", "PART");

  /**
   * Closed-class words besides {@link TitleCase#isFunctionWord}'s, so that one written in capitals for
   * emphasis ("ALL", "UNLESS", "AMONG") keeps its tag.
   */
  private static final java.util.Set<String> OTHER_CLOSED_WORDS = java.util.Set.of(
      "all", "some", "any", "each", "every", "both", "either", "neither", "another", "other", "such", "much",
      "many", "few", "several", "enough", "more", "most", "less", "least", "own", "same",
      "unless", "until", "till", "since", "upon", "within", "across", "along", "around", "behind", "beyond",
      "toward", "towards", "among", "throughout", "except", "like", "near", "past", "below", "above", "beside",
      "besides", "inside", "outside", "onto", "unto", "whereas", "once", "whenever", "wherever",
      "whatever", "whoever", "whichever", "anyone", "everyone", "someone", "nobody", "nothing", "something",
      "everything", "anything", "none", "one", "me", "us", "i", "mine", "yours", "hers", "ours", "theirs",
      "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves", "there", "here",
      "ought", "need", "dare", "am", "ca", "wo", "to", "s", "nor", "yes", "please");

  /**
   * Retags as a name a word in capitals that the tagger took for a function word ("OASIS/AUX captured
   * ...", from the "is" it sees in it): when it is no closed-class word in lower case, or when the
   * sentence tagged again with the word written with one capital ("Oasis") makes it no function word.
   * "IS", "NOT", "THE" in capitals keep their tags. {@code words} are the sentence as written,
   * {@code tagWords} as given to the tagger (see {@link TitleCase#forTagging}). Changes {@code tags}
   * in place.
   */
  private static void repairAcronyms(TagTools t, String[] words, String[] tagWords, String[] tags) {
    String[] titled = null;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.length() >= 2 && CLOSED_TAGS.contains(tags[i]) && w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!TitleCase.isFunctionWord(lower) && !OTHER_CLOSED_WORDS.contains(lower)) {
          tags[i] = "PROPN";
          continue;
        }
        if (titled == null) {
          titled = tagWords.clone();
        }
        titled[i] = w.charAt(0) + lower.substring(1);
      }
    }
    if (titled == null) {
      return;
    }
    String[] again = t.tagger().tag(titled);
    for (int i = 0; i < words.length; i++) {
      if (titled[i] != tagWords[i] && !CLOSED_TAGS.contains(again[i])) {
        tags[i] = "PROPN";
      }
    }
  }

  /**
   * Lemmas of a tagged sentence. Each word is lemmatised on its own (word and tag only, no
   * sentence context), so the lemma is a pure function of word and tag and can be cached: this is
   * several times faster than lemmatising whole sentences, and the result does not depend on which
   * text was analysed first. A lemma is not always the base form ("provoking" may stay "provoking");
   * matching uses keys, the stems of lemmas, and those agree ("provoking" and "provoke" give "provok").
   */
  private String[] lemmas(TagTools t, String[] words, String[] tags) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String key = words[i] + '\t' + tags[i];
      String lemma = lemmaCache.get(key);
      if (lemma == null) {
        lemma = lemmatize(t, words[i], tags[i]);
        if (lemmaCache.size() > MAX_CACHED_LEMMAS) {
          lemmaCache.clear();
        }
        lemmaCache.put(key, lemma);
      }
      out[i] = lemma;
    }
    return out;
  }

  /** Whether the lemma has an "@" or "_" that the word does not: an e-mail address or an identifier. */
  static boolean foreignMarks(String lemma, String word) {
    return lemma.indexOf('@') >= 0 && word.indexOf('@') < 0 || lemma.indexOf('_') >= 0 && word.indexOf('_') < 0;
  }

  /**
   * The lemma of one tagged word. The UD models know clitics best with straight apostrophes: for a
   * word with a curly one, the lemma of the straightened word is taken when it shows a clitic
   * ("hadn\u2019t" alone stays "hadn\u2019t", "hadn't" gives "have+not").
   */
  private static String lemmatize(TagTools t, String word, String tag) {
    String lemma = t.lemmatizer().lemma(word, tag);
    if (foreignMarks(lemma, word)) {
      // The model learned some first names from e-mail addresses in its training text ("Daniel" gives
      // an address): such a lemma is no form of the word.
      return word.toLowerCase(Locale.ROOT);
    }
    if (word.indexOf('\u2019') >= 0) {
      String straight = t.lemmatizer().lemma(word.replace('\u2019', '\''), tag);
      if (straight.indexOf('+') > 0) {
        return straight;
      }
    }
    return lemma;
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

  /**
   * Adds a token, or its host and clitic when the UD models merged them ("hadn't" with lemma
   * "have+not", "Japan's" tagged PROPN+PART); a token that is not split keeps the first part of a
   * merged tag or lemma.
   */
  private static void addToken(List<Token> tokens, String word, String tag, String lemma, int offset) {
    List<Clitics.Part> parts = Clitics.split(word, tag, lemma);
    if (parts.isEmpty()) {
      tokens.add(token(word, firstPart(tag), firstPart(lemma), offset));
      return;
    }
    int at = 0;
    for (Clitics.Part p : parts) {
      tokens.add(token(word.substring(at, at + p.length()), p.tag(), p.lemma(), offset + at));
      at += p.length();
    }
  }

  private static String firstPart(String merged) {
    int plus = merged.indexOf('+');
    return plus > 0 ? merged.substring(0, plus) : merged;
  }

  private static Token token(String word, String tag, String lemma, int offset) {
    String l = lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")
        ? word.toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
    return new Token(word, l, tag, Stemmer.key(l), offset, offset + word.length());
  }
}
