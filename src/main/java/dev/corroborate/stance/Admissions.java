package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims that someone owned up to an act ("Vos admitted taking bribes", "the runner confessed to
 * doping"). The one the claim names denying the act ("I have never taken EPO") or declaring their
 * innocence ("has always maintained his innocence", "denied any wrongdoing") denies the admission,
 * though such a passage shares little with the claim besides the name: neither the verb of owning up
 * nor, often, the act. Lexicon lists {@code admissions}, {@code innocence} and {@code guiltNouns}.
 */
final class Admissions {
  /** Where the passage denies the admission: the denying word's position and the cue that says so. */
  record Denial(int at, Cue cue) {}

  private final Lexicon lex;

  Admissions(Lexicon lex) {
    this.lex = lex;
  }

  /** The claim's verb of owning up ("admitted"), not itself denied; -1 when the claim has none. */
  int admission(ClaimFrame c) {
    List<Token> t = c.view.tokens;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isVerb() && lex.isAdmission(t.get(i).lemma())) {
        return c.view.negated(i) ? -1 : i;
      }
    }
    return -1;
  }

  /**
   * How the passage denies the claim's admission, or null when it does not: the claim's actor (named
   * in the passage, or speaking in the first person as the source's own voice) is denied the
   * admitted act (a negated act with one of its other words: "never taken EPO") or declares their
   * innocence ("maintained his innocence", "is innocent", "denied any wrongdoing").
   */
  Denial denied(ClaimFrame c, SentenceView p, SourceVoice voice) {
    int a = admission(c);
    if (a < 0) {
      return null;
    }
    Agent actor = Agent.of(c.view, a);
    if (actor == null || !(p.positionsOf(actor.keys()).size() > 0 || (p.firstPerson && voice.matches(actor.keys())))) {
      return null;
    }
    for (int k = 0; k < p.tokens.size(); k++) {
      if (p.tokens.get(k).isVerb() && lex.isAdmission(p.tokens.get(k).lemma()) && !p.negated(k)) {
        return null; // the passage tells of an admission itself: the usual rules judge it
      }
    }
    String admitted = c.view.tokens.get(a).text();
    Denial act = actDenied(c, p, a, admitted);
    return act != null ? act : innocence(p, actor, admitted);
  }

  /** The admitted act (a claim verb after the verb of owning up) negated in the passage beside one of its other words. */
  private Denial actDenied(ClaimFrame c, SentenceView p, int a, String admitted) {
    List<TermUnit> acts = new ArrayList<>();
    boolean objectThere = false;
    for (ClaimFrame.WeightedUnit wu : c.units) {
      TermUnit u = wu.unit();
      if (u.from() <= a) {
        continue;
      }
      if (u.kind() == TermUnit.Kind.VERB) {
        acts.add(u);
      } else if (!lex.isLight(u.head()) && !p.positionsOf(u.keys()).isEmpty()) {
        objectThere = true;
      }
    }
    if (!objectThere) {
      return null;
    }
    for (TermUnit u : acts) {
      for (int k : p.positionsOf(u.keys())) {
        if (p.tokens.get(k).isVerb() && p.negated(k)) {
          String words = p.negationWords(k, lex) + " " + p.tokens.get(k).text();
          return new Denial(k, new Cue(Cue.Kind.NEGATION, words, "'" + words + "': the act the claim says was admitted ('"
              + admitted + "') is denied"));
        }
      }
    }
    return null;
  }

  /** A declaration of innocence by the actor: "maintained his innocence", "is innocent", "denied any wrongdoing". */
  private Denial innocence(SentenceView p, Agent actor, String admitted) {
    List<Token> t = p.tokens;
    for (int k = 0; k < t.size(); k++) {
      Token w = t.get(k);
      boolean declared = lex.isInnocence(w.lemma()) && !p.negated(k) && refutedBefore(p, k) < 0
          && !(k + 1 < t.size() && t.get(k + 1).pos().equals("NOUN"));
      int denial = lex.isGuiltNoun(w.lemma()) ? refutedBefore(p, k) : -1;
      if (declared || (denial >= 0 && !p.negated(denial))) {
        String words = declared ? w.text() : t.get(denial).text() + " ... " + w.text();
        return new Denial(k, new Cue(Cue.Kind.REFUTATION, words, "'" + words + "': " + actor.display()
            + " declares innocence, where the claim has an admission ('" + admitted + "')"));
      }
    }
    return null;
  }

  /** A refuting verb ("denied", "rejected") before {@code k} in its clause, or -1. */
  private int refutedBefore(SentenceView p, int k) {
    for (int i = k - 1; i >= 0 && p.clause[i] == p.clause[k]; i--) {
      Token t = p.tokens.get(i);
      if (t.isVerb() && lex.isRefutation(t.key())) {
        return i;
      }
    }
    return -1;
  }
}
