package voxpop.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-root patterns matched against {@link Skeleton}s with their morphology: a root may stand at
 * the start of a word or after one or two verbal prefixes ({@code на-хуй}, {@code за-еб-ал}, {@code
 * с-пизд-ил}) with any ending, so one line covers every inflection and derivation. Words that
 * merely contain a root inside another stem ({@code страхую}, {@code рубля}, {@code Scunthorpe}) do
 * not match, and listed exceptions ({@code хулиган}, {@code мудрый}) never do.
 *
 * <p>Pattern syntax, one per line in a resource, under a {@code [section]} that names the class:
 *
 * <pre>
 *   root    at the word start or after prefixes, any ending
 *   ^root   at the word start only, any ending
 *   +root   only after a prefix, any ending
 *   =word   the whole word only
 *   ~root   at the end of a word, alone or after prefixes ({@code еб}: долбо-еб, про-еб)
 *   *root   anywhere inside a word
 *   !start  exception: a word starting so is never matched (section [except])
 * </pre>
 *
 * Matching walks character tries, so the cost is a few dozen steps a word, whatever the lexicon's
 * size. Immutable after construction; thread-safe.
 */
final class RootLexicon {
  static final int ANYWHERE = 1;
  static final int START = 2;
  static final int PREFIXED = 4;
  static final int EXACT = 8;
  static final int ENDING = 16;

  /** How far a wildcard run may stretch beyond one letter per symbol. */
  private static final int WILDCARD_SLACK = 2;

  private final Node roots = new Node();
  private final Node inside = new Node();
  private final Node prefixes = new Node();
  private final Node exceptions = new Node();

  /** Adds a verbal prefix. */
  void addPrefix(String p) {
    prefixes.insert(p).flags |= 1;
  }

  /** Adds an exception (a word start never matched). */
  void addException(String start) {
    exceptions.insert(start).flags |= 1;
  }

  /**
   * Adds a pattern.
   *
   * @param pattern in the syntax of the class comment
   * @param kind a positive class code reported on match (a higher code wins)
   */
  void add(String pattern, int kind) {
    char mode = pattern.charAt(0);
    String body = pattern.substring(1);
    switch (mode) {
      case '^' -> roots.insert(body).mark(START, kind);
      case '+' -> roots.insert(body).mark(PREFIXED, kind);
      case '=' -> roots.insert(body).mark(EXACT, kind);
      case '~' -> roots.insert(body).mark(ENDING, kind);
      case '*' -> inside.insert(body).mark(ANYWHERE, kind);
      default -> roots.insert(pattern).mark(START | PREFIXED, kind);
    }
  }

  /** The highest class of a pattern matching {@code w[0, len)}, or 0. */
  int match(char[] w, int len) {
    if (len == 0 || startsWithException(w, len)) {
      return 0;
    }
    boolean wild = false;
    for (int i = 0; i < len; i++) {
      if (w[i] == '*') {
        wild = true;
        break;
      }
    }
    int best = 0;
    if (wild) {
      best = Math.max(best, wildMatch(roots, w, len, 0, 0, false));
      for (int p1 : prefixEnds(w, len, 0)) {
        best = Math.max(best, wildMatch(roots, w, len, p1, 0, true));
      }
      for (int s = 0; s < len && best == 0; s++) {
        best = Math.max(best, wildMatch(inside, w, len, s, 0, s > 0));
      }
    } else {
      best = Math.max(best, rootsAt(w, len, 0, false));
      // One or two prefixes before the root: "на-хуй", "по-на-еб-ал". Only prefixes of two
      // letters or more chain, or "с-у-хую" would read "сухую" as obscene.
      for (int p1 : prefixEnds(w, len, 0)) {
        best = Math.max(best, rootsAt(w, len, p1, true));
        if (p1 >= 2) {
          for (int p2 : prefixEnds(w, len, p1)) {
            if (p2 - p1 >= 2) {
              best = Math.max(best, rootsAt(w, len, p2, true));
            }
          }
        }
      }
    }
    for (int s = 0; s < len; s++) {
      Node node = inside;
      for (int i = s; i < len && node != null; i++) {
        node = node.child(w[i]);
        if (node != null && node.kind > 0) {
          best = Math.max(best, node.kind);
        }
      }
    }
    return best;
  }

