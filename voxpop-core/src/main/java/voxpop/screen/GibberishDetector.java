package voxpop.screen;

import java.util.Set;

/**
 * Finds keyboard mashes and letter junk. A word is junk when it
 *
 * <ul>
 *   <li>runs along a keyboard row ({@code ывапр}, {@code qwerty}: five letters, or a whole word of
 *       four such as {@code итьб}) or repeats a short chunk ({@code фывафыва}, {@code jkjkjk},
 *       {@code нннн}) — {@code keyboard};
 *   <li>has three letters or more and no vowel (listed abbreviations such as {@code жкх}, {@code
 *       ндфл} excepted), six consonants in a row, a letter pair no Russian word has ({@code ь}
 *       after a vowel, a word starting with {@code ъ}), Latin and Cyrillic letters mixed beyond
 *       look-alikes, or letters so rare in its language that their average log-probability falls
 *       below a threshold ({@value #WORD_LOG2P} bits for ten letters and more, lower for shorter
 *       words; {@code цюигдысчыж}) — {@code random}.
 * </ul>
 *
 * A text is gibberish when junk words hold at least {@code gibberishShare} of its letters, when its
 * letters as a whole are that improbable ({@value #TEXT_LOG2P} bits on average over eight letters
 * or more), or when it has no word of two letters at all ({@code no_words}). The letter tables are
 * textbook frequencies ({@link LetterFrequencies}); on the Kursk appeals 1% of the words of five
 * letters or more fall below the word threshold, against 71% of uniformly random strings.
 * Thread-safe and immutable.
 */
final class GibberishDetector {
  static final int KEYBOARD = 1;
  static final int RANDOM = 2;

  static final double WORD_LOG2P = -5.45;
  static final double TEXT_LOG2P = -5.5;

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

  private final Set<String> abbreviations;

  /**
   * @param abbreviations lower-case abbreviations without vowels that are never junk
   */
  GibberishDetector(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The reason when the text is gibberish, or null; {@code facts} are its words' facts. */
  String reason(ScreenText t, WordFacts[] facts, double share) {
    int longest = 0;
    int keyboard = 0;
    int random = 0;
    int junkWords = 0;
    double logSum = 0;
    int logLetters = 0;
    for (WordFacts f : facts) {
      longest = Math.max(longest, f.letters);
      logSum += f.logSum;
      logLetters += f.logLetters;
      if (f.junk == KEYBOARD) {
        keyboard += f.letters;
        junkWords++;
      } else if (f.junk == RANDOM) {
        random += f.letters;
        junkWords++;
      }
    }
    if (t.letters == 0 || longest < 2) {
      return "gibberish.no_words";
    }
    // One mistyped word among real ones ("Надо отментиь ЕГЭ") is a typo, not gibberish.
    if (keyboard + random >= share * t.letters && (junkWords >= 2 || t.words <= 2)) {
      return keyboard >= random ? "gibberish.keyboard" : "gibberish.random";
    }
    if (logLetters >= 10 && logSum / logLetters < TEXT_LOG2P) {
      return "gibberish.random";
    }
    return null;
  }

  /** {@link #KEYBOARD}, {@link #RANDOM} or 0 for one word of {@code len} lower-case letters. */
  int junk(char[] w, int len) {
    if (len < 3) {
      return 0;
    }
    int run = rowRun(w, len);
    if (run >= 5 || (len >= 4 && run == len) || repeatsChunk(w, len)) {
      return KEYBOARD;
    }
    boolean cyr = false;
    boolean lat = false;
    boolean foreignLatin = false;
    int vowels = 0;
    int consonants = 0;
    int maxConsonants = 0;
    for (int i = 0; i < len; i++) {
      char c = w[i];
      if (c >= 0x400 && c <= 0x4FF) {
        cyr = true;
      } else if (c >= 'a' && c <= 'z') {
        lat = true;
        foreignLatin |= "aceopxykmhtbun".indexOf(c) < 0;
      }
      if (isVowel(c)) {
        vowels++;
        consonants = 0;
      } else if (c != 'ь' && c != 'ъ') {
        consonants++;
        maxConsonants = Math.max(maxConsonants, consonants);
      }
    }
    if (cyr && lat && foreignLatin) {
      return RANDOM;
    }
    if (vowels == 0 && !abbreviations.contains(new String(w, 0, len))) {
      return RANDOM;
    }
    if (maxConsonants >= 6 || (cyr && impossiblePair(w, len))) {
      return RANDOM;
    }
    if (len >= 5 && averageLog2p(w, len) < wordThreshold(len)) {
      return RANDOM;
    }
    return 0;
  }

  /**
   * The average log2 letter probability below which a word of {@code len} letters is junk: the 0.2%
   * quantile of real words of that length in the Russian sets (kursk, troitsk, paradetox), rounded;
   * shorter words vary more, so their threshold is lower.
   */
  static double wordThreshold(int len) {
    return switch (len) {
      case 5 -> -5.9;
      case 6 -> -5.75;
      case 7 -> -5.6;
      case 8 -> -5.55;
      case 9 -> -5.5;
      default -> WORD_LOG2P;
    };
  }

  private static double averageLog2p(char[] w, int len) {
    double s = 0;
    int n = 0;
    for (int i = 0; i < len; i++) {
      double l = LetterFrequencies.log2p(w[i]);
      if (!Double.isNaN(l)) {
        s += l;
        n++;
      }
    }
    return n == 0 ? 0 : s / n;
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

  /** One letter four times or more, or a chunk of 2–4 letters again and again. */
  private static boolean repeatsChunk(char[] w, int len) {
    for (int unit = 1; unit <= 4; unit++) {
      int minRepeats = unit == 1 ? 4 : unit == 2 ? 3 : 2;
      if (len / unit < minRepeats || (unit > 1 && len < 6)) {
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
