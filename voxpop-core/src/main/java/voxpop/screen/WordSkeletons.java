package voxpop.screen;

import java.util.Arrays;

/**
 * The skeletons ({@link Skeleton}, double letters kept) of all words of a {@link ScreenText}, in
 * one buffer, for phrase matching. Not thread-safe; one per text.
 */
final class WordSkeletons {
  char[] chars;
  int[] off;
  int[] len;
  boolean[] number;
  int count;

  WordSkeletons(ScreenText t) {
    count = t.words;
    off = new int[count];
    len = new int[count];
    number = new boolean[count];
    chars = new char[Math.max(16, t.text.length())];
    Skeleton sk = new Skeleton();
    int at = 0;
    for (int k = 0; k < count; k++) {
      int s = t.starts[k];
      int e = t.ends[k];
      boolean digitsOnly = true;
      for (int i = s; i < e; i++) {
        if (!Character.isDigit(t.text.charAt(i))) {
          digitsOnly = false;
          break;
        }
      }
      number[k] = digitsOnly;
      if (digitsOnly) {
        sk.length = 0;
        for (int i = s; i < e; i++) {
          if (sk.chars.length <= sk.length) {
            sk.chars = Arrays.copyOf(sk.chars, sk.length * 2 + 8);
          }
          sk.chars[sk.length++] = t.text.charAt(i);
        }
      } else {
        sk.of(t.text, s, e, false, false);
      }
      if (at + sk.length > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + sk.length));
      }
      System.arraycopy(sk.chars, 0, chars, at, sk.length);
      off[k] = at;
      len[k] = sk.length;
      at += sk.length;
    }
  }

  /**
   * Whether word {@code k} matches a phrase word pattern ({@code word}, {@code pre*}, {@code #}).
   */
  boolean matches(int k, String pattern) {
    if (pattern.equals("#")) {
      return number[k];
    }
    boolean prefix = pattern.endsWith("*");
    int pl = prefix ? pattern.length() - 1 : pattern.length();
    if (prefix ? len[k] < pl : len[k] != pl) {
      return false;
    }
    for (int i = 0; i < pl; i++) {
      if (chars[off[k] + i] != pattern.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Word {@code k}'s skeleton as a string (for tests and diagnostics). */
  String word(int k) {
    return new String(chars, off[k], len[k]);
  }
}
