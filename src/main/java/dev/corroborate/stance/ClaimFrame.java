package dev.corroborate.stance;

import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A claim prepared for judging: its units with weights, its predicates (the verbs that say what
 * happened) with their agents and polarity, and the claim's own attribution ("X said ...") if any.
 * Built once per claim, then judged against many passages. Immutable, thread-safe.
 */
public final class ClaimFrame {
  /** A unit of the claim and how much it counts toward coverage. */
  record WeightedUnit(TermUnit unit, double weight, boolean predicate) {}

  final String text;
  final SentenceView view;
  final List<WeightedUnit> units;
  final double totalWeight;
  /** Indexes into {@link #units} of the predicates, main predicate first. */
  final List<Integer> predicates;
  /** Index into units of the holder of the claim's own "X said", or -1. */
  final int holderUnit;
  final int speechUnit;
  /** Index into units of the head of the claim's subject, or -1 (see {@link #subjectHead(SentenceView, List)}). */
  final int subjectHead;

  final IdfSource idf;
  /** Keys and lemmas of every claim token: cue words the claim itself uses are not cues. */
  final java.util.Set<String> tokenKeys;
  final java.util.Set<String> tokenLemmas;
  /** The claim's copular statements ("X is a Y"). */
  final List<Copula> copulas;
  /** Keys of the numbers the claim writes with digits. */
  final java.util.Set<String> numbers;
  /** What the sources retrieved for the claim call each name ("the container ship Stella Borea"). */
  final Descriptors descriptors;
  /** The claim's lengths of time ("a quarter of an hour", "two days"). */
  final List<NumberConflict.LengthSpan> lengths;

