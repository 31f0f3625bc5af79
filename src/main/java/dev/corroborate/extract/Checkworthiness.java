package dev.corroborate.extract;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.AssertionCues;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges the form of a claim's words (assertion, question, opinion, prediction, hedged, fragment)
 * and scores its check-worthiness from 0 to 1 as a sum of named features: a base, names, numbers
 * and dates, action verbs and a named speaker raise it; a question, opinion, obligation, judging
 * words, the future, hedges and a missing verb lower it. Cue words come from the lexicon's
 * {@code assertionCues}. Stateless and thread-safe.
 */
final class Checkworthiness {
  static final double BASE = 0.30;
  static final double NAMES = 0.25;
  static final double NUMBERS = 0.15;
  static final double ACTION = 0.15;
  static final double ATTRIBUTED = 0.10;
  static final double DENIAL = 0.10;
  static final double QUESTION = -0.60;
  static final double OPINION = -0.50;
  static final double OBLIGATION = -0.40;
  static final double JUDGING = -0.30;
  static final double FUTURE = -0.40;
  static final double HEDGE = -0.35;
  static final double NO_VERB = -0.50;
  private static final int MIN_WORDS = 3;

  private final Lexicon lexicon;
  private final AssertionCues cues;

  Checkworthiness(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = lexicon.assertionCues();
  }

  /**
   * The verdict on a claim's words.
   *
   * @param kind     the claim's form
   * @param score    the sum of the feature weights, clamped to 0..1
   * @param features what gave the score, in a fixed order
   * @param cueWords the words that made it other than an assertion (empty for an assertion)
   * @param excused  true for a named speaker's prediction, speculation or opinion about an action,
   *                 proposed as what was said
   */
  record Judgement(Kind kind, double score, List<Feature> features, List<String> cueWords, boolean excused) {}

  /**
   * Judges tokens [from, to) of a sentence.
   *
   * @param question     whether the sentence is a question (ends with '?')
   * @param heading      whether the sentence has no end mark (a title, a heading, a byline)
   * @param namedSpeaker the speaker when it is named (a name or entity), else null; a named speaker's
   *                     prediction, speculation or opinion about an action ("In my view X will buy
   *                     more") is checkable as something said, so those penalties are noted with weight
   *                     0; an obligation or a judgement ("is a great leader") stays penalised
   */
  Judgement judge(List<Token> tokens, List<TermUnit> units, int from, int to, boolean question, boolean heading,
      String namedSpeaker) {
    List<Feature> f = new ArrayList<>();
    f.add(new Feature("base", BASE, List.of()));
    Set<String> names = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    for (TermUnit u : units) {
      if (u.from() >= from && u.to() <= to) {
        if (u.isEntity()) {
          names.add(u.display());
        } else if (u.kind() == TermUnit.Kind.NUMBER) {
          numbers.add(u.display());
        }
      }
    }
    if (namedSpeaker != null) {
      names.add(namedSpeaker);
    }
    Set<String> actions = new LinkedHashSet<>();
    Set<String> negations = new LinkedHashSet<>();
    int words = 0;
    boolean verb = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      words += t.isPunctuation() ? 0 : 1;
      verb |= t.isVerb() || t.pos().equals("AUX");
      if (t.isVerb() && !lexicon.isLight(t.key()) && !lexicon.isAttribution(t.key())) {
        actions.add(t.text());
      }
      if (lexicon.isNegation(t.lemma())) {
        negations.add(t.text());
      }
    }
    if (!names.isEmpty()) {
      f.add(new Feature("names", NAMES, List.copyOf(names)));
    }
    if (!numbers.isEmpty()) {
      f.add(new Feature("number or date", NUMBERS, List.copyOf(numbers)));
    }
    if (!actions.isEmpty()) {
      f.add(new Feature("action", ACTION, List.copyOf(actions)));
    }
    if (!actions.isEmpty() && !negations.isEmpty()) {
      f.add(new Feature("denied action", DENIAL, List.copyOf(negations)));
    }
    if (namedSpeaker != null) {
      f.add(new Feature("attributed", ATTRIBUTED, List.of(namedSpeaker)));
    }

