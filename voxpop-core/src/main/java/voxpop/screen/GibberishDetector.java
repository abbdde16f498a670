package voxpop.screen;

/**
 * Finds keyboard mashes and letter junk. A word is junk when it runs along a keyboard row ({@code
 * ывапр}, {@code qwerty}), repeats a short chunk ({@code фывафыва}, {@code jkjkjk}), has five
 * letters or more and no vowel (upper-case abbreviations such as {@code НДФЛ} excepted), six
 * consonants in a row, a letter pair no Russian word has ({@code ь} after a vowel, a word starting
 * with {@code ъ}), or Latin and Cyrillic letters mixed beyond look-alikes. A text is gibberish when
 * junk words hold at least {@code gibberishShare} of its letters, or when it has no word of two
 * letters at all. Thread-safe and stateless.
 */
final class GibberishDetector {
  /** The outcome: the reason, or null when the text is not gibberish. */
  static String reason(ScreenText t, double share) {
    if (t.letters == 0 || longestWord(t) < 2) {
      return "gibberish.no_words";
    }
    int keyboard = 0;
    int random = 0;
    for (int k = 0; k < t.words; k++) {
      int kind = junk(t.text, t.starts[k], t.ends[k]);
      int letters = kind == 0 ? 0 : t.lettersOf(k);
      if (kind == KEYBOARD) {
        keyboard += letters;
      } else if (kind == RANDOM) {
        random += letters;
      }
    }
    if (keyboard + random >= share * t.letters) {
      return keyboard >= random ? "gibberish.keyboard" : "gibberish.random";
    }
    return null;
  }

  static final int KEYBOARD = 1;
  static final int RANDOM = 2;

  private static final String[] ROWS = {
    "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "qwertyuiop", "asdfghjkl", "zxcvbnm"
  };
  private static final int[] ROW_OF = new int[0x500];
  private static final int[] COL_OF = new int[0x500];

  static {
    for (int r = 0; r < ROWS.length; r++) {
      for (int c = 0; c < ROWS[r].length(); c++) {
        ROW_OF[ROWS[r].charAt(c)] = r + 1;
        COL_OF[ROWS[r].charAt(c)] = c;
      }
    }
  }

  private GibberishDetector() {}

  private static int longestWord(ScreenText t) {
    int best = 0;
    for (int k = 0; k < t.words; k++) {
      best = Math.max(best, t.lettersOf(k));
    }
    return best;
  }

  /** {@link #KEYBOARD}, {@link #RANDOM} or 0 for one word {@code text[from, to)}. */
  static int junk(String text, int from, int to) {
    int n = to - from;
    if (n < 4) {
      return 0;
    }
    char[] w = new char[n];
    int len = 0;
    boolean upper = true;
    boolean cyr = false;
    boolean lat = false;
    boolean foreignLatin = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      upper &= Character.isUpperCase(c);
      char l = Character.toLowerCase(c);
      if (l == 'ё') {
        l = 'е';
      }
      if (l >= 0x400 && l <= 0x4FF) {
        cyr = true;
      } else if (l >= 'a' && l <= 'z') {
        lat = true;
        foreignLatin |= "aceopxykmhtbun".indexOf(l) < 0;
      }
      w[len++] = l;
    }
    if (len < 4) {
      return 0;
    }
    if (rowRun(w, len) >= 5 || repeatsChunk(w, len)) {
      return KEYBOARD;
    }
    if (cyr && lat && foreignLatin) {
      return RANDOM;
    }
    int vowels = 0;
    int run = 0;
    int maxRun = 0;
    for (int i = 0; i < len; i++) {
      if (isVowel(w[i])) {
        vowels++;
        run = 0;
      } else if (Character.isLetter(w[i])) {
        run++;
        maxRun = Math.max(maxRun, run);
      }
    }
    if (vowels == 0 && len >= 5 && !(upper && len <= 6)) {
      return RANDOM;
    }
    if (maxRun >= 6 || (cyr && impossiblePair(w, len))) {
      return RANDOM;
    }
    return 0;
  }

  /** The longest run of letters that are neighbours on one keyboard row, in one direction. */
  private static int rowRun(char[] w, int len) {
    int best = 1;
    int run = 1;
    int dir = 0;
    for (int i = 1; i < len; i++) {
      char a = w[i - 1];
      char b = w[i];
      int d = 0;
      if (a < 0x500 && b < 0x500 && ROW_OF[a] != 0 && ROW_OF[a] == ROW_OF[b]) {
        d = COL_OF[b] - COL_OF[a];
      }
      if ((d == 1 || d == -1) && (run == 1 || d == dir)) {
        run++;
        dir = d;
      } else if (d == 1 || d == -1) {
        run = 2;
        dir = d;
      } else {
        run = 1;
      }
      best = Math.max(best, run);
    }
    return best;
  }

  /** The word is a chunk of 2–4 letters said again and again ({@code хахаха}, {@code фывафыва}). */
  private static boolean repeatsChunk(char[] w, int len) {
    if (len < 6) {
      return false;
    }
    for (int unit = 1; unit <= 4; unit++) {
      int repeats = len / unit;
      if (repeats < (unit <= 2 ? 3 : 2)) {
        continue;
      }
      boolean same = true;
      for (int i = unit; i < len && same; i++) {
        same = w[i] == w[i % unit];
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /**
   * A letter pair no Russian or Ukrainian word has: ь or ъ after a vowel, й or ь; ь, ъ, ы first.
   */
  private static boolean impossiblePair(char[] w, int len) {
    char first = w[0];
    if (first == 'ь' || first == 'ъ' || first == 'ы') {
      return true;
    }
    for (int i = 1; i < len; i++) {
      char b = w[i];
      if (b == 'ь' || b == 'ъ') {
        char a = w[i - 1];
        if (isVowel(a) || a == 'ь' || a == 'ъ' || a == 'й') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return switch (c) {
      case 'а',
          'е',
          'и',
          'о',
          'у',
          'ы',
          'э',
          'ю',
          'я',
          'і',
          'ї',
          'є',
          'a',
          'e',
          'i',
          'o',
          'u',
          'y' ->
          true;
      default -> false;
    };
  }
}
