package dev.corroborate.conflicts;

import dev.corroborate.analysis.Passage;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.stance.Cue;
import dev.corroborate.stance.SourceVoice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds explicit denials of another source's account: a refutation word ("rejected", "denied",
 * "dismissed") not negated, followed in its clause by a name that is another source's publisher or
 * speaker and a word for an account ("the Courier's account", "the Gazette's report", "the
 * ministry's statement"), in the source's own voice (a denial it only relays is the relayed holder's,
 * and is left to the stance engine). The stance engine cannot see these: they deny the account as a whole
 * without restating it. Thread-safe.
 */
public final class DenialFinder {
  /** Words for what a source said, besides the lexicon's self-references (report, statement, ...). */
  private static final Set<String> ACCOUNT = Set.of("account", "claim", "version", "stori", "alleg", "report");
  private static final Set<String> CLAUSE_END = Set.of(",", ";", ":", "(", ")", "—", "–");
  private static final int WINDOW = 6;

  private final TermUnitizer unitizer;
  private final Lexicon lexicon;
  private final Map<String, SourceVoice> voices;

  public DenialFinder(TermUnitizer unitizer, Map<String, SourceVoice> voices) {
    this.unitizer = unitizer;
    this.lexicon = unitizer.lexicon();
    this.voices = Map.copyOf(voices);
  }

  public Optional<Denial> find(Passage p) {
    List<Token> tokens = p.tokens();
    List<TermUnit> units = unitizer.units(tokens);
    for (int r = 0; r < tokens.size(); r++) {
      Token t = tokens.get(r);
      if (!lexicon.isRefutation(t.key()) || !t.isVerb() || negated(tokens, r) || relayed(p, units, r)) {
        continue;
      }
      for (int j = r + 1; j < Math.min(tokens.size(), r + 1 + WINDOW) && !CLAUSE_END.contains(tokens.get(j).text()); j++) {
        TermUnit named = unitStartingAt(units, j);
        if (named == null || !named.isEntity()) {
          continue;
        }
        int after = named.to();
        if (after < tokens.size() && tokens.get(after).text().matches("['’]s?")) {
          after++;
        }
        if (after >= tokens.size() || !isAccount(tokens.get(after))) {
          continue;
        }
        Set<String> denied = new TreeSet<>();
        for (Map.Entry<String, SourceVoice> v : voices.entrySet()) {
          if (!v.getKey().equals(p.sourceId()) && v.getValue().matches(named.keys())) {
            denied.add(v.getKey());
          }
        }
        if (!denied.isEmpty()) {
          String account = span(tokens, r + 1, after + 1);
          return Optional.of(new Denial(p, denied, new Cue(Cue.Kind.REFUTATION, t.text() + " " + account,
              "'" + t.text() + "' refutes " + account + " as a whole, of which the claim is part")));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the denial is someone else's, relayed by the source: the nearest name before the
   * refutation word in its clause is not the source's own voice (its speaker or publisher).
   */
  private boolean relayed(Passage p, List<TermUnit> units, int r) {
    SourceVoice own = voices.getOrDefault(p.sourceId(), SourceVoice.none());
    TermUnit subject = null;
    for (TermUnit u : units) {
      if (u.to() <= r && u.isEntity()) {
        subject = u;
      }
    }
    if (subject == null) {
      return false;
    }
    for (int i = subject.to(); i < r; i++) {
      if (CLAUSE_END.contains(p.tokens().get(i).text())) {
        return false;
      }
    }
    return !own.matches(subject.keys());
  }

  private boolean isAccount(Token t) {
    return (t.pos().equals("NOUN") || t.pos().equals("VERB")) && (ACCOUNT.contains(t.key()) || lexicon.isSelfReference(t.key()));
  }

  private boolean negated(List<Token> tokens, int r) {
    for (int i = r - 1; i >= Math.max(0, r - 3); i--) {
      if (CLAUSE_END.contains(tokens.get(i).text())) {
        return false;
      }
      if (lexicon.isNegation(tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static TermUnit unitStartingAt(List<TermUnit> units, int i) {
    for (TermUnit u : units) {
      if (u.from() == i) {
        return u;
      }
    }
    return null;
  }

  private static String span(List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      boolean glue = i > from && (t.text().startsWith("'") || t.text().startsWith("’"));
      sb.append(i > from && !glue ? " " : "").append(t.text());
    }
    return sb.toString();
  }
}