  ClaimFrame(String text, List<Sentence> sentences, TermUnitizer unitizer, IdfSource idf) {
    this.text = Objects.requireNonNull(text, "text");
    this.idf = idf;
    this.descriptors = Descriptors.none();
    List<Token> all = new ArrayList<>();
    for (Sentence s : sentences) {
      all.addAll(s.tokens());
    }
    this.view = new SentenceView(all, unitizer);
    this.tokenKeys = all.stream().map(Token::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.tokenLemmas = all.stream().map(Token::lemma).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.copulas = Copula.find(all);
    this.numbers = all.stream().filter(t -> t.pos().equals("NUM") && BodyStats.isNumber(t.key())).map(Token::key)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    Lexicon lex = unitizer.lexicon();
    int speech = -1;
    int holder = -1;
    List<TermUnit> us = view.units;
    for (int u = 0; u < us.size(); u++) {
      TermUnit unit = us.get(u);
      if (unit.kind() == TermUnit.Kind.VERB && lex.isAttribution(unit.head()) && speech < 0
          && !addressedOnly(all, unit.to())) {
        for (int h = u - 1; h >= 0; h--) {
          if (us.get(h).isEntity()) {
            holder = h;
            break;
          }
        }
        if (holder < 0 && u > 0 && us.get(u - 1).kind() == TermUnit.Kind.WORD && us.get(u - 1).to() == unit.from()
            && all.get(us.get(u - 1).from()).pos().equals("NOUN")) {
          // A common noun right before the verb of saying is its speaker ("Health officials reported
          // 14 cases", "Police confirmed two arrests").
          holder = u - 1;
        }
        if (holder >= 0) {
          speech = u;
        }
      }
    }
    this.speechUnit = speech;
    this.holderUnit = holder;
    List<WeightedUnit> weighted = new ArrayList<>();
    List<Integer> preds = new ArrayList<>();
    double total = 0;
    for (int u = 0; u < us.size(); u++) {
      TermUnit unit = us.get(u);
      boolean light = lex.isLight(unit.head()) || u == speech
          || unit.kind() == TermUnit.Kind.VERB && lex.isRaising(all, unit.from());
      // A participle that describes a noun after the claim's action ("will ratify record times,
      // including the women's winning run") is no action of its own.
      boolean pred = unit.kind() == TermUnit.Kind.VERB && !light && (preds.isEmpty() || !attributive(all, unit.from()));
      double base = switch (unit.kind()) {
        case NAME, ENTITY -> 1.5;
        case VERB -> light ? 0.3 : 1.2;
        case NUMBER -> 0.6;
        case WORD -> 1.0;
      };
      String idfKey = all.get(unit.to() - 1).key();
      double w = base * (0.3 + Math.min(4.0, idf.idf(idfKey)));
      weighted.add(new WeightedUnit(unit, w, pred));
      if (pred) {
        preds.add(u);
      }
      total += w;
    }
    this.units = List.copyOf(weighted);
    this.totalWeight = total;
    // The main clause's action comes first: "Applicants who received the messages will be paid"
    // is about paying; what the relative clause says only picks out the applicants.
    List<Integer> main = new ArrayList<>();
    List<Integer> described = new ArrayList<>();
    for (int u : preds) {
      (view.inRelativeClause(us.get(u).from()) ? described : main).add(u);
    }
    main.addAll(described);
    this.predicates = List.copyOf(main);
    this.subjectHead = subjectHead(view, units);
    this.lengths = NumberConflict.lengthSpans(view.tokens);
  }

  /** Possessive determiners, before a participle that describes a noun ("their winning bid"). */
  private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("my", "your", "his", "her", "its", "our",
      "their");

  /**
   * Whether the participle at {@code i} only describes the noun after it ("the women's winning run",
   * "the injured driver"): after the claim's action it is part of a name for a thing, not an action
   * the claim asserts.
   */
  private static boolean attributive(List<Token> tokens, int i) {
    String w = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
    if (!(w.endsWith("ing") || w.endsWith("ed")) || i + 1 >= tokens.size()
        || !tokens.get(i + 1).pos().equals("NOUN")) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    return switch (tokens.get(i - 1).pos()) {
      case "DET", "PART", "ADJ", "NUM" -> true;
      case "PRON" -> POSSESSIVES.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
      default -> false;
    };
  }

  /**
   * Whether the verb of saying that ends before {@code at} only addresses someone and reports nothing:
   * "to" follows it and no "that" opening a clause (not a relative "that had complained"), colon or
   * quotation mark comes after ("The council wrote to every family whose home flooded"). Writing to
   * someone is then the claim's action, not the frame of what was said ("The minister wrote to the
   * committee that the plan was dead" is still a frame).
   */
  private static boolean addressedOnly(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).key().equals("to")) {
      return false;
    }
    for (int i = at + 1; i < tokens.size(); i++) {
      String k = tokens.get(i).key();
      String w = tokens.get(i).text();
      boolean clause = k.equals("that") && i + 1 < tokens.size() && !tokens.get(i + 1).isVerb()
          && !tokens.get(i + 1).pos().equals("AUX");
      if (clause || w.equals(":") || w.equals("\"")
          || w.equals("\u201c") || w.equals("\u201d")) {
        return false;
      }
    }
    return true;
  }

  private ClaimFrame(ClaimFrame c, Descriptors descriptors) {
    this.text = c.text;
    this.view = c.view;
    this.units = c.units;
    this.totalWeight = c.totalWeight;
    this.predicates = c.predicates;
    this.holderUnit = c.holderUnit;
    this.speechUnit = c.speechUnit;
    this.subjectHead = c.subjectHead;
    this.idf = c.idf;
    this.tokenKeys = c.tokenKeys;
    this.tokenLemmas = c.tokenLemmas;
    this.copulas = c.copulas;
    this.numbers = c.numbers;
    this.descriptors = descriptors;
    this.lengths = c.lengths;
  }

  /**
   * The keys of the one person the sources give this name of the claim when it is only an office
   * ("the Prime Minister": "Prime Minister Daniel Osei"); null when it is no office or the sources
   * give it to none or to several.
   */
  java.util.Set<String> personTitled(TermUnit name, Lexicon lex) {
    List<Token> words = view.tokens.subList(name.from(), name.to());
    return lex.allTitles(words) ? descriptors.nameForTitle(Descriptors.titleKey(words)) : null;
  }

  /**
   * This claim judged knowing what the sources call each name: a noun of the claim after "the"
   * ("the ship") is then found where a passage gives a name the sources call so, and a title ("the
   * Prime Minister") where it names the one person the sources give that title.
   */
  public ClaimFrame withDescriptors(Descriptors descriptors) {
    return descriptors.equals(this.descriptors) ? this : new ClaimFrame(this, descriptors);
  }

  public String text() {
    return text;
  }

  /** Words of the claim as the index should search them, with a boost each. */
  public List<TermUnit> termUnits() {
    return view.units;
  }

  /** How often each content word's key occurs in the claim. */
  public java.util.Map<String, Integer> termCounts() {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    for (dev.corroborate.analysis.Token t : view.tokens) {
      if (t.isContent()) {
        out.merge(t.key(), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * The unit of the head of the claim's subject: its last word or name before its first verb that is
   * not a number or a date part ("trial" in "The LumaScreen clinical trial has been stopped", "crush"
   * in "The crush took place on Saturday"), or -1 when there is none.
   */
  private static int subjectHead(SentenceView view, List<WeightedUnit> units) {
    int verb = 0;
    while (verb < view.tokens.size() && !view.tokens.get(verb).isVerb() && !view.tokens.get(verb).pos().equals("AUX")) {
      verb++;
    }
    int head = -1;
    for (int i = 0; i < units.size(); i++) {
      TermUnit u = units.get(i).unit();
      if (u.from() < verb && u.kind() != TermUnit.Kind.NUMBER && !RelativeDates.isDatePart(view.tokens, u)) {
        head = i;
      }
    }
    return head;
  }

  /** Whether the claim itself denies its predicate ("X did not ..."). */
  boolean predicateNegated(int unitIndex) {
    return view.negated(units.get(unitIndex).unit().from());
  }

  /**
   * Whether the predicate at this unit is denied only in a relative clause that describes a noun
   * ("any losses that cannot be recovered"): it says which things, it is not the claim's action.
   */
  boolean deniedOnlyInDescription(int unitIndex) {
    return predicateNegated(unitIndex) && view.inRelativeClause(units.get(unitIndex).unit().from());
  }
}
