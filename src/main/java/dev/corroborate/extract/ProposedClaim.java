package dev.corroborate.extract;

import dev.corroborate.claims.ClaimText;

import java.util.List;
import java.util.Objects;

/**
 * A claim proposed from a document, with where it was found and why it was (or was not) judged
 * check-worthy. Offsets count Unicode code points of the document's text (see {@link DocumentText}).
 *
 * @param id          stable id: a slug of the claim's first words and a short hash of its normalised
 *                    text (see {@link ClaimText#id})
 * @param text        the claim, one assertion, as it would go in claims.yaml
 * @param file        the document it came from
 * @param sentence    the sentence as written
 * @param start       offset of the sentence's first character
 * @param end         offset after the sentence's last character
 * @param claimStart  offset of the first character of the words the claim was taken from
 * @param claimEnd    offset after their last character
 * @param speaker     who the sentence says asserted it ("according to X", "X said"), or null
 * @param kind        the claim's form
 * @param checkworthy whether it is proposed for checking
 * @param score       check-worthiness, 0 to 1
 * @param features    what gave the score
 * @param reason      one line on why it is, or is not, proposed
 */
public record ProposedClaim(String id, String text, String file, String sentence, int start, int end,
    int claimStart, int claimEnd, String speaker, Kind kind, boolean checkworthy, double score,
    List<Feature> features, String reason) {
  public ProposedClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    features = List.copyOf(features);
    if (id.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("a proposed claim needs an id and a text");
    }
    if (start < 0 || start > claimStart || claimStart >= claimEnd || claimEnd > end) {
      throw new IllegalArgumentException("bad offsets: sentence [" + start + ", " + end + "), claim ["
          + claimStart + ", " + claimEnd + ")");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside 0..1: " + score);
    }
    if (speaker != null && speaker.isBlank()) {
      speaker = null;
    }
  }

  /** This claim with another id (to keep ids unique in a claims file). */
  public ProposedClaim withId(String newId) {
    return new ProposedClaim(newId, text, file, sentence, start, end, claimStart, claimEnd, speaker, kind,
        checkworthy, score, features, reason);
  }
}
