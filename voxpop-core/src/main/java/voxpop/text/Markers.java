package voxpop.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds where an explicit marker opens a new question: numbered items, phrases such as "И ещё
 * вопрос", and the sentence by which a call-centre operator reports one more question ("Также
 * интересуется, …", "Также заявитель спрашивает, …", "Кроме того, просит …"). Thread-safe and
 * stateless.
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
    reported(text, st, out);
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
      int value = itemValueAt(text, i);
      if (value == 0) {
        continue;
      }
      int j = value >= 10 || text.charAt(i) == '0' ? i + 2 : i + 1;
      if (!st.isFree(j)) {
        continue;
      }
      if (text.charAt(j) == ')' || atSentenceStart(text, i)) {
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

  /**
   * The number (1 to {@value #MAX_ITEM}) of an item written at {@code i} as {@code N)} or {@code
   * N.} followed by white space, at the text start or after white space, {@code :}, {@code ;} or
   * {@code ,}; 0 when none starts there. Brackets and sentence starts are not looked at.
   */
  private static int itemValueAt(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c < '0' || c > '9' || (i > 0 && !isItemStart(text, i))) {
      return 0;
    }
    int j = i;
    int value = 0;
    while (j < n && j - i < 2 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      value = value * 10 + (text.charAt(j) - '0');
      j++;
    }
    if (j + 1 >= n || value < 1 || value > MAX_ITEM) {
      return 0;
    }
    char term = text.charAt(j);
    boolean item = (term == ')' || term == '.') && Character.isWhitespace(text.charAt(j + 1));
    return item ? value : 0;
  }

  /**
   * Whether a marker may open a question somewhere: an item 1 before an item 2, a marker phrase at
   * a word start, or a reported question at a sentence start, regardless of brackets and quotes.
   * Cheap, and never false where {@link #find} would find a marker.
   */
  static boolean mayHaveMarker(String text) {
    boolean first = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int value = itemValueAt(text, i);
        if (value == 1) {
          first = true;
        } else if (value == 2 && first) {
          return true;
        }
      } else if (isWordStart(text, i)) {
        if (phraseAt(text, i, null) != null
            || (atSentenceStart(text, i) && opensReported(text, i))) {
          return true;
        }
        i = wordEnd(text, i);
        continue;
      }
      i++;
    }
    return false;
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

  /**
   * Marker phrases by the first letter of their first word (index {@code c} below {@code 0x500}),
   * longest first; most words are rejected by their first letter.
   */
  private static final Marker[][] BY_FIRST_LETTER = index();

  /**
   * A marker phrase, the length of its first word (a word of the text must equal it, not merely
   * start with it), and whether it opens a question only at a sentence start.
   */
  private record Marker(String phrase, int firstWord, boolean sentenceStartOnly) {}

  private static Marker[][] index() {
    List<Marker> all = new ArrayList<>();
    for (String m : QuestionSplitter.strongMarkers()) {
      all.add(new Marker(m, firstWordLength(m), false));
    }
    for (String m : QuestionSplitter.sentenceMarkers()) {
      all.add(new Marker(m, firstWordLength(m), true));
    }
    all.sort((x, y) -> Integer.compare(y.phrase.length(), x.phrase.length()));
    Map<Character, List<Marker>> byLetter = new HashMap<>();
    for (Marker m : all) {
      byLetter.computeIfAbsent(m.phrase.charAt(0), k -> new ArrayList<>()).add(m);
    }
    Marker[][] index = new Marker[0x500][];
    byLetter.forEach((c, list) -> index[c] = list.toArray(Marker[]::new));
    return index;
  }

  private static int firstWordLength(String phrase) {
    int end = 0;
    while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '-';
  }

  /** Marker phrases: one pass over the words, a phrase check only where a first letter matches. */
  private static void phrases(String text, Structure st, TreeSet<Integer> out) {
    int n = text.length();
    int coveredUntil = 0;
    int i = 0;
    while (i < n) {
      if (!isWordStart(text, i)) {
        i++;
        continue;
      }
      if (i >= coveredUntil) {
        Marker m = phraseAt(text, i, st);
        if (m != null) {
          out.add(i);
          coveredUntil = i + m.phrase.length();
        }
      }
      i = wordEnd(text, i);
    }
  }

  /**
   * Words that add one more item ("также", "кроме того"), lower case with е for ё, each followed by
   * a word boundary. In an operator's record, such a word at a sentence start and a verb of
   * reporting within the next {@value #REPORTED_GAP} words ("Также звонящий интересуется") open the
   * next question the caller asked. First-person requests ("Также прошу …") are left alone: in a
   * letter they mostly go on about the same matter.
   */
  private static final String[] ADDITIVE = {
    "а также",
    "также",
    "так же",
    "кроме того",
    "помимо этого",
    "помимо того",
    "а ще",
    "також",
    "крім того"
  };

  /** The first letters of {@link #ADDITIVE}. */
  private static final String ADDITIVE_FIRST = firstLetters(ADDITIVE);

  /** Third-person verbs of reporting a question or a request (Russian and Ukrainian). */
  private static final java.util.Set<String> REPORTING =
      java.util.Set.of(
          "интересуется",
          "интересовался",
          "интересовалась",
          "спрашивает",
          "спрашивал",
          "спрашивала",
          "просит",
          "просил",
          "просила",
          "хочет",
          "хотел",
          "хотела",
          "задает",
          "задал",
          "задала",
          "уточняет",
          "цікавиться",
          "питає",
          "просить",
          "хоче");

  /**
   * Words that may stand between the additive word and the verb: "Также заявитель интересуется".
   */
  private static final int REPORTED_GAP = 2;

  /** Sentences that report one more question: cut at their start. */
  private static void reported(String text, Structure st, TreeSet<Integer> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordStart(text, i)) {
        i++;
        continue;
      }
      if (atSentenceStart(text, i) && opensReported(text, i) && st.isFree(i)) {
        out.add(i);
      }
      i = wordEnd(text, i);
    }
  }

  /**
   * Whether a reported-question opening ("Также интересуется") starts at word start {@code i}: an
   * additive word, then at most {@value #REPORTED_GAP} words, then a verb of reporting, with
   * nothing but spaces and one comma between them. Sentence starts are not looked at.
   */
  private static boolean opensReported(String text, int i) {
    // Runs at every sentence start of every text: the first letter rules out most words at once.
    if (ADDITIVE_FIRST.indexOf(Letters.lower(text.charAt(i))) < 0) {
      return false;
    }
    int at = -1;
    for (String a : ADDITIVE) {
      int to = i + a.length();
      if (startsWithFolded(text, i, a)
          && (to >= text.length() || !Letters.isLetterOrDigit(text.charAt(to)))) {
        at = to;
        break;
      }
    }
    if (at < 0) {
      return false;
    }
    int n = text.length();
    boolean comma = false;
    for (int word = 0; word <= REPORTED_GAP; word++) {
      while (at < n && (text.charAt(at) == ' ' || (text.charAt(at) == ',' && !comma))) {
        comma |= text.charAt(at) == ',';
        at++;
      }
      if (at >= n || !Letters.isLetter(text.charAt(at))) {
        return false;
      }
      int end = wordEnd(text, at);
      if (REPORTING.contains(folded(text, at, end))) {
        return true;
      }
      at = end;
    }
    return false;
  }

  private static String firstLetters(String[] words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.indexOf(w.substring(0, 1)) < 0) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** The word {@code text[from, to)} in lower case with е for ё. */
  private static String folded(String text, int from, int to) {
    char[] c = new char[to - from];
    for (int k = from; k < to; k++) {
      c[k - from] = Letters.lower(text.charAt(k));
    }
    return new String(c);
  }

  private static boolean isWordStart(String text, int i) {
    return Letters.isLetter(text.charAt(i))
        && (i == 0 || !Letters.isLetterOrDigit(text.charAt(i - 1)));
  }

  /** The end of the word (letters and hyphens) that starts at {@code i}. */
  private static int wordEnd(String text, int i) {
    int n = text.length();
    int end = i;
    while (end < n && (Letters.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
      end++;
    }
    return end;
  }

  /**
   * The longest marker phrase written at word start {@code i} (in any case, {@code ё} as {@code е})
   * whose first word is the word there, or null. With a structure, only a phrase that may open a
   * question there: outside brackets and quotes, and at a sentence start where it must be; without
   * one ({@code null}), any.
   */
  private static Marker phraseAt(String text, int i, Structure st) {
    char first = Letters.lower(text.charAt(i));
    Marker[] candidates = first < BY_FIRST_LETTER.length ? BY_FIRST_LETTER[first] : null;
    if (candidates == null) {
      return null;
    }
    int end = wordEnd(text, i);
    for (Marker m : candidates) {
      int to = i + m.phrase.length();
      if (end - i == m.firstWord
          && startsWithFolded(text, i, m.phrase)
          && isWordBoundary(text, i, to)
          && (st == null || ((!m.sentenceStartOnly || atSentenceStart(text, i)) && st.isFree(i)))) {
        return m;
      }
    }
    return null;
  }

  /** Whether {@code text} holds {@code phrase} (lower case, е for ё) at {@code i}, in any case. */
  private static boolean startsWithFolded(String text, int i, String phrase) {
    int len = phrase.length();
    if (i + len > text.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (Letters.lower(text.charAt(i + k)) != phrase.charAt(k)) {
        return false;
      }
    }
    return true;
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