  private boolean startsWithException(char[] w, int len) {
    Node node = exceptions;
    for (int i = 0; i < len; i++) {
      node = node.child(w[i]);
      if (node == null) {
        return false;
      }
      if (node.flags != 0) {
        return true;
      }
    }
    return false;
  }

  private List<Integer> prefixEnds(char[] w, int len, int from) {
    List<Integer> ends = null;
    Node node = prefixes;
    // A prefix must leave at least two letters for the root.
    for (int i = from; i < len - 2; i++) {
      node = node.child(w[i]);
      if (node == null) {
        break;
      }
      if (node.flags != 0) {
        if (ends == null) {
          ends = new ArrayList<>(2);
        }
        ends.add(i + 1);
      }
    }
    return ends == null ? List.of() : ends;
  }

  private int rootsAt(char[] w, int len, int s, boolean afterPrefix) {
    int best = 0;
    Node node = roots;
    for (int i = s; i < len; i++) {
      node = node.child(w[i]);
      if (node == null) {
        break;
      }
      if (node.kind > 0) {
        best = Math.max(best, accept(node, afterPrefix, i + 1 == len));
      }
    }
    return best;
  }

  private static int accept(Node node, boolean afterPrefix, boolean atEnd) {
    int m = node.modes;
    boolean ok =
        (m & ANYWHERE) != 0
            || (!afterPrefix && (m & START) != 0)
            || (afterPrefix && (m & PREFIXED) != 0)
            || (!afterPrefix && atEnd && (m & EXACT) != 0)
            || (atEnd && (m & ENDING) != 0);
    return ok ? node.kind : 0;
  }

  /** Depth-first match where each {@code *} run stands for as many letters, give or take. */
  private int wildMatch(Node node, char[] w, int len, int i, int depth, boolean afterPrefix) {
    if (depth > 0 && node.kind > 0) {
      int a = accept(node, afterPrefix, i == len);
      if (a > 0 && ((node.modes & (EXACT | ENDING)) == 0 || i == len)) {
        return a;
      }
    }
    if (i >= len || node.children == null) {
      return 0;
    }
    if (w[i] != '*') {
      Node next = node.child(w[i]);
      return next == null ? 0 : wildMatch(next, w, len, i + 1, depth + 1, afterPrefix);
    }
    int run = 0;
    while (i + run < len && w[i + run] == '*') {
      run++;
    }
    int best = 0;
    for (int take = Math.max(1, run - 1); take <= run + WILDCARD_SLACK && best == 0; take++) {
      best = Math.max(best, walkAny(node, w, len, i + run, take, depth, afterPrefix));
    }
    return best;
  }

  private int walkAny(
      Node node, char[] w, int len, int resume, int steps, int depth, boolean afterPrefix) {
    if (steps == 0) {
      return wildMatch(node, w, len, resume, depth, afterPrefix);
    }
    if (node.children == null) {
      return 0;
    }
    for (int k = 0; k < node.size; k++) {
      int r = walkAny(node.children[k], w, len, resume, steps - 1, depth + 1, afterPrefix);
      if (r > 0) {
        return r;
      }
    }
    return 0;
  }

  /** A trie node with a sorted-by-insertion child list (few children: a linear scan is fastest). */
  private static final class Node {
    char[] keys;
    Node[] children;
    int size;

    /** Children by basic Cyrillic letter: nearly every step of a Russian word. */
    Node[] cyrillic;

    int flags;
    int modes;
    int kind;

    Node child(char c) {
      if (c >= 0x430 && c <= 0x44F) {
        return cyrillic == null ? null : cyrillic[c - 0x430];
      }
      for (int i = 0; i < size; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node insert(String s) {
      Node node = this;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        Node next = node.child(c);
        if (next == null) {
          next = new Node();
          node.add(c, next);
        }
        node = next;
      }
      return node;
    }

    void add(char c, Node n) {
      if (c >= 0x430 && c <= 0x44F) {
        if (cyrillic == null) {
          cyrillic = new Node[32];
        }
        cyrillic[c - 0x430] = n;
      }
      if (keys == null) {
        keys = new char[2];
        children = new Node[2];
      } else if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
        children = java.util.Arrays.copyOf(children, size * 2);
      }
      keys[size] = c;
      children[size++] = n;
    }

    void mark(int mode, int k) {
      modes |= mode;
      kind = Math.max(kind, k);
    }
  }
}
