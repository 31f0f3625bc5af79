package dev.corroborate.stance;

import dev.corroborate.analysis.Token;
import java.util.List;

/**
 * A passage's tokens prepared once for judging against many claims (units, clauses, negation
 * scopes, key positions). Immutable and thread-safe; obtain from {@link StanceEngine#prepare}.
 */
public final class PreparedPassage {
  final SentenceView view;

  PreparedPassage(SentenceView view) {
    this.view = view;
  }

  public List<Token> tokens() {
    return view.tokens;
  }
}
