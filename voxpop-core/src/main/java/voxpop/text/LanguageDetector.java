package voxpop.text;

import voxpop.model.Language;

/**
 * Tells Russian, Ukrainian and English apart, fast enough for millions of short texts (one scan, no
 * allocation; lingua was measured here at ~11k lines/s and 1.3 GB).
 *
 * <p>The evidence, in one pass over at most the first {@value #MAX_SCAN} characters:
 *
 * <ul>
 *   <li>script counts: Cyrillic, Latin, Latin with diacritics, other scripts;
 *   <li>letters that only one of the two Cyrillic languages has: Ukrainian {@code і ї є ґ} (and a
 *       Latin {@code i} typed inside a Cyrillic word, a common Ukrainian keyboard habit); Russian
 *       {@code ы э ъ ё};
 *   <li>frequent function words that only one language uses ({@code почему, когда, что} against
 *       {@code чому, коли, що}; {@code the, and, is}; a few German, French, Spanish and
 *       transliterated Russian words that mark Latin text as not English).
 * </ul>
 *
 * Cyrillic text defaults to Russian, Latin text to English; text without letters, in another
 * script, or in another Cyrillic language (Belarusian {@code ў}, Kazakh, Serbian letters) is {@link
 * Language#OTHER}. Accuracy on the real sets is in {@code docs/screening.md}. Thread-safe and
 * stateless.
 */
public final class LanguageDetector {
  /** A decision from the first few hundred words is as good as one from the whole text. */
  static final int MAX_SCAN = 2000;

  private LanguageDetector() {}

  /**
   * Detects the language of a text.
   *
   * @param text any text, normalised or not; {@code null} is {@link Language#OTHER}
   * @return {@code RU}, {@code UK}, {@code EN} or {@code OTHER}
   */
  public static Language detect(CharSequence text) {
    if (text == null) {
      return Language.OTHER;
    }
    int n = Math.min(text.length(), MAX_SCAN);
    Language byLetters = byLettersAlone(text, n);
    return byLetters != null ? byLetters : byLettersAndWords(text, n);
  }

  /**
   * The cheap first pass: when a Cyrillic text has two or more letters of only one of the two
   * languages (Ukrainian has no ы э ъ ё; Russian no і ї є ґ), the words need not be read.
   *
   * @return the language, or null when the words must decide
   */
  private static Language byLettersAlone(CharSequence text, int n) {
    int cyr = 0;
    int uk = 0;
    int ru = 0;
    int rest = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x430 && c <= 0x44F) {
        cyr++;
        if (c == 'ы' || c == 'э' || c == 'ъ') {
          ru++;
        }
      } else if (c >= 0x410 && c <= 0x42F) {
        cyr++;
        if (c == 'Ы' || c == 'Э' || c == 'Ъ') {
          ru++;
        }
      } else if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є'
          || c == 'Ґ') {
        cyr++;
        uk++;
      } else if (c == 'ё' || c == 'Ё') {
        cyr++;
        ru++;
      } else if (c <= 0x7F ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        // Latin, other scripts, other Cyrillic letters: let the full pass weigh them.
        rest++;
      }
    }
    if (rest > 0 || cyr == 0) {
      return null;
    }
    if (ru >= 2 && uk == 0) {
      return Language.RU;
    }
    if (uk >= 2 && ru == 0) {
      return Language.UK;
    }
    return null;
  }

  private static Language byLettersAndWords(CharSequence text, int n) {
    int cyr = 0;
    int lat = 0;
    int latDiacritic = 0;
    int other = 0;
    int ukLetters = 0;
    int ruLetters = 0;
    int otherCyr = 0;
    int belarusianU = 0;
    int ukWords = 0;
    int ruWords = 0;
    int enWords = 0;
    int foreignWords = 0;
    long key = 0;
    int keyLen = 0;
    boolean wordHasCyr = false;
    int pendingLatinI = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      int code = FunctionWords.code(c);
      if (code != 0) {
        if (keyLen < FunctionWords.MAX_LEN) {
          key = (key << 7) | code;
        }
        keyLen++;
      }
      if (c >= 0x400 && c <= 0x4FF) {
        cyr++;
        wordHasCyr = true;
        switch (c) {
          case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> ukLetters++;
          case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> ruLetters++;
          case 'ў', 'Ў' -> {
            otherCyr++;
            belarusianU++;
          }
          default -> {
            if (!isRussianOrUkrainian(c)) {
              otherCyr++;
            }
          }
        }
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        lat++;
        if (c == 'i' || c == 'I') {
          pendingLatinI++;
        }
      } else if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) {
        lat++;
        latDiacritic++;
      } else if (c == '\'' || c == '’' || c == 'ʼ' || c == '-') {
        continue;
      } else if (Character.isLetter(c)) {
        other++;
      } else if (!Letters.isDigit(c)) {
        // End of a word: look it up, and credit Latin i's typed inside a Cyrillic word.
        if (keyLen > 0 && keyLen <= FunctionWords.MAX_LEN) {
          int mask = FunctionWords.lookup(key);
          ruWords += mask & 1;
          ukWords += (mask >> 1) & 1;
          enWords += (mask >> 2) & 1;
          foreignWords += (mask >> 3) & 1;
        }
        if (wordHasCyr) {
          ukLetters += pendingLatinI;
        }
        key = 0;
        keyLen = 0;
        wordHasCyr = false;
        pendingLatinI = 0;
      }
    }
    int letters = cyr + lat + other;
    if (letters == 0 || other * 2 > letters) {
      return Language.OTHER;
    }
    if (cyr >= lat) {
      int uk = 2 * ukLetters + 4 * ukWords;
      int ru = 3 * ruLetters + 4 * ruWords;
      // Belarusian writes і like Ukrainian and ы, э like Russian, and has ў.
      boolean belarusian = belarusianU > 0 && ukLetters > 0 && ruLetters > 0;
      if (belarusian || otherCyr * 3 > Math.max(uk + ru, 2)) {
        return Language.OTHER;
      }
      return uk > ru ? Language.UK : Language.RU;
    }
    int en = 2 * enWords;
    int foreign = 2 * foreignWords + latDiacritic;
    return foreign >= 2 && foreign > en ? Language.OTHER : Language.EN;
  }

  /** The letters of the Russian and Ukrainian alphabets; other Cyrillic letters mark OTHER. */
  private static boolean isRussianOrUkrainian(char c) {
    return (c >= 0x410 && c <= 0x44F)
        || c == 0x401
        || c == 0x451
        || c == 0x404
        || c == 0x454
        || c == 0x406
        || c == 0x456
        || c == 0x407
        || c == 0x457
        || c == 0x490
        || c == 0x491;
  }
}
