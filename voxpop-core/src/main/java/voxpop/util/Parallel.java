package voxpop.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs a loop over {@code [0, n)} in fixed-size chunks on an executor. Chunk boundaries depend only
 * on {@code n} and the chunk size, never on the thread count, so a body that writes results by
 * index gives the same output with one thread or many.
 */
public final class Parallel {
  private Parallel() {}

  /** The body of a chunked loop: processes {@code [from, to)} of chunk number {@code chunk}. */
  @FunctionalInterface
  public interface ChunkBody {
    void run(int chunk, int from, int to);
  }

  /** The number of chunks of {@code n} items. */
  public static int chunks(int n, int chunkSize) {
    return (n + chunkSize - 1) / chunkSize;
  }

  /**
   * Runs {@code body} on every chunk; with a null executor, runs them in order on this thread.
   * Rethrows the first failure.
   */
  public static void forChunks(ExecutorService pool, int n, int chunkSize, ChunkBody body) {
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
      futures.add(
          pool.submit(
              () -> body.run(chunk, chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize))));
    }
    await(futures);
  }

  /** Waits for one future, restoring the interrupt flag and rethrowing its failure unchecked. */
  public static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Waits for every future, restoring the interrupt flag and rethrowing the first failure. */
  public static void await(List<? extends Future<?>> futures) {
    RuntimeException failure = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        futures.forEach(x -> x.cancel(true));
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (failure == null) {
          failure =
              e.getCause() instanceof RuntimeException re
                  ? re
                  : new IllegalStateException(e.getCause());
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
