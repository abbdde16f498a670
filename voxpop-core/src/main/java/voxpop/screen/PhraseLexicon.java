package voxpop.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Weighted word phrases matched against the skeletons of a text's words. A phrase is one or more
 * words; a word ending in {@code *} matches any word starting so, {@code #} matches a number. Lines
 * are {@code weight phrase}, e.g. {@code 1.0 пассивн* доход*}. Each phrase counts once per text.
 * The phrases a word form can start are found once per form ({@link #startingWith}) and cached with
 * its {@link WordFacts}, so scoring a text only checks those few. Immutable after construction;
 * thread-safe.
 */
final class PhraseLexicon {
  /** One phrase: its words (pattern form) and weight. */
  record Entry(int id, double weight, String[] words) {}

  static final Entry[] NONE = new Entry[0];

  private final CharArrayMap<List<Entry>> exactFirst = new CharArrayMap<>(256, false);
  private final PrefixNode prefixFirst = new PrefixNode();
  private final List<Entry> numberFirst = new ArrayList<>();
  private final List<Entry> all = new ArrayList<>();

  PhraseLexicon(List<String> lines) {
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        throw new IllegalStateException("a phrase line needs a weight and a phrase: " + line);
      }
      double weight = Double.parseDouble(line.substring(0, space));
      String[] words = line.substring(space + 1).strip().split(" +");
      Entry e = new Entry(all.size(), weight, words);
      all.add(e);
      String first = words[0];
      if (first.equals("#")) {
        numberFirst.add(e);
      } else if (first.endsWith("*")) {
        prefixFirst.insert(first.substring(0, first.length() - 1)).entries.add(e);
      } else {
        List<Entry> list = exactFirst.get(first);
        if (list == null) {
          list = new ArrayList<>(1);
          exactFirst.put(first, list);
        }
        list.add(e);
      }
    }
  }

  int size() {
    return all.size();
  }

  /** The phrases whose first word matches a word of skeleton {@code skel}. */
  Entry[] startingWith(char[] skel, boolean number) {
    List<Entry> out = new ArrayList<>(0);
    if (number) {
      out.addAll(numberFirst);
    }
    List<Entry> exact = exactFirst.get(skel, 0, skel.length);
    if (exact != null) {
      out.addAll(exact);
    }
    PrefixNode node = prefixFirst;
    for (int i = 0; i < skel.length && node != null; i++) {
      node = node.child(skel[i]);
      if (node != null) {
        out.addAll(node.entries);
      }
    }
    return out.isEmpty() ? NONE : out.toArray(Entry[]::new);
  }

  /**
   * The phrases found in a text, split by sign: {@code [sum of positive weights, sum of negative
   * weights]}, each phrase once.
   *
   * @param words the words' facts (their skeletons are compared with the phrases' later words)
   * @param starts the phrases of this lexicon a word may start (from {@link #startingWith})
   */
  static double[] scoreBySign(WordFacts[] words, Function<WordFacts, Entry[]> starts) {
    double[] bySign = new double[2];
    long[] seen = null;
    for (int k = 0; k < words.length; k++) {
      for (Entry e : starts.apply(words[k])) {
        if (seen != null && (seen[e.id >>> 6] & (1L << e.id)) != 0) {
          continue;
        }
        if (rest(e.words, words, k)) {
          if (seen == null) {
            seen = new long[64];
          }
          seen = mark(seen, e.id);
          bySign[e.weight > 0 ? 0 : 1] += e.weight;
        }
      }
    }
    return bySign;
  }

  /** The phrases found, with their weights, for explanations. */
  static List<String> found(WordFacts[] words, Function<WordFacts, Entry[]> starts) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < words.length; k++) {
      for (Entry e : starts.apply(words[k])) {
        String s = e.weight + " " + String.join(" ", e.words);
        if (rest(e.words, words, k) && !out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static long[] mark(long[] seen, int id) {
    long[] s = id >>> 6 < seen.length ? seen : Arrays.copyOf(seen, (id >>> 6) + 1);
    s[id >>> 6] |= 1L << id;
    return s;
  }

  private static boolean rest(String[] pattern, WordFacts[] words, int k) {
    if (k + pattern.length > words.length) {
      return false;
    }
    for (int j = 1; j < pattern.length; j++) {
      if (!matches(words[k + j], pattern[j])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word matches a phrase word pattern ({@code word}, {@code pre*}, {@code #}). */
  static boolean matches(WordFacts w, String pattern) {
    if (pattern.equals("#")) {
      return w.number;
    }
    char[] s = w.skeleton;
    boolean prefix = pattern.endsWith("*");
    int pl = prefix ? pattern.length() - 1 : pattern.length();
    if (prefix ? s.length < pl : s.length != pl) {
      return false;
    }
    for (int i = 0; i < pl; i++) {
      if (s[i] != pattern.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static final class PrefixNode {
    final List<Entry> entries = new ArrayList<>(0);
    char[] keys = new char[0];
    PrefixNode[] kids = new PrefixNode[0];

    PrefixNode child(char c) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return kids[i];
        }
      }
      return null;
    }

    PrefixNode insert(String s) {
      PrefixNode node = this;
      for (int i = 0; i < s.length(); i++) {
        PrefixNode next = node.child(s.charAt(i));
        if (next == null) {
          next = new PrefixNode();
          node.keys = Arrays.copyOf(node.keys, node.keys.length + 1);
          node.kids = Arrays.copyOf(node.kids, node.kids.length + 1);
          node.keys[node.keys.length - 1] = s.charAt(i);
          node.kids[node.kids.length - 1] = next;
        }
        node = next;
      }
      return node;
    }
  }
}
