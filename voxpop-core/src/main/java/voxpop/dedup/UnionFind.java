package voxpop.dedup;

/**
 * Disjoint sets over {@code [0, n)} with path halving; the root of a set is its smallest member.
 */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** The root of {@code x}'s set without shortening paths: safe to call from several threads. */
  int root(int x) {
    while (parent[x] != x) {
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of {@code a} and {@code b}; the smaller root wins, keeping results ordered. */
  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }
}
