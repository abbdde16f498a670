package voxpop.server;

import java.util.SplittableRandom;

/**
 * Runs a property over seeded random cases: plain JUnit in place of a property-test engine.
 *
 * <p>Case {@code i} draws its inputs from {@code new SplittableRandom(seed + i)} (the generator
 * mixes its seed, so neighbouring seeds give unrelated streams). A failing case is reported with
 * its own seed, and {@code run(thatSeed, 1, property)} replays exactly that case. Nothing is
 * shrunk: the seed, not a minimal example, is what makes a failure reproducible.
 *
 * <p>A copy of voxpop-core's test class {@code voxpop.testing.SeededCases}, whose test classes this
 * module does not see. Stateless and thread-safe.
 */
final class SeededCases {

  /** A check of one case, with the random generator that produces its inputs. */
  @FunctionalInterface
  interface Property {
    void check(SplittableRandom random) throws Exception;
  }

  private SeededCases() {}

  /**
   * Checks {@code cases} cases in order and stops at the first failure.
   *
   * @throws AssertionError naming the case and its seed, with the failure as its cause
   */
  static void run(long seed, int cases, Property property) {
    for (int i = 0; i < cases; i++) {
      long caseSeed = seed + i;
      try {
        property.check(new SplittableRandom(caseSeed));
      } catch (Exception | AssertionError | StackOverflowError e) {
        throw new AssertionError(
            "case "
                + i
                + " of "
                + cases
                + " failed, seed "
                + caseSeed
                + "L; replay it alone with SeededCases.run("
                + caseSeed
                + "L, 1, ...): "
                + e,
            e);
      }
    }
  }

  /**
   * An int in {@code [min, max]}, {@code min} or {@code max} themselves one time in ten each, so
   * the bounds are checked on every run as a property-test engine's edge cases would be.
   */
  static int between(SplittableRandom random, int min, int max) {
    int roll = random.nextInt(10);
    if (roll == 0) {
      return min;
    }
    if (roll == 1) {
      return max;
    }
    return random.nextInt(min, max + 1);
  }

  /** One of the given values, each equally likely. */
  @SafeVarargs
  static <T> T oneOf(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
