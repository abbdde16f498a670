package voxpop.text;

/**
 * Character tests with fast paths for ASCII and Cyrillic, the letters of nearly every appeal; the
 * JDK's Unicode tables answer the rest, with the same answers as {@link Character}. Used by every
 * scanner of the text and screening stages. Thread-safe and stateless.
 */
public final class Letters {
  private Letters() {}

  /** As {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (c >= 0x400 && c <= 0x4FF) {
      return c <= 0x481 || c >= 0x48A;
    }
    return Character.isLetter(c);
  }

  /** As {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    return Character.isDigit(c);
  }

  /** As {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
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
