package dev.corroborate.gate;

/** How a claim differs from the claim with the same id at the git ref. */
public enum ClaimChange {
  /** No claim with this id at the ref (or no readable claims file there). */
  NEW("new claim"),
  TEXT("text changed"),
  EXPECT("expect changed"),
  TEXT_AND_EXPECT("text and expect changed");

  private final String description;

  ClaimChange(String description) {
    this.description = description;
  }

  /** In words, for the stderr summary. */
  public String description() {
    return description;
  }

  /** The change from {@code old} to the current values; null when neither differs. */
  static ClaimChange between(boolean textDiffers, boolean expectDiffers) {
    if (textDiffers) {
      return expectDiffers ? TEXT_AND_EXPECT : TEXT;
    }
    return expectDiffers ? EXPECT : null;
  }
}
