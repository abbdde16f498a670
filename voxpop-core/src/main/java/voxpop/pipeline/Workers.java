package voxpop.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the pipeline's worker threads and makes them daemons, so a failed run cannot hang a JVM.
 */
final class Workers {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private Workers() {}

  static Thread thread(Runnable r) {
    Thread t = new Thread(r, "voxpop-worker-" + NEXT.incrementAndGet());
    t.setDaemon(true);
    return t;
  }
}
