package voxpop.screen;

/**
 * How likely a letter is in Russian and in English running text (approximate textbook frequencies),
 * as log2 probabilities. Random letter junk ({@code цюигдысчыж}) uses rare letters far more often
 * than words do, so its average log-probability per letter is lower. Thread-safe: constant tables.
 */
final class LetterFrequencies {
  private static final String RUSSIAN = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъ";
  private static final double[] RUSSIAN_PERCENT = {
    10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62,
    2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32,
    0.26, 0.04
  };
  private static final String ENGLISH = "etaoinshrdlcumwfgypbvkjxqz";
  private static final double[] ENGLISH_PERCENT = {
    12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9,
    1.5, 0.98, 0.77, 0.15, 0.15, 0.095, 0.074
  };

  /** log2 probability by Cyrillic letter ({@code c - 0x430}), or 0 where unknown. */
  private static final double[] CYRILLIC_LOG = new double[32];

  private static final double[] LATIN_LOG = new double[26];

  static {
    for (int i = 0; i < RUSSIAN.length(); i++) {
      CYRILLIC_LOG[RUSSIAN.charAt(i) - 0x430] = log2(RUSSIAN_PERCENT[i] / 100);
    }
    for (int i = 0; i < ENGLISH.length(); i++) {
      LATIN_LOG[ENGLISH.charAt(i) - 'a'] = log2(ENGLISH_PERCENT[i] / 100);
    }
  }

  private LetterFrequencies() {}

  /**
   * The log2 probability of a lower-case letter in its language, or {@link Double#NaN} for a letter
   * of neither table ({@code ё} is read as {@code е}).
   */
  static double log2p(char c) {
    if (c >= 0x430 && c <= 0x44F) {
      return CYRILLIC_LOG[c - 0x430];
    }
    if (c == 'ё') {
      return CYRILLIC_LOG['е' - 0x430];
    }
    if (c >= 'a' && c <= 'z') {
      return LATIN_LOG[c - 'a'];
    }
    return Double.NaN;
  }

  private static double log2(double p) {
    return Math.log(p) / Math.log(2);
  }
}
