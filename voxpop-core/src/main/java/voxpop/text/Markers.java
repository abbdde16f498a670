package voxpop.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    return Letters.isWhitespace(prev) || prev == ':' || prev == ';' || prev == ',';
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

  /** Marker phrases by their first word, longest first; whether each needs a sentence start. */
  private static final Map<String, List<Marker>> BY_FIRST_WORD = index();

  private record Marker(String phrase, boolean sentenceStartOnly) {}

  /** The first letters and longest first word of any marker: most words are rejected by these. */
  private static final String FIRST_LETTERS = firstLetters();

  private static final int MAX_FIRST_WORD =
      BY_FIRST_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);

  private static String firstLetters() {
    StringBuilder b = new StringBuilder();
    for (String w : BY_FIRST_WORD.keySet()) {
      if (b.indexOf(w.substring(0, 1)) < 0) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static Map<String, List<Marker>> index() {
    Map<String, List<Marker>> map = new HashMap<>();
    for (String m : QuestionSplitter.strongMarkers()) {
      map.computeIfAbsent(firstWord(m), k -> new ArrayList<>()).add(new Marker(m, false));
    }
    for (String m : QuestionSplitter.sentenceMarkers()) {
      map.computeIfAbsent(firstWord(m), k -> new ArrayList<>()).add(new Marker(m, true));
    }
    for (List<Marker> l : map.values()) {
      l.sort((x, y) -> Integer.compare(y.phrase.length(), x.phrase.length()));
    }
    return Map.copyOf(map);
  }

  private static String firstWord(String phrase) {
    int end = 0;
    while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
      end++;
    }
    return phrase.substring(0, end);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '-';
  }

  /** Marker phrases: one pass over the words, a phrase check only where a first word matches. */
  private static void phrases(String text, Structure st, TreeSet<Integer> out) {
    int n = text.length();
    String lower = null;
    int coveredUntil = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Letters.isLetter(c) || (i > 0 && Letters.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && (Letters.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
      if (i >= coveredUntil
          && end - i <= MAX_FIRST_WORD
          && FIRST_LETTERS.indexOf(Letters.lower(c)) >= 0) {
        if (lower == null) {
          lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        }
        List<Marker> markers = BY_FIRST_WORD.get(lower.substring(i, end));
        if (markers != null) {
          for (Marker m : markers) {
            int to = i + m.phrase.length();
            if (lower.startsWith(m.phrase, i)
                && isWordBoundary(lower, i, to)
                && (!m.sentenceStartOnly || atSentenceStart(lower, i))
                && st.isFree(i)) {
              out.add(i);
              coveredUntil = to;
              break;
            }
          }
        }
      }
      i = Math.max(end, i + 1);
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
