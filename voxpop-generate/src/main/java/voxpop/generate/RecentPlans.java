package voxpop.generate;

/**
 * The most recent accepted appeals of one channel, in a ring of fixed capacity, that other senders
 * copy (exact duplicates) or paraphrase. Not thread-safe.
 */
final class RecentPlans {
  private final AppealPlan[] ring;
  private int next;
  private int size;

  RecentPlans(int capacity) {
    ring = new AppealPlan[capacity];
  }

  void add(AppealPlan p) {
    ring[next] = p;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
  }

  /** A random recent plan, or null when there is none yet. */
  AppealPlan pick(Rng rng) {
    return size == 0 ? null : ring[rng.nextInt(size)];
  }
}
