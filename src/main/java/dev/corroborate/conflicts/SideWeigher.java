package dev.corroborate.conflicts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weighs one side of a contested proposition for ranking (see {@link RankScore}): 2 per official
 * source, 1 per other source, halved for a source whose every passage on the side relays someone
 * else. Stateless.
 */
final class SideWeigher {
  private SideWeigher() {}

  static double weigh(List<SideEvidence> side) {
    Map<String, Double> bySource = new TreeMap<>();
    for (SideEvidence e : side) {
      double w = (e.source().kind().official() ? 2.0 : 1.0) * (e.ownVoice() ? 1.0 : 0.5);
      bySource.merge(e.source().id(), w, Math::max);
    }
    return bySource.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
