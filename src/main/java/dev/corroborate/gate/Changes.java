package dev.corroborate.gate;

import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.SourceAssessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed since a git ref, as far as a check is concerned.
 *
 * @param ref           the ref as the user gave it
 * @param claims        claims (by id) that are new or whose text or expect changed
 * @param corpusFiles   corpus files (relative to the corpus folder, '/'-separated) that were
 *                      added, modified or deleted, committed or not, tracked or not; a changed
 *                      {@code NAME.meta.yaml} sidecar also lists {@code NAME.txt}
 * @param everyClaim    why every claim must be checked again (a deleted source, changed aliases),
 *                      or "" when only the claims above and those with changed evidence need it
 */
public record Changes(String ref, Map<String, ClaimChange> claims, Set<String> corpusFiles, String everyClaim) {
  public Changes {
    Objects.requireNonNull(ref, "ref");
    claims = Collections.unmodifiableMap(new TreeMap<>(claims));
    corpusFiles = Collections.unmodifiableSet(new TreeSet<>(corpusFiles));
    everyClaim = everyClaim == null ? "" : everyClaim;
  }

  /**
   * The results to report: those of new or changed claims, of claims whose result involves a
   * changed corpus file (a non-silent source from it), or all when {@link #everyClaim()} says so;
   * in the report's order, each with why it was kept.
   */
  public Selection select(CheckReport report) {
    List<ClaimResult> kept = new ArrayList<>();
    List<Selection.Selected> why = new ArrayList<>();
    for (ClaimResult r : report.results()) {
      List<String> reasons = new ArrayList<>();
      ClaimChange change = claims.get(r.claim().id());
      if (change != null) {
        reasons.add(change.description());
      }
      Set<String> files = new TreeSet<>();
      for (SourceAssessment a : r.sources()) {
        if (corpusFiles.contains(a.source().file())) {
          files.add(a.source().file());
        }
      }
      if (!files.isEmpty()) {
        reasons.add("changed corpus file" + (files.size() == 1 ? " " : "s ") + String.join(", ", files));
      }
      if (!everyClaim.isEmpty() && reasons.isEmpty()) {
        reasons.add(everyClaim);
      }
      if (!reasons.isEmpty()) {
        kept.add(r);
        why.add(new Selection.Selected(r.claim().id(), reasons));
      }
    }
    return new Selection(ref, new CheckReport(report.claimsFile(), report.sourceCount(), kept, report.sources()), why,
        report.results().size());
  }
}
