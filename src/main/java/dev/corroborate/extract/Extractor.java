package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;

import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.stance.ReportedSpeech;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The extraction stage: a document's text gives proposed claims, one per assertion, each with its
 * sentence, offsets, speaker, form, score and reason. Sentences are split into single assertions
 * ({@link ClauseSplitter}); reported speech gives the content with its speaker ({@link
 * SpeakerFinder}); a quotation that runs on after "X said:" or across sentences keeps its speaker; a
 * "he" or "she" speaker is the last named speaker of the two sentences before. Thread-safe: no
 * state is kept between calls.
 */
public final class Extractor {
  /** The minimum score of a proposed claim unless the caller says otherwise. */
  public static final double DEFAULT_MIN_SCORE = 0.5;
  private static final int PRONOUN_REACH = 2;

  private final SentenceReader reader;
  private final TermUnitizer unitizer;
  private final ReportedSpeech speech;
  private final SpeakerFinder speakers;
  private final ClauseSplitter splitter = new ClauseSplitter();
  private final Checkworthiness worth;

  public Extractor(TextAnalyzer analyzer, TermUnitizer unitizer) {
    this.reader = new SentenceReader(analyzer);
    this.unitizer = unitizer;
    this.speech = new ReportedSpeech(unitizer);
    this.speakers = new SpeakerFinder(unitizer.lexicon());
    this.worth = new Checkworthiness(unitizer.lexicon());
  }

