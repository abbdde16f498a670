package voxpop.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parallel loops over fixed chunks. The chunk boundaries depend only on the problem size, never on
 * the thread count, and every chunk writes its own slice of the output, so results are identical on
 * any number of threads. One instance serves one discovery run; close it to stop its threads.
 */
final class Workers implements AutoCloseable {
  /** The body of a loop over {@code [from, to)}; {@code chunk} is the chunk's index. */
  @FunctionalInterface
  interface ChunkBody {
    void run(int chunk, int from, int to);
  }

  private final int threads;
  private final ExecutorService pool;

  Workers(int threads) {
    this.threads = threads;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, Workers::daemon) : null;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "voxpop-themes");
    t.setDaemon(true);
    return t;
  }

  int threads() {
    return threads;
  }

  /** The number of chunks {@link #forChunks} cuts {@code n} items into. */
  static int chunks(int n, int chunkSize) {
    return (n + chunkSize - 1) / chunkSize;
  }

  /** Runs {@code body} over {@code [0, n)} cut into chunks of {@code chunkSize}. */
  void forChunks(int n, int chunkSize, ChunkBody body) {
    int chunks = chunks(n, chunkSize);
    if (pool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        body.run(c, c * chunkSize, Math.min(n, (c + 1) * chunkSize));
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      int chunk = c;
      int from = c * chunkSize;
      int to = Math.min(n, from + chunkSize);
      futures.add(pool.submit(() -> body.run(chunk, from, to)));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        futures.forEach(x -> x.cancel(true));
        throw new IllegalStateException("interrupted during theme discovery", e);
      } catch (ExecutionException e) {
        futures.forEach(x -> x.cancel(true));
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("theme discovery failed", e.getCause());
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
