package voxpop.screen;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Weighted word phrases matched against a text's word skeletons. A phrase is one or more words; a
 * word ending in {@code *} matches any word starting so, {@code #} matches a number. Lines are
 * {@code weight phrase}, e.g. {@code 1.0 пассивн* доход*}. Each phrase counts once per text.
 * Immutable after construction; thread-safe.
 */
final class PhraseLexicon {
  /** One phrase: its words (pattern form) and weight. */
  record Entry(int id, double weight, String[] words) {}

  private final CharArrayMap<List<Entry>> exactFirst = new CharArrayMap<>(256, false);
  private final PrefixNode prefixFirst = new PrefixNode();
  private final List<Entry> numberFirst = new ArrayList<>();
  private final List<Entry> all = new ArrayList<>();
  private int size;

  PhraseLexicon(List<String> lines) {
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        throw new IllegalStateException("a phrase line needs a weight and a phrase: " + line);
      }
      double weight = Double.parseDouble(line.substring(0, space));
      String[] words = line.substring(space + 1).strip().split(" +");
      Entry e = new Entry(size++, weight, words);
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
    return size;
  }

  /**
   * Sums the weights of the phrases found among word skeletons {@code w} ({@code w.chars}, one word
   * at {@code off[k], len[k]}).
   */
  double score(WordSkeletons w) {
    return score(w, new boolean[size]);
  }

  /**
   * The phrases found split by sign: the sum of the positive weights and the sum of the negative
   * ones (each phrase once).
   */
  double[] scoreBySign(WordSkeletons w) {
    boolean[] seen = new boolean[size];
    score(w, seen);
    double pos = 0;
    double neg = 0;
    for (Entry e : all) {
      if (seen[e.id]) {
        if (e.weight > 0) {
          pos += e.weight;
        } else {
          neg += e.weight;
        }
      }
    }
    return new double[] {pos, neg};
  }

  /** The phrases found, for explanations. */
  List<String> found(WordSkeletons w) {
    boolean[] seen = new boolean[size];
    score(w, seen);
    List<String> out = new ArrayList<>();
    for (Entry e : all) {
      if (seen[e.id]) {
        out.add(e.weight + " " + String.join(" ", e.words));
      }
    }
    return out;
  }

  private double score(WordSkeletons w, boolean[] seen) {
    double sum = 0;
    for (int k = 0; k < w.count; k++) {
      char[] c = w.chars;
      int o = w.off[k];
      int l = w.len[k];
      if (w.number[k]) {
        sum += matchAll(numberFirst, w, k, seen);
        continue;
      }
      List<Entry> exact = exactFirst.get(c, o, l);
      if (exact != null) {
        sum += matchAll(exact, w, k, seen);
      }
      PrefixNode node = prefixFirst;
      for (int i = 0; i < l && node != null; i++) {
        node = node.child(c[o + i]);
        if (node != null && !node.entries.isEmpty()) {
          sum += matchAll(node.entries, w, k, seen);
        }
      }
    }
    return sum;
  }

  private static double matchAll(List<Entry> entries, WordSkeletons w, int k, boolean[] seen) {
    double sum = 0;
    for (Entry e : entries) {
      if (!seen[e.id] && rest(e.words, w, k)) {
        seen[e.id] = true;
        sum += e.weight;
      }
    }
    return sum;
  }

  private static boolean rest(String[] words, WordSkeletons w, int k) {
    if (k + words.length > w.count) {
      return false;
    }
    for (int j = 1; j < words.length; j++) {
      if (!w.matches(k + j, words[j])) {
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
          node.keys = java.util.Arrays.copyOf(node.keys, node.keys.length + 1);
          node.kids = java.util.Arrays.copyOf(node.kids, node.kids.length + 1);
          node.keys[node.keys.length - 1] = s.charAt(i);
          node.kids[node.kids.length - 1] = next;
        }
        node = next;
      }
      return node;
    }
  }
}