  /**
   * The claims of one document, in document order, duplicates (same normalised text) dropped.
   *
   * @param minScore claims scoring below this are not proposed (they are kept, marked, with the reason)
   */
  public List<ProposedClaim> extract(DocumentText doc, double minScore) {
    List<ProposedClaim> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    State state = new State();
    List<Sentence> sentences = reader.sentences(doc.text());
    for (int n = 0; n < sentences.size(); n++) {
      Sentence s = sentences.get(n);
      for (ProposedClaim c : sentence(doc, s, n, state, minScore)) {
        if (seen.add(ClaimText.normalise(c.text()))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The claims of several documents: each document's claims in order, a claim already proposed from
   * an earlier document (same normalised text) left out, split into proposed and set aside.
   */
  public Extraction extractAll(List<DocumentText> docs, double minScore) {
    List<ProposedClaim> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DocumentText d : docs) {
      for (ProposedClaim c : extract(d, minScore)) {
        if (seen.add(ClaimText.normalise(c.text()))) {
          all.add(c);
        }
      }
    }
    return Extraction.of(docs.stream().map(DocumentText::file).toList(), all);
  }

  /** What carries from sentence to sentence: the last named speaker and an open quotation's speaker. */
  private static final class State {
    String lastNamed;
    int lastNamedAt = -100;
    Speaker quoteSpeaker;
    boolean quoteOpen;
    Speaker introSpeaker;
  }

  /** A speaker's words and whether they name someone (a name or entity, not "the statement"). */
  private record Speaker(String words, boolean named) {}

  private List<ProposedClaim> sentence(DocumentText doc, Sentence s, int n, State state, double minScore) {
    List<Token> tokens = s.tokens();
    List<ProposedClaim> out = new ArrayList<>();
    if (tokens.stream().allMatch(Token::isPunctuation)) {
      return out;
    }
    List<TermUnit> units = unitizer.units(tokens);
    List<ReportedSpeech.Speech> found = speech.find(tokens);
    String bare = s.text().replaceAll("[\\s\"'\u201d\u2019)\\]]+$", "");
    boolean question = bare.endsWith("?");
    boolean heading = !bare.matches("(?s).*[.!?:;\u2026]$");
    Speaker carried = null;
    if (state.quoteOpen) {
      carried = state.quoteSpeaker;
    } else if (state.introSpeaker != null && startsWithQuote(tokens)) {
      carried = state.introSpeaker;
    }
    Speaker sentenceSpeaker = null;
    Speaker previous = null;
    for (ClauseSplitter.Piece piece : splitter.split(tokens)) {
      SpeakerFinder.Reported r = speakers.find(tokens, units, found, piece.from(), piece.to());
      int from = piece.from();
      int to = piece.to();
      String speaker = carried == null ? null : carried.words();
      boolean named = carried != null && carried.named();
      int holderFrom = -1;
      if (r != null) {
        if (r.mainTo() > 0) {
          emit(doc, s, tokens, units, piece.from(), r.mainTo(), speaker, named, -1, question, heading, minScore, out);
        }
        from = r.contentFrom();
        to = r.contentTo();
        holderFrom = r.holderFrom();
        String holder = span(s, tokens, r.holderFrom(), r.holderTo());
        if (r.ownVoice()) {
          named = named && speaker != null;
        } else if (r.pronoun()) {
          speaker = n - state.lastNamedAt <= PRONOUN_REACH ? state.lastNamed : null;
          named = speaker != null;
        } else {
          speaker = holder;
          named = isNamed(units, r);
        }
        if (speaker != null && !r.pronoun() && named) {
          state.lastNamed = speaker;
          state.lastNamedAt = n;
        }
      } else if (piece.parallel() && previous != null) {
        speaker = previous.words();
        named = previous.named();
      }
      Speaker now = speaker == null ? null : new Speaker(speaker, named);
      if (now != null && sentenceSpeaker == null) {
        sentenceSpeaker = now;
      }
      previous = now;
      emit(doc, s, tokens, units, from, to, speaker, named, holderFrom, question, heading, minScore, out);
    }
    updateQuotes(s, tokens, units, state, carried, sentenceSpeaker);
    return out;
  }

  private static boolean isNamed(List<TermUnit> units, SpeakerFinder.Reported r) {
    for (TermUnit u : units) {
      if (u.from() >= r.holderFrom() && u.to() <= r.holderTo() && u.isEntity()) {
        return true;
      }
    }
    return false;
  }

  /** Tracks quotations that run on: after "X said:" and across sentences until the closing mark. */
  private void updateQuotes(Sentence s, List<Token> tokens, List<TermUnit> units, State state, Speaker carried,
      Speaker sentenceSpeaker) {
    int balance = state.quoteOpen ? 1 : 0;
    int curly = 0;
    int straight = 0;
    for (char c : s.text().toCharArray()) {
      if (c == '\u201c') {
        balance++;
        curly++;
      } else if (c == '\u201d') {
        balance--;
        curly++;
      } else if (c == '"') {
        straight++;
      }
    }
    boolean open = curly > 0 ? balance > 0 : state.quoteOpen ^ (straight % 2 == 1);
    if (open) {
      state.quoteSpeaker = state.quoteOpen ? state.quoteSpeaker
          : sentenceSpeaker != null ? sentenceSpeaker : carried;
      state.quoteOpen = state.quoteSpeaker != null;
    } else {
      state.quoteOpen = false;
      state.quoteSpeaker = null;
    }
    state.introSpeaker = null;
    if (s.text().stripTrailing().endsWith(":")) {
      state.introSpeaker = sentenceSpeaker != null ? sentenceSpeaker : lastEntity(s, tokens, units);
    }
  }

  private static Speaker lastEntity(Sentence s, List<Token> tokens, List<TermUnit> units) {
    for (int u = units.size() - 1; u >= 0; u--) {
      if (units.get(u).isEntity()) {
        return new Speaker(span(s, tokens, units.get(u).from(), units.get(u).to()), true);
      }
    }
    return null;
  }

  private static boolean startsWithQuote(List<Token> tokens) {
    String first = tokens.get(0).text();
    return first.equals("\u201c") || first.equals("\"") || first.startsWith("\u201c");
  }

  private void emit(DocumentText doc, Sentence s, List<Token> tokens, List<TermUnit> units, int from, int to,
      String speaker, boolean named, int holderFrom, boolean question, boolean heading, double minScore,
      List<ProposedClaim> out) {
    while (from < to && (tokens.get(from).isPunctuation() || tokens.get(from).pos().equals("CCONJ")
        || (tokens.get(from).text().equalsIgnoreCase("that") && from + 1 < to && !tokens.get(from + 1).isVerb()
            && !tokens.get(from + 1).pos().equals("AUX")))) {
      from++;
    }
    while (to > from && tokens.get(to - 1).isPunctuation()) {
      to--;
    }
    if (from >= to) {
      return;
    }
    boolean endsSentence = true;
    for (int i = to; i < tokens.size(); i++) {
      endsSentence &= tokens.get(i).isPunctuation();
    }
    String namedSpeaker = named ? speaker : null;
    Checkworthiness.Judgement j = worth.judge(tokens, units, from, to, question && endsSentence, heading, namedSpeaker);
    boolean attributedView = j.excused();
    int spanFrom = from;
    String text;
    if (attributedView && holderFrom >= 0 && holderFrom < from) {
      spanFrom = holderFrom;
      text = clean(span(s, tokens, spanFrom, to), false);
    } else if (attributedView) {
      text = speaker + " said: \u201c" + clean(span(s, tokens, from, to), false) + "\u201d";
    } else {
      text = clean(span(s, tokens, from, to), j.kind() == Kind.QUESTION);
    }
    boolean worthy = (j.kind() == Kind.ASSERTION || attributedView) && j.score() >= minScore;
    String reason = reason(j, worthy, attributedView, speaker, minScore);
    String file = doc.text();
    out.add(new ProposedClaim(ClaimText.id(text), text, doc.file(), s.text(),
        cp(file, s.start()), cp(file, s.end()), cp(file, tokens.get(spanFrom).start()), cp(file, tokens.get(to - 1).end()),
        speaker, j.kind(), worthy, j.score(), j.features(), reason));
  }

  private static String reason(Checkworthiness.Judgement j, boolean worthy, boolean attributedView, String speaker,
      double minScore) {
    String cues = String.join(", ", j.cueWords());
    if (attributedView && worthy) {
      return "a " + (j.kind() == Kind.HEDGED ? "hedged statement" : j.kind().label()) + " (" + cues
          + ") attributed to " + speaker + ": whether it was said is checkable";
    }
    if (j.kind() == Kind.ASSERTION || attributedView) {
      return worthy ? "a factual assertion" + positives(j)
          : String.format(Locale.ROOT, "score %.2f is below --min-score %.2f", j.score(), minScore);
    }
    return switch (j.kind()) {
      case QUESTION -> "a question, not an assertion";
      case OPINION -> "an opinion (" + cues + "), not a factual assertion";
      case PREDICTION -> "a prediction (" + cues + "): the future cannot be checked yet";
      case HEDGED -> "hedged speculation (" + cues + "): the writer does not commit to it";
      default -> "a heading or fragment (no verb, no end mark or too few words)";
    };
  }

  private static String positives(Checkworthiness.Judgement j) {
    List<String> names = new ArrayList<>();
    for (Feature f : j.features()) {
      if (f.weight() > 0 && !f.name().equals("base")) {
        names.add(f.name());
      }
    }
    return names.isEmpty() ? "" : " with " + String.join(", ", names);
  }

  /** The sentence's text from token {@code from} to token {@code to - 1}, as written. */
  private static String span(Sentence s, List<Token> tokens, int from, int to) {
    return s.text().substring(tokens.get(from).start() - s.start(), tokens.get(to - 1).end() - s.start());
  }

  /**
   * A claim text from words as written: line breaks and runs of spaces made one space, quotation
   * marks dropped when they do not pair up inside the words, first letter capitalised, a full stop
   * added when it has no end mark.
   */
  static String clean(String words, boolean question) {
    String t = words.replaceAll("\\s+", " ").strip();
    long open = t.chars().filter(c -> c == '\u201c').count();
    long close = t.chars().filter(c -> c == '\u201d').count();
    long straight = t.chars().filter(c -> c == '"').count();
    if (open != close || straight % 2 == 1) {
      t = t.replaceAll("[\u201c\u201d\"]", "").replaceAll("\\s+", " ").strip();
    }
    t = t.replaceAll("^[\\p{Pd}\u2026.,;:\\s]+", "").replaceAll("[,;:\\s]+$", "");
    if (t.isEmpty()) {
      return words.strip();
    }
    t = t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + t.substring(t.offsetByCodePoints(0, 1));
    if (!t.matches("(?s).*[.!?][\u201d\u2019\"')]*$")) {
      t = t + (question ? "?" : ".");
    }
    return t;
  }

  /** The code-point offset of a char offset. */
  private static int cp(String text, int charOffset) {
    return text.codePointCount(0, charOffset);
  }
}