    List<Feature> penalties = new ArrayList<>();
    Kind kind = Kind.ASSERTION;
    List<String> cueWords = new ArrayList<>();
    if (question || opensQuestion(tokens, from, to)) {
      kind = Kind.QUESTION;
      penalties.add(new Feature("question", QUESTION, List.of("?")));
    }
    List<String> opinion = opinion(tokens, from, to);
    List<String> obligation = find(tokens, from, to, cues.deontics());
    List<String> judging = judging(tokens, from, to);
    List<String> future = find(tokens, from, to, cues.predictions());
    List<String> hedges = new ArrayList<>(find(tokens, from, to, cues.hedges()));
    hedges.addAll(thirdPersonOpinionVerbs(tokens, from, to));
    kind = penalise(kind, Kind.OPINION, "opinion", OPINION, opinion, penalties, cueWords);
    kind = penalise(kind, Kind.OPINION, "obligation", OBLIGATION, obligation, penalties, cueWords);
    kind = penalise(kind, Kind.OPINION, "judging word", JUDGING, judging, penalties, cueWords);
    kind = penalise(kind, Kind.PREDICTION, "future", FUTURE, future, penalties, cueWords);
    kind = penalise(kind, Kind.HEDGED, "hedge", HEDGE, hedges, penalties, cueWords);
    Feature form = null;
    if (!verb || words < MIN_WORDS || heading) {
      kind = kind == Kind.ASSERTION ? Kind.FRAGMENT : kind;
      form = new Feature(!verb ? "no verb" : heading ? "heading (no end mark)" : "too short", NO_VERB, List.of());
      penalties.add(form);
    }
    boolean excused = namedSpeaker != null && !actions.isEmpty() && obligation.isEmpty() && judging.isEmpty()
        && (kind == Kind.OPINION || kind == Kind.PREDICTION || kind == Kind.HEDGED);
    for (Feature p : penalties) {
      f.add(excused && p != form
          ? new Feature(p.name() + ", said by the speaker", 0, p.words()) : p);
    }
    double sum = 0;
    for (Feature x : f) {
      sum += x.weight();
    }
    double score = Math.round(Math.max(0, Math.min(1, sum)) * 100) / 100.0;
    return new Judgement(kind, score, f, cueWords, excused);
  }

  private static Kind penalise(Kind kind, Kind as, String name, double weight, List<String> found,
      List<Feature> penalties, List<String> cueWords) {
    if (found.isEmpty()) {
      return kind;
    }
    penalties.add(new Feature(name, weight, found));
    if (kind == Kind.ASSERTION) {
      cueWords.addAll(found);
      return as;
    }
    return kind;
  }

  /** "Why did ...", "Can Japan ...": an interrogative or auxiliary first, then an auxiliary or subject. */
  private boolean opensQuestion(List<Token> tokens, int from, int to) {
    int i = from;
    while (i < to && tokens.get(i).isPunctuation()) {
      i++;
    }
    if (i + 1 >= to) {
      return false;
    }
    Token first = tokens.get(i);
    return cues.interrogatives().contains(lower(first)) && tokens.get(i + 1).pos().equals("AUX")
        && !tokens.get(to - 1).text().equals(".");
  }

  /** Opinion phrases, and opinion verbs whose subject is "I" or "we". */
  private List<String> opinion(List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>(find(tokens, from, to, cues.opinionPhrases()));
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isVerb() && cues.opinionVerbs().contains(t.lemma()) && firstPersonBefore(tokens, from, i)) {
        out.add(tokens.get(i - 1).text() + " " + t.text());
      }
    }
    return out;
  }

  private List<String> thirdPersonOpinionVerbs(List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.isVerb() && cues.opinionVerbs().contains(t.lemma()) && !firstPersonBefore(tokens, from, i)) {
        out.add(t.text());
      }
    }
    return out;
  }

  private boolean firstPersonBefore(List<Token> tokens, int from, int verb) {
    for (int i = verb - 1; i >= Math.max(from, verb - 3); i--) {
      if (tokens.get(i).pos().equals("PRON") && cues.firstPerson().contains(lower(tokens.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** A judging word after a form of "be" in its clause ("is very good", "is a great leader"). */
  private List<String> judging(List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!(t.pos().equals("ADJ") || t.pos().equals("ADV")) || !cues.evaluatives().contains(lower(t))) {
        continue;
      }
      for (int j = i - 1; j >= Math.max(from, i - 5); j--) {
        Token b = tokens.get(j);
        if (b.lemma().equals("be")) {
          out.add(t.text());
          break;
        }
        if (b.isVerb() || b.isPunctuation()) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * Cue entries found in [from, to), as written. A one-word cue never matches a name or a noun
   * ("May" the month, "the will of the people").
   */
  private static List<String> find(List<Token> tokens, int from, int to, Set<String> entries) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      for (String e : entries) {
        String[] words = e.split(" ");
        if (i + words.length > to) {
          continue;
        }
        boolean match = true;
        for (int k = 0; k < words.length && match; k++) {
          Token t = tokens.get(i + k);
          match = words[k].equals(lower(t)) || words[k].equals(t.lemma());
        }
        if (!match) {
          continue;
        }
        Token t = tokens.get(i);
        if (words.length == 1 && (t.isProperNoun() || t.pos().equals("NOUN"))) {
          continue;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
          sb.append(k > 0 ? " " : "").append(tokens.get(i + k).text());
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
