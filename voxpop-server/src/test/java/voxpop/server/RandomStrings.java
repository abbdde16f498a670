package voxpop.server;

import java.util.SplittableRandom;

/**
 * Test generator: random strings for fuzzing the doors, drawn from the caller's seeded generator.
 */
final class RandomStrings {
  /** Characters with a meaning in forms, CSV or JSON, drawn more often than chance would. */
  private static final String SPECIAL = ",;\"'\r\n\t =&%+?#\\{}[]:\u0000\uFEFF";

  private RandomStrings() {}

  /**
   * Up to {@code maxLength} UTF-16 units: one in four from {@link #SPECIAL}, the rest from the
   * whole Basic Multilingual Plane, lone surrogates included, noncharacters and private use left
   * out.
   */
  static String any(SplittableRandom rnd, int maxLength) {
    int n = SeededCases.between(rnd, 0, maxLength);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      if (rnd.nextInt(4) == 0) {
        sb.append(SPECIAL.charAt(rnd.nextInt(SPECIAL.length())));
        continue;
      }
      char c = (char) rnd.nextInt(Character.MAX_VALUE + 1);
      boolean nonCharacter = (c >= '\uFDD0' && c <= '\uFDEF') || c >= '\uFFFE';
      boolean privateUse = c >= '\uE000' && c <= '\uF8FF';
      if (!nonCharacter && !privateUse) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Between {@code minLength} and {@code maxLength} characters from {@code first} to {@code last}.
   */
  static String between(SplittableRandom rnd, char first, char last, int minLength, int maxLength) {
    int n = SeededCases.between(rnd, minLength, maxLength);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) rnd.nextInt(first, last + 1));
    }
    return sb.toString();
  }
}
