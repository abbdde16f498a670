package voxpop.screen;

import java.util.Arrays;
import java.util.List;
import voxpop.text.Letters;

/**
 * One text prepared for the screens in a single pass: its contact spans ({@link ContactFinder}) and
 * its words outside them. A word is a run of letters and digits, plus masking symbols ({@code * #
 * % @ $}) that follow a letter ({@code х*й}, {@code п@зда}, {@code f**k}). Not thread-safe; one per
 * text.
 */
final class ScreenText {
  final String text;
  final List<ContactFinder.Span> contacts;

  /** Word {@code k} is {@code text[starts[k], ends[k])}. */
  int[] starts = new int[32];

  int[] ends = new int[32];
  int words;
  int letters;
  int digits;

  /** The facts of each word ({@link WordFactsCache}), set by the screener. */
  WordFacts[] facts;

  private ScreenText(String text) {
    this.text = text;
    this.contacts = ContactFinder.find(text);
  }

  static ScreenText of(String text) {
    ScreenText t = new ScreenText(text);
    t.scanWords();
    return t;
  }

  private void scanWords() {
    int n = text.length();
    int contact = 0;
    int i = 0;
    while (i < n) {
      if (contact < contacts.size() && i >= contacts.get(contact).start()) {
        i = Math.max(i, contacts.get(contact).end());
        contact++;
        continue;
      }
      char c = text.charAt(i);
      if (!Letters.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int limit = contact < contacts.size() ? contacts.get(contact).start() : n;
      int start = i;
      while (i < limit) {
        char d = text.charAt(i);
        if (Letters.isLetter(d)) {
          letters++;
        } else if (Letters.isDigit(d)) {
          digits++;
        } else if (!(isMask(d) && i > start && isLetterOrMask(text.charAt(i - 1)))
            && !(isInnerDot(d) && hidesLetter(i, start, limit))) {
          break;
        }
        i++;
      }
      add(start, trimTrailingMasks(start, i));
    }
  }

  /**
   * Masks that end a word hide letters only in a short stub ({@code х**}, {@code б***}); after a
   * longer word they are emphasis ({@code *kisses*}, {@code *sighs*}) and not part of it.
   */
  private int trimTrailingMasks(int start, int end) {
    int e = end;
    while (e > start && isMask(text.charAt(e - 1))) {
      e--;
    }
    if (e == end) {
      return end;
    }
    int stub = 0;
    for (int k = start; k < e; k++) {
      if (Letters.isLetter(text.charAt(k))) {
        stub++;
      }
    }
    return stub <= 2 ? end : e;
  }

  private void add(int start, int end) {
    if (words == starts.length) {
      starts = Arrays.copyOf(starts, words * 2);
      ends = Arrays.copyOf(ends, words * 2);
    }
    starts[words] = start;
    ends[words] = end;
    words++;
  }

  /** The number of letters in word {@code k}. */
  int lettersOf(int k) {
    int count = 0;
    for (int i = starts[k]; i < ends[k]; i++) {
      if (Letters.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  boolean hasContact(ContactFinder.Kind kind) {
    for (ContactFinder.Span s : contacts) {
      if (s.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * An ellipsis between short Cyrillic letter runs hides letters ({@code дер…мо}, {@code г…но});
   * between longer words, or between Latin ones ({@code No…but}, {@code K…k}), it is a missing
   * space or a pause.
   */
  private boolean hidesLetter(int i, int start, int limit) {
    int before = i - start;
    int after = 0;
    while (i + 1 + after < limit && Letters.isLetter(text.charAt(i + 1 + after))) {
      after++;
    }
    return before >= 1
        && before <= 4
        && after >= 1
        && after <= 3
        && isCyrillic(text.charAt(i - 1))
        && isCyrillic(text.charAt(i + 1));
  }

  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04ff';
  }

  private static boolean isInnerDot(char c) {
    return c == '…';
  }

  static boolean isMask(char c) {
    return c == '*' || c == '#' || c == '%' || c == '@' || c == '$';
  }

  private static boolean isLetterOrMask(char c) {
    return Letters.isLetter(c) || isMask(c);
  }
}
