package dev.corroborate.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cue words and phrases that mark a sentence as something other than a factual assertion, from the
 * {@code assertionCues} section of {@code cues.yaml}. Each entry is one word or a phrase of several
 * words, held lower case with single spaces; callers match them on lemmas or on the words as
 * written. Immutable.
 *
 * @param opinionVerbs   verbs of opinion ("think"): an opinion with a first-person subject
 * @param opinionPhrases phrases that state a view ("in my opinion")
 * @param evaluatives    judging adjectives ("great"): an opinion when predicated
 * @param deontics       obligation ("should")
 * @param predictions    future and forecast markers ("will", "expected to")
 * @param hedges         speculation ("may", "reportedly")
 * @param firstPerson    first-person pronouns and determiners
 * @param bareSpeechVerbs speech verbs whose content may follow without "that" ("said the call was")
 * @param interrogatives words that open a question
 */
public record AssertionCues(
    Set<String> opinionVerbs,
    Set<String> opinionPhrases,
    Set<String> evaluatives,
    Set<String> deontics,
    Set<String> predictions,
    Set<String> hedges,
    Set<String> firstPerson,
    Set<String> bareSpeechVerbs,
    Set<String> interrogatives) {

  public AssertionCues {
    opinionVerbs = normal(opinionVerbs);
    opinionPhrases = normal(opinionPhrases);
    evaluatives = normal(evaluatives);
    deontics = normal(deontics);
    predictions = normal(predictions);
    hedges = normal(hedges);
    firstPerson = normal(firstPerson);
    bareSpeechVerbs = normal(bareSpeechVerbs);
    interrogatives = normal(interrogatives);
  }

  static AssertionCues none() {
    return new AssertionCues(null, null, null, null, null, null, null, null, null);
  }

  private static Set<String> normal(Set<String> entries) {
    if (entries == null) {
      return Set.of();
    }
    for (String e : entries) {
      if (e == null || e.isBlank()) {
        throw new IllegalStateException("cues.yaml: an assertionCues entry is empty");
      }
    }
    return entries.stream()
        .map(e -> String.join(" ", List.of(e.strip().toLowerCase(Locale.ROOT).split("\\s+"))))
        .collect(Collectors.toUnmodifiableSet());
  }
}
