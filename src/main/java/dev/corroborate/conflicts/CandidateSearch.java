package dev.corroborate.conflicts;

import dev.corroborate.retrieval.Hit;
import dev.corroborate.stance.ClaimFrame;
import java.io.IOException;
import java.util.List;

/** The retrieval step as the conflicts stage sees it: the best passages for a framed proposition. */
@FunctionalInterface
public interface CandidateSearch {
  /** At most {@code limit} passages, best first, ties in a stable order. */
  List<Hit> candidates(ClaimFrame frame, int limit) throws IOException;
}
