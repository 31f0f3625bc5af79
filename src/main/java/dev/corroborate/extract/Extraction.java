package dev.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of extracting from some documents: the claims proposed for checking and those set
 * aside (not check-worthy, or below the minimum score), each in document order, and the files read.
 */
public record Extraction(List<String> files, List<ProposedClaim> proposed, List<ProposedClaim> setAside) {
  public Extraction {
    files = List.copyOf(files);
    proposed = List.copyOf(proposed);
    setAside = List.copyOf(setAside);
    for (ProposedClaim c : proposed) {
      if (!c.checkworthy()) {
        throw new IllegalArgumentException("a proposed claim must be check-worthy: " + c.id());
      }
    }
    for (ProposedClaim c : setAside) {
      if (c.checkworthy()) {
        throw new IllegalArgumentException("a set-aside claim must not be check-worthy: " + c.id());
      }
    }
  }

  /** Splits claims into proposed and set aside, keeping their order. */
  public static Extraction of(List<String> files, List<ProposedClaim> all) {
    Objects.requireNonNull(all, "all");
    List<ProposedClaim> yes = new ArrayList<>();
    List<ProposedClaim> no = new ArrayList<>();
    for (ProposedClaim c : all) {
      (c.checkworthy() ? yes : no).add(c);
    }
    return new Extraction(files, yes, no);
  }
}
