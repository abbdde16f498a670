package voxpop.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Finds where an explicit marker opens a new question: numbered items and phrases such as "И ещё
 * вопрос". Thread-safe and stateless.
 */
final class Markers {
  private static final int MAX_ITEM = 20;

  private Markers() {}

  /**
   * Positions (ascending) where a marker starts and some letter precedes it, so that a cut there
   * leaves text on both sides.
   */
  static List<Integer> find(String text, Structure st) {
    TreeSet<Integer> out = new TreeSet<>();
    numbered(text, st, out);
    phrases(text, st, out);
    List<Integer> result = new ArrayList<>(out.size());
    for (int p : out) {
      if (hasLetterBefore(text, p)) {
        result.add(p);
      }
    }
    return result;
  }

  /** A chain 1, 2, 3 … of "N)" anywhere or "N." at line or sentence starts; cut at items ≥ 2. */
  private static void numbered(String text, Structure st, TreeSet<Integer> out) {
    int n = text.length();
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9' || (i > 0 && !isItemStart(text, i))) {
        continue;
      }
      int j = i;
      int value = 0;
      while (j < n && j - i < 2 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
        value = value * 10 + (text.charAt(j) - '0');
        j++;
      }
      if (j >= n || value < 1 || value > MAX_ITEM || !st.isFree(j)) {
        continue;
      }
      char term = text.charAt(j);
      boolean followedBySpace = j + 1 < n && Character.isWhitespace(text.charAt(j + 1));
      if (term == ')' && followedBySpace) {
        candidates.add(new int[] {i, value});
      } else if (term == '.' && followedBySpace && atSentenceStart(text, i)) {
        candidates.add(new int[] {i, value});
      }
      i = j;
    }
    int expected = 1;
    List<int[]> chain = new ArrayList<>();
    for (int[] cand : candidates) {
      if (cand[1] == expected) {
        chain.add(cand);
        expected++;
      } else if (cand[1] == 1) {
        flushChain(chain, out);
        chain.clear();
        chain.add(cand);
        expected = 2;
      }
    }
    flushChain(chain, out);
  }

  private static void flushChain(List<int[]> chain, TreeSet<Integer> out) {
    if (chain.size() < 2) {
      return;
    }
    for (int k = 1; k < chain.size(); k++) {
      out.add(chain.get(k)[0]);
    }
  }

  private static boolean isItemStart(String text, int i) {
    char prev = text.charAt(i - 1);
    return Character.isWhitespace(prev) || prev == ':' || prev == ';' || prev == ',';
  }

  /** At the text start, after a line break, or after a sentence end and a space. */
  private static boolean atSentenceStart(String text, int i) {
    int k = i - 1;
    boolean sawSpace = false;
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\n')) {
      if (text.charAt(k) == '\n') {
        return true;
      }
      sawSpace = true;
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = text.charAt(k);
    return sawSpace && (c == '.' || c == '?' || c == '!' || c == '…' || c == ':' || c == ';');
  }

  private static void phrases(String text, Structure st, TreeSet<Integer> out) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    boolean[] covered = new boolean[lower.length() + 1];
    for (String m : QuestionSplitter.strongMarkers()) {
      mark(lower, m, false, st, covered, out);
    }
    for (String m : QuestionSplitter.sentenceMarkers()) {
      mark(lower, m, true, st, covered, out);
    }
  }

  /** Adds each match of {@code m} not inside an earlier (longer) match. */
  private static void mark(
      String lower,
      String m,
      boolean sentenceStartOnly,
      Structure st,
      boolean[] covered,
      TreeSet<Integer> out) {
    for (int at = lower.indexOf(m); at >= 0; at = lower.indexOf(m, at + 1)) {
      if (covered[at]
          || !isWordBoundary(lower, at, at + m.length())
          || (sentenceStartOnly && !atSentenceStart(lower, at))
          || !st.isFree(at)) {
        continue;
      }
      out.add(at);
      for (int k = at; k < at + m.length(); k++) {
        covered[k] = true;
      }
    }
  }

  private static boolean isWordBoundary(String s, int from, int to) {
    boolean left = from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1));
    boolean right =
        to >= s.length()
            || !Character.isLetterOrDigit(s.charAt(to))
            || !Character.isLetterOrDigit(s.charAt(to - 1));
    return left && right;
  }

  private static boolean hasLetterBefore(String text, int p) {
    for (int i = 0; i < p; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
