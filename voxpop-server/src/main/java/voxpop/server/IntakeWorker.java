package voxpop.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.model.Appeal;
import voxpop.store.AppealStore;
import voxpop.store.QuestionResult;
import voxpop.store.StoredAppeal;

/**
 * The background worker: screening, duplicates and themes after the write, never before the answer.
 * One thread takes the oldest stored appeals still in state {@code received} (by sequence number,
 * in batches), runs the {@link AppealProcessor}, and saves the per-question results, the new state
 * and the high-water mark in one transaction per batch; while there is a backlog the next batch is
 * screened while the last one commits, so a crash redoes at most two batches and counts nothing
 * twice (an appeal is counted only when it leaves state {@code received}). An appeal the processor
 * fails on is marked processed with no question and logged by receipt, so that one bad appeal
 * cannot stall the queue. Thread-safe.
 */
public final class IntakeWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeWorker.class);

  private final AppealStore store;
  private final AppealProcessor processor;
  private final int batchSize;
  private final Thread thread;
  private final AtomicLong processed = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile boolean running = true;
  private volatile long lastBatchMillis;
  private volatile Throwable lastError;

  public IntakeWorker(AppealStore store, AppealProcessor processor, int batchSize) {
    this.store = store;
    this.processor = processor;
    this.batchSize = batchSize;
    this.thread = Thread.ofPlatform().name("voxpop-worker").daemon(true).unstarted(this::loop);
  }

  /** Starts the thread. */
  public IntakeWorker start() {
    thread.start();
    return this;
  }

  private void loop() {
    // While there is a backlog the worker reads and screens batch k+1 while batch k's results are
    // being committed (at most one batch in flight); reading past batch k by sequence number keeps
    // it from reading k again. Once caught up (a short batch) it waits for its save and reads by
    // state from the start again, so an appeal committed out of sequence order (several nodes on
    // one PostgreSQL) is never passed over for good.
    long after = 0;
    CompletableFuture<Void> saving = null;
    while (running) {
      try {
        List<StoredAppeal> batch = store.pending(after, batchSize);
        if (batch.isEmpty()) {
          after = 0;
          if (saving != null) {
            saving.join();
            saving = null;
          } else {
            Thread.sleep(50);
          }
          continue;
        }
        Results r = process(batch);
        if (saving != null) {
          saving.join();
        }
        saving = save(batch.size(), r);
        if (batch.size() < batchSize) {
          saving.join();
          saving = null;
          after = 0;
        } else {
          after = batch.getLast().seq();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // A save still in flight must end before the next read by state, which could otherwise
        // take its batch again and screen it twice; its own failure, if any, is this one.
        if (saving != null) {
          try {
            saving.join();
          } catch (RuntimeException ignored) {
            // reported below as e, or by the next failure
          }
        }
        saving = null;
        after = 0;
        lastError = e;
        LOG.warn("event=worker.batch_failed error={}", e.toString());
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    if (saving != null) {
      try {
        saving.join();
      } catch (RuntimeException e) {
        LOG.warn("event=worker.last_batch_failed error={}", e.toString());
      }
    }
  }

  /**
   * Processes one batch and waits for its results to be committed.
   *
   * @return the number of appeals processed (0 when none was pending)
   */
  public int runOnce() {
    List<StoredAppeal> batch = store.pending(batchSize);
    if (batch.isEmpty()) {
      return 0;
    }
    save(batch.size(), process(batch)).join();
    return batch.size();
  }

  private record Results(List<Long> seqs, List<QuestionResult> questions) {}

  private Results process(List<StoredAppeal> batch) {
    List<Appeal> appeals = new ArrayList<>(batch.size());
    for (StoredAppeal s : batch) {
      appeals.add(s.appeal());
    }
    List<List<AppealProcessor.Question>> found;
    try {
      found = processor.processBatch(appeals);
    } catch (RuntimeException e) {
      found = new ArrayList<>(appeals.size());
      for (Appeal a : appeals) {
        found.add(processOne(a));
      }
    }
    List<Long> seqs = new ArrayList<>(batch.size());
    List<QuestionResult> results = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      long seq = batch.get(i).seq();
      seqs.add(seq);
      List<AppealProcessor.Question> qs = found.get(i);
      for (int k = 0; k < qs.size(); k++) {
        AppealProcessor.Question q = qs.get(k);
        results.add(
            new QuestionResult(
                seq, k, q.text(), q.language(), q.screening(), q.duplicateKey(), q.themeId()));
      }
    }
    return new Results(seqs, results);
  }

  private CompletableFuture<Void> save(int appeals, Results r) {
    return store
        .saveResults(r.seqs(), r.questions())
        .thenRun(
            () -> {
              processed.addAndGet(appeals);
              lastBatchMillis = System.currentTimeMillis();
            });
  }

  private List<AppealProcessor.Question> processOne(Appeal a) {
    try {
      return processor.process(a);
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      LOG.error("event=worker.appeal_failed receipt={} error={}", a.id(), e.getClass().getName());
      return List.of();
    }
  }

  /** Appeals processed since start. */
  public long processed() {
    return processed.get();
  }

  /** Appeals the processor failed on since start. */
  public long failures() {
    return failures.get();
  }

  /** Whether the thread is alive. */
  public boolean alive() {
    return thread.isAlive();
  }

  /** When the last batch was saved (epoch millis), 0 before the first. */
  public long lastBatchMillis() {
    return lastBatchMillis;
  }

  /** The last batch failure, or null. */
  public Throwable lastError() {
    return lastError;
  }

  /** Stops after the current batch. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
