package voxpop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number formatting shared by the writers. Stateless and thread-safe. */
final class Num {
  /** No-break space: groups digits as Russian typography does, without a line break inside. */
  static final char GROUP = '\u00a0';

  private Num() {}

  /**
   * {@code value} rounded half-up to {@code decimals} places, in plain notation with exactly that
   * many decimals ({@code 0.2034}); a non-finite value is written as zero so that the output stays
   * valid JSON.
   */
  static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      value = 0;
    }
    // BigDecimal.valueOf goes through the shortest decimal form, so 0.12345 rounds to 0.1235.
    String s = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return s.startsWith("-") && isZero(s) ? s.substring(1) : s;
  }

  /** A double in its shortest plain decimal form ({@code 0.35}, {@code 1.0}, {@code 0.00001}). */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    String shortest = Double.toString(value);
    if (shortest.indexOf('E') < 0) {
      return shortest;
    }
    BigDecimal exact = new BigDecimal(shortest).stripTrailingZeros();
    return (exact.scale() <= 0 ? exact.setScale(1) : exact).toPlainString();
  }

  /** An integer with groups of three digits ({@code 3 050 000}). */
  static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      sb.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      sb.append(GROUP).append(digits, i, i + 3);
    }
    return sb.toString();
  }

  /**
   * A share as a percentage with one decimal ({@code 20.3%}); a tiny non-zero share is {@code
   * <0.1%}.
   */
  static String percent(double share) {
    if (!Double.isFinite(share)) {
      share = 0;
    }
    if (share > 0 && share < 0.0005) {
      return "<0.1%";
    }
    return fixed(share * 100, 1) + "%";
  }

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static boolean isZero(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
