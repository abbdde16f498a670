package voxpop.testing;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Test generator: random strings for the text and screening properties, every draw from the
 * caller's seeded generator (see {@link SeededCases}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RandomText {
  /** The longest {@link #any} string, as a property-test engine's default string is. */
  public static final int ANY_MAX_LENGTH = 255;

  /** The lower-case Russian alphabet without ё, {@code а} to {@code я}. */
  public static final String CYRILLIC = range('а', 'я');

  /** The decimal digits. */
  public static final String DIGITS = range('0', '9');

  /**
   * Characters that break naive text code, drawn more often than chance would: NUL, line ends,
   * tabs, no-break and zero-width spaces, the byte order mark, the replacement character and both
   * halves of a surrogate pair alone.
   */
  private static final String EDGE_CHARS =
      "\u0000 \n\r\t\u00A0\u200B\u2028\uFEFF\uFFFD\uD83D\uDE00";

  private RandomText() {}

  /** Up to {@link #ANY_MAX_LENGTH} UTF-16 units, see {@link #any(SplittableRandom, int)}. */
  public static String any(SplittableRandom rnd) {
    return any(rnd, ANY_MAX_LENGTH);
  }

  /**
   * Up to {@code maxLength} UTF-16 units from the whole Basic Multilingual Plane, lone surrogates
   * included, noncharacters and private use left out (the input space of a property-test engine's
   * default string); one unit in eight from {@link #EDGE_CHARS}.
   */
  public static String any(SplittableRandom rnd, int maxLength) {
    int n = SeededCases.between(rnd, 0, maxLength);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      if (rnd.nextInt(8) == 0) {
        sb.append(EDGE_CHARS.charAt(rnd.nextInt(EDGE_CHARS.length())));
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

  /** Between {@code minLength} and {@code maxLength} characters, each drawn from {@code chars}. */
  public static String of(SplittableRandom rnd, String chars, int minLength, int maxLength) {
    int n = SeededCases.between(rnd, minLength, maxLength);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /** Up to {@code maxParts} parts, each drawn by {@code part}, joined with {@code separator}. */
  public static String joined(
      SplittableRandom rnd,
      int maxParts,
      String separator,
      Function<SplittableRandom, String> part) {
    int n = SeededCases.between(rnd, 0, maxParts);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(part.apply(rnd));
    }
    return sb.toString();
  }

  /** The characters from {@code first} to {@code last}, both included. */
  public static String range(char first, char last) {
    StringBuilder sb = new StringBuilder(last - first + 1);
    for (char c = first; c <= last; c++) {
      sb.append(c);
    }
    return sb.toString();
  }
}
