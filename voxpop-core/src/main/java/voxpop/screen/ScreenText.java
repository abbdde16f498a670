package voxpop.screen;

import java.util.Arrays;
import java.util.List;

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
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int limit = contact < contacts.size() ? contacts.get(contact).start() : n;
      int start = i;
      while (i < limit) {
        char d = text.charAt(i);
        if (Character.isLetter(d)) {
          letters++;
        } else if (Character.isDigit(d)) {
          digits++;
        } else if (!(isMask(d) && i > start && isLetterOrMask(text.charAt(i - 1)))) {
          break;
        }
        i++;
      }
      add(start, i);
    }
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
      if (Character.isLetter(text.charAt(i))) {
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

  static boolean isMask(char c) {
    return c == '*' || c == '#' || c == '%' || c == '@' || c == '$';
  }

  private static boolean isLetterOrMask(char c) {
    return Character.isLetter(c) || isMask(c);
  }
}
