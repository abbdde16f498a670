package voxpop.screen;

/**
 * The comparable form of a word for lexicon matching, undoing the usual disguises: lower case,
 * {@code ё} as {@code е}; inside a Cyrillic word Latin look-alikes and digits become the Cyrillic
 * letters they imitate ({@code xуй}, {@code п3да}, {@code 6лять}, {@code п@зда}); inside a Latin
 * word {@code @ $ 0 1} become {@code a s o i}; other masking symbols ({@code * # %}) become {@code
 * *}, a wildcard for one letter. Not thread-safe: one instance per thread or per call.
 */
final class Skeleton {
  /** Latin letters that look like Cyrillic ones, index by {@code c - 'a'}; 0 where none does. */
  private static final char[] LATIN_TO_CYRILLIC = new char[26];

  static {
    String pairs = "aаbвcсeеkкmмoоpрxхyуuиhнtтnп";
    for (int i = 0; i < pairs.length(); i += 2) {
      LATIN_TO_CYRILLIC[pairs.charAt(i) - 'a'] = pairs.charAt(i + 1);
    }
  }

  char[] chars = new char[64];
  int length;
  boolean cyrillic;
  boolean latin;
  boolean wildcard;

  /** Whether the last word built held a masking symbol ({@code * # % @ $}). */
  boolean masked;

  /** True when every letter is Latin and looks like a Cyrillic one ({@code cyka}, {@code xyu}). */
  boolean allLookalikes;

  /**
   * Builds the skeleton of {@code text[from, to)}.
   *
   * @param collapseAll merge every run of one letter, not only runs of three and more
   * @param forceCyrillic read Latin look-alikes as Cyrillic even in a word without Cyrillic
   */
  Skeleton of(CharSequence text, int from, int to, boolean collapseAll, boolean forceCyrillic) {
    return of(text, from, to, collapseAll, forceCyrillic, false);
  }

  /**
   * As {@link #of(CharSequence, int, int, boolean, boolean)}; with {@code symbolsAsWildcards} every
   * masking symbol ({@code @ $} too) is a wildcard: {@code п@зда} hides an {@code и}.
   */
  Skeleton of(
      CharSequence text,
      int from,
      int to,
      boolean collapseAll,
      boolean forceCyrillic,
      boolean symbolsAsWildcards) {
    int n = to - from;
    if (chars.length < n) {
      chars = new char[n * 2];
    }
    cyrillic = false;
    latin = false;
    wildcard = false;
    masked = false;
    int lookalikes = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x400 && c <= 0x4FF) {
        cyrillic = true;
        letters++;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin = true;
        letters++;
        if (LATIN_TO_CYRILLIC[Character.toLowerCase(c) - 'a'] != 0) {
          lookalikes++;
        }
      }
    }
    allLookalikes = !cyrillic && letters > 0 && lookalikes == letters;
    boolean toCyrillic = cyrillic || (forceCyrillic && allLookalikes);
    int len = 0;
    for (int i = from; i < to; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      masked |= ScreenText.isMask(c) || c == '…';
      char m = c;
      if (c == 'ё') {
        m = 'е';
      } else if (symbolsAsWildcards && ScreenText.isMask(c)) {
        m = '*';
      } else if (toCyrillic) {
        if (c >= 'a' && c <= 'z') {
          char k = LATIN_TO_CYRILLIC[c - 'a'];
          m = k != 0 ? k : c;
        } else {
          m =
              switch (c) {
                case '0' -> 'о';
                case '3' -> 'з';
                case '4' -> 'ч';
                case '6' -> 'б';
                case '@' -> 'а';
                case '$' -> 'с';
                default -> c;
              };
        }
      } else {
        m =
            switch (c) {
              case '@' -> 'a';
              case '$' -> 's';
              case '0' -> 'o';
              case '1', '!' -> 'i';
              default -> c;
            };
      }
      if (m == '*' || m == '#' || m == '%' || m == '…') {
        m = '*';
        wildcard = true;
      }
      chars[len++] = m;
    }
    length = collapse(chars, len, collapseAll);
    return this;
  }

  /** Merges runs of one letter: all runs, or only runs of three and more ({@code хууууй}). */
  static int collapse(char[] b, int len, boolean all) {
    int out = 0;
    int i = 0;
    while (i < len) {
      char c = b[i];
      int j = i;
      while (j < len && b[j] == c) {
        j++;
      }
      int run = j - i;
      int keep = c == '*' ? run : (all || run >= 3) ? 1 : run;
      for (int k = 0; k < keep; k++) {
        b[out++] = c;
      }
      i = j;
    }
    return out;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
