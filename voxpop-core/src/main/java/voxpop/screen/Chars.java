package voxpop.screen;

/**
 * Character tests with fast paths for ASCII and Cyrillic, the letters of nearly every appeal; the
 * JDK's Unicode tables answer the rest. Thread-safe and stateless.
 */
final class Chars {
  private Chars() {}

  static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (c >= 0x400 && c <= 0x4FF) {
      return c <= 0x481 || c >= 0x48A;
    }
    return Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    return Character.isDigit(c);
  }

  static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }

  static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    // No white space below U+1680 besides ASCII (U+0085 and U+00A0 are not Java white space).
    return c >= 0x1680 && Character.isWhitespace(c);
  }

  /** Lower case, {@code ё} folded to {@code е}. */
  static char lower(char c) {
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
