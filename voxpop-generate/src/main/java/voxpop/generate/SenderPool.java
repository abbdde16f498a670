package voxpop.generate;

/**
 * The most recent senders of one channel, in a ring of fixed capacity, from which repeat senders
 * are drawn. Memory stays bounded however many appeals are generated. Not thread-safe.
 */
final class SenderPool {
  private final Sender[] ring;
  private int next;
  private int size;

  SenderPool(int capacity) {
    ring = new Sender[capacity];
  }

  void add(Sender s) {
    ring[next] = s;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
  }

  /** A random recent sender, or null when the pool is empty. */
  Sender pick(Rng rng) {
    return size == 0 ? null : ring[rng.nextInt(size)];
  }

  int size() {
    return size;
  }
}
