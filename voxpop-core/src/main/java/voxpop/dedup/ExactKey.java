package voxpop.dedup;

import voxpop.text.Letters;
import voxpop.util.Hashing;

/**
 * The exact-duplicate key of a question: its letters and digits, lower-cased, ё folded to е, words
 * separated by single spaces — so that case, punctuation, emoji and spacing do not make two copies
 * of one text differ. Hashed to 64 bits so the key never keeps the citizen's text. Thread-safe.
 */
public final class ExactKey {
  private ExactKey() {}

  /** The folded form (for tests and display of the rule). */
  public static String fold(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Letters.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(Letters.lower(c));
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  /**
   * The 64-bit key of {@code text}: {@code Hashing.hash64(fold(text))}, computed in one pass
   * without building the folded string (this runs once per question of a run).
   */
  public static long of(CharSequence text) {
    long h = Hashing.FNV_OFFSET;
    boolean space = false;
    boolean any = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Letters.isLetterOrDigit(c)) {
        if (space && any) {
          h = Hashing.fnvStep(h, ' ');
        }
        space = false;
        any = true;
        h = Hashing.fnvStep(h, Letters.lower(c));
      } else {
        space = true;
      }
    }
    return Hashing.finish(h);
  }
}
