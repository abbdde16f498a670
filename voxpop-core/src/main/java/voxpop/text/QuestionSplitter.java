package voxpop.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an appeal that holds several questions into one text per question (about 3.5 million
 * questions arrive in about 3 million appeals).
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>a question mark closes a question ({@code ?}, {@code ?!}, followed by closing quotes or
 *       brackets), unless it stands inside a URL, inside quotes or inside brackets;
 *   <li>explicit markers open a new question: a numbered list ({@code 1) … 2) …} anywhere, {@code
 *       1. … 2. …} at line or sentence starts, numbered 1, 2, 3 … in order) and phrases such as "И
 *       ещё вопрос", "Второй вопрос", "Также хочу спросить", "Also,", "Ще питання", and an
 *       operator's sentence that reports one more question ("Также интересуется, …", "Кроме того,
 *       просит …");
 *   <li>context before a question belongs to it ("Я пенсионерка из Курска. Почему не индексируют
 *       пенсию?" stays one), trailing text after the last question belongs to that question, and
 *       text with neither a question mark nor a marker stays whole;
 *   <li>a part without any letter, or a lone word that is not a numbered item ("Почему? Почему нет
 *       газа?"), joins its neighbour.
 * </ol>
 *
 * Every part is a contiguous piece of the input, so no text is lost: only the whitespace at the
 * cuts is dropped. Thread-safe and stateless.
 */
public final class QuestionSplitter {
  /**
   * Phrases that open a new question wherever they stand (lower case, ё written as е), longest
   * first so that a longer phrase wins over the shorter one inside it.
   */
  private static final String[] STRONG_MARKERS = {
    "и еще вопрос",
    "еще вопрос",
    "еще один вопрос",
    "и еще хочу спросить",
    "еще хочу спросить",
    "второй вопрос",
    "третий вопрос",
    "вопрос второй",
    "вопрос третий",
    "и второй вопрос",
    "и третий вопрос",
    "также хочу спросить",
    "так же хочу спросить",
    "также хотел бы спросить",
    "также хотела бы спросить",
    "также вопрос",
    "и также вопрос",
    "ще питання",
    "і ще питання",
    "ще одне питання",
    "друге питання",
    "третє питання",
    "також хочу запитати",
    "також хочу спитати",
    "another question",
    "one more question",
    "second question",
    "my second question",
    "third question",
    "also i want to ask",
    "also i would like to ask",
  };

  private static final String[] STRONG_MARKERS_LONGEST_FIRST =
      java.util.Arrays.stream(STRONG_MARKERS)
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .toArray(String[]::new);

  /** Phrases that open a new question only at the start of a sentence or line. */
  private static final String[] SENTENCE_MARKERS = {
    "во-вторых", "в-третьих", "по-друге", "по-третє", "also,", "and also", "secondly", "thirdly"
  };

  private QuestionSplitter() {}

  /**
   * Splits a normalised appeal into questions.
   *
   * @param normalized text from {@link TextNormalizer#normalize}; {@code null} is empty
   * @return at least one element; a text with one question (or none) is returned whole
   */
  public static List<String> split(String normalized) {
    String text = normalized == null ? "" : normalized;
    if (!questionMarkBeforeText(text) && !Markers.mayHaveMarker(text)) {
      // Most appeals: at most a closing question mark and no marker, so nothing to cut.
      return List.of(text.strip());
    }
    Structure st = Structure.of(text);
    List<Part> parts = cut(text, st);
    parts = mergeSmall(text, parts);
    List<String> out = new ArrayList<>(parts.size());
    for (Part p : parts) {
      out.add(text.substring(p.start, p.end).strip());
    }
    return out;
  }

  /** Whether some question mark has a letter or digit after it: only then can it cut. */
  private static boolean questionMarkBeforeText(String text) {
    int q = text.indexOf('?');
    if (q < 0) {
      return false;
    }
    for (int i = q + 1, n = text.length(); i < n; i++) {
      if (Letters.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The cut points: after each question that closes, before each marker. */
  private static List<Part> cut(String text, Structure st) {
    int n = text.length();
    boolean[] cutBefore = new boolean[n + 1];
    boolean[] markerAt = new boolean[n + 1];
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) == '?' && st.isFree(i)) {
        int end = i + 1;
        while (end < n && isQuestionTail(text.charAt(end))) {
          end++;
        }
        if (end < n) {
          cutBefore[end] = true;
        }
        i = end - 1;
      }
    }
    for (int m : Markers.find(text, st)) {
      cutBefore[m] = true;
      markerAt[m] = true;
    }
    List<Part> parts = new ArrayList<>();
    int start = 0;
    boolean startsWithMarker = markerAt[0];
    for (int i = 1; i <= n; i++) {
      if (i == n || cutBefore[i]) {
        if (hasLetterOrDigit(text, start, i) || parts.isEmpty()) {
          parts.add(new Part(start, i, startsWithMarker, hasQuestion(text, start, i)));
        } else {
          Part last = parts.removeLast();
          parts.add(new Part(last.start, i, last.marker, last.question));
        }
        start = i;
        startsWithMarker = i < n && markerAt[i];
      }
    }
    // Trailing text without a question, and not an item of its own, belongs to the last question.
    if (parts.size() >= 2) {
      Part last = parts.getLast();
      if (!last.question && !last.marker) {
        parts.removeLast();
        Part prev = parts.removeLast();
        parts.add(new Part(prev.start, last.end, prev.marker, prev.question));
      }
    }
    return parts;
  }

  /** Joins parts without letters, and lone-word non-items, to a neighbour. */
  private static List<Part> mergeSmall(String text, List<Part> parts) {
    if (parts.size() < 2) {
      return parts;
    }
    List<Part> out = new ArrayList<>(parts.size());
    Part carry = null;
    for (Part p : parts) {
      if (carry != null) {
        p = new Part(carry.start, p.end, carry.marker || p.marker, carry.question || p.question);
        carry = null;
      }
      boolean small = !hasLetter(text, p.start, p.end) || (!p.marker && words(text, p) < 2);
      if (small) {
        carry = p;
      } else {
        out.add(p);
      }
    }
    if (carry != null) {
      if (out.isEmpty()) {
        out.add(carry);
      } else {
        Part prev = out.removeLast();
        out.add(new Part(prev.start, carry.end, prev.marker, prev.question || carry.question));
      }
    }
    return out;
  }

  private static boolean isQuestionTail(char c) {
    return c == '?' || c == '!' || c == ')' || c == '»' || c == '"' || c == '”' || c == '…';
  }

  private static boolean hasQuestion(String text, int from, int to) {
    int q = text.indexOf('?', from);
    return q >= 0 && q < to;
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Letters.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Letters.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int words(String text, Part p) {
    int count = 0;
    boolean inWord = false;
    for (int i = p.start; i < p.end; i++) {
      boolean letter = Letters.isLetter(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter || (inWord && text.charAt(i) == '-');
    }
    return count;
  }

  static String[] strongMarkers() {
    return STRONG_MARKERS_LONGEST_FIRST;
  }

  static String[] sentenceMarkers() {
    return SENTENCE_MARKERS;
  }

  private record Part(int start, int end, boolean marker, boolean question) {}
}
