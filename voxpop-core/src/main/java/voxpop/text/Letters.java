package voxpop.text;

/**
 * Character tests with fast paths for ASCII and Cyrillic, the letters of nearly every appeal; the
 * JDK's Unicode tables answer the rest, with the same answers as {@link Character} (checked for
 * every char by a test). Used by every scanner of the text and screening stages. Thread-safe and
 * stateless.
 */
public final class Letters {
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;

  /**
   * The classes of {@code U+0000..U+04FF} (ASCII, Latin-1, Latin extended, Greek, Cyrillic) from
   * the JDK's tables, so that text mixing Cyrillic words with ASCII spaces and punctuation is
   * classified by one load from a table that stays in the L1 cache instead of by branches that
   * mispredict at every word boundary.
   */
  private static final byte[] CLASSES = classes(0x500);

  private Letters() {}

  private static byte[] classes(int n) {
    byte[] t = new byte[n];
    for (char c = 0; c < n; c++) {
      t[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0));
    }
    return t;
  }

  /** As {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return c < CLASSES.length ? (CLASSES[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** As {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    return c < CLASSES.length ? (CLASSES[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  /** As {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return c < CLASSES.length ? CLASSES[c] != 0 : Character.isLetterOrDigit(c);
  }

  /** As {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    // No white space below U+1680 besides ASCII (U+0085 and U+00A0 are not Java white space).
    return c >= 0x1680 && Character.isWhitespace(c);
  }

  /** Lower case, {@code ё} folded to {@code е}. */
  public static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= 0x410 && c <= 0x42F) {
      return (char) (c + 0x20);
    }
    if (c >= 0x430 && c <= 0x44F) {
      return c;
    }
    if (c == 'ё' || c == 'Ё') {
      return 'е';
    }
    if (c >= 0x400 && c <= 0x40F) {
      return (char) (c + 0x50);
    }
    return Character.toLowerCase(c);
  }
}
