package dev.corroborate.eval;

import dev.corroborate.stance.Stance;
import java.util.Objects;

/**
 * One claim/body pair of a labelled dataset, with its gold label.
 *
 * @param id       the pair's identity in its dataset: FNC-1 and ARC the 1-based number of the data
 *                 row in the stances CSV (the header is row 0); Emergent the CSV's first column;
 *                 FEVER the JSON {@code id}
 * @param claim    the claim side: FNC-1/ARC Headline, Emergent claimHeadline, FEVER claim
 * @param bodyId   identity of the body, shared by the pairs with the same body: FNC-1/ARC Body ID,
 *                 Emergent articleId, FEVER id
 * @param body     the text judged against the claim: FNC-1/ARC articleBody, Emergent
 *                 articleHeadline, FEVER evidence
 * @param group    the key of the dev split (pairs of one group are never split): FNC-1/ARC Body ID,
 *                 Emergent claimId, FEVER the claim text
 * @param goldWord the gold label in the dataset's own vocabulary (e.g. {@code agree}, {@code
 *                 observing}, {@code REFUTES})
 * @param gold     the gold label as a stance
 */
public record LabelledPair(String id, String claim, String bodyId, String body, String group, String goldWord,
    Stance gold) {
  public LabelledPair {
    requireNonBlank(id, "id");
    Objects.requireNonNull(claim, "claim");
    requireNonBlank(bodyId, "bodyId");
    Objects.requireNonNull(body, "body");
    requireNonBlank(group, "group");
    requireNonBlank(goldWord, "goldWord");
    Objects.requireNonNull(gold, "gold");
  }

  private static void requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
