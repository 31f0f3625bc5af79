package dev.corroborate.conflicts;

import java.util.List;
import java.util.Objects;

/**
 * A proposition on which sources disagree, as a candidate claim.
 *
 * @param id            stable id derived from the text
 * @param text          the claim, as a clean sentence from the supporting side
 * @param supporting    the passages that assert it, by source id then position
 * @param contradicting the passages that conflict with it, by source id then position
 * @param omissions     sources that cover its event but leave it out, by source id
 * @param score         how official and how many the sources on each side are
 */
public record ContestedProposition(String id, String text, List<SideEvidence> supporting,
    List<SideEvidence> contradicting, List<Omission> omissions, RankScore score) {
  public ContestedProposition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(score, "score");
    supporting = List.copyOf(supporting);
    contradicting = List.copyOf(contradicting);
    omissions = List.copyOf(omissions);
    if (supporting.isEmpty() || contradicting.isEmpty()) {
      throw new IllegalArgumentException("a contested proposition needs both sides: " + id);
    }
  }
}
