package dev.corroborate.fuzz;

import java.util.Random;
import java.util.function.Function;

/**
 * A minimal property runner for the parsers' error contract: generates {@link #TRIES} inputs from
 * seeded {@link Random}s and runs a check on each; the first failure is rethrown with its try, its
 * seed and the input, so it can be replayed. The seed and the number of tries can be raised from the
 * command line to search further: {@code -Dfuzz.seed=N -Dfuzz.tries=N}.
 */
public final class Property {
  /** Base seed; try {@code i} uses {@code new Random(SEED * 1_000_003 + i)}. */
  public static final long SEED = Long.getLong("fuzz.seed", 8L);
  /** Inputs per property. */
  public static final int TRIES = Integer.getInteger("fuzz.tries", 300);

  private Property() {}

  /** A check of one input; any exception or assertion error it throws fails the property. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  /** Runs {@code check} on {@link #TRIES} inputs made by {@code generator}. */
  public static <T> void forAll(Function<Random, T> generator, Function<T, String> describe, Check<T> check) {
    for (int i = 0; i < TRIES; i++) {
      long seed = SEED * 1_000_003 + i;
      T input = generator.apply(new Random(seed));
      try {
        check.accept(input);
      } catch (Throwable e) {
        throw new AssertionError("try " + i + " (seed " + seed + ") failed with " + e + " on input:\n"
            + RandomInputs.show(describe.apply(input)), e);
      }
    }
  }
}
