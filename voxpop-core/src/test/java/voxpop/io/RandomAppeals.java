package voxpop.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Regions;
import voxpop.testing.SeededCases;

/**
 * Test generator: random appeals, every field filled or empty, with texts that break naive readers.
 * All draws come from the caller's seeded generator.
 */
final class RandomAppeals {
  private static final String ID_CHARS = alphanumeric() + "-_:";
  private static final String SMALL_CHARS = alphanumeric() + ",\"' ";
  private static final String LETTERS = range('а', 'я') + range('a', 'z') + "ёЁіїєґ0123456789?!.";
  private static final String[] SPECIAL = {
    ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t", "{", "}", "\\", "🙂", "\u0000"
  };
  private static final long LATEST_NANOS = 4_102_444_800_000_000_000L; // 2100-01-01

  private RandomAppeals() {}

  /** Up to 12 appeals with distinct ids. */
  static List<Appeal> appeals(SplittableRandom rnd) {
    int n = SeededCases.between(rnd, 0, 12);
    List<Appeal> out = new ArrayList<>(n);
    Set<String> ids = new HashSet<>();
    while (out.size() < n) {
      Appeal a = appeal(rnd);
      if (ids.add(a.id())) {
        out.add(a);
      }
    }
    return out;
  }

  static Appeal appeal(SplittableRandom rnd) {
    Instant time = null;
    if (rnd.nextInt(5) != 0) {
      long n =
          rnd.nextInt(10) == 0
              ? SeededCases.oneOf(rnd, 0L, LATEST_NANOS)
              : rnd.nextLong(0, LATEST_NANOS + 1);
      time = Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L);
    }
    String region =
        rnd.nextInt(10) < 3 ? "" : Regions.all().get(rnd.nextInt(Regions.all().size())).name();
    String small = string(rnd, SMALL_CHARS, 0, 10).strip();
    return new Appeal(
        string(rnd, ID_CHARS, 1, 12),
        time,
        SeededCases.oneOf(rnd, Channel.values()),
        text(rnd),
        region,
        small,
        SeededCases.oneOf(rnd, AgeGroup.values()),
        SeededCases.oneOf(rnd, Gender.values()),
        small.isEmpty() ? "" : "ext-" + small);
  }

  /**
   * Up to 20 parts, each a separator, quote, line end, brace, backslash, emoji or NUL; a run of up
   * to 8 Cyrillic or Latin letters, digits and punctuation; or any code point outside the
   * surrogates.
   */
  static String text(SplittableRandom rnd) {
    int parts = SeededCases.between(rnd, 0, 20);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      switch (rnd.nextInt(3)) {
        case 0 -> sb.append(SeededCases.oneOf(rnd, SPECIAL));
        case 1 -> sb.append(string(rnd, LETTERS, 0, 8));
        default -> {
          int cp;
          do {
            cp = rnd.nextInt(1, Character.MAX_CODE_POINT + 1);
          } while (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
          sb.appendCodePoint(cp);
        }
      }
    }
    return sb.toString();
  }

  /** Between {@code min} and {@code max} characters, each drawn from {@code chars}. */
  static String string(SplittableRandom rnd, String chars, int min, int max) {
    int n = SeededCases.between(rnd, min, max);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private static String alphanumeric() {
    return range('a', 'z') + range('A', 'Z') + range('0', '9');
  }

  private static String range(char first, char last) {
    StringBuilder sb = new StringBuilder();
    for (char c = first; c <= last; c++) {
      sb.append(c);
    }
    return sb.toString();
  }
}
