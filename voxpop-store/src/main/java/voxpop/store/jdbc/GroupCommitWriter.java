package voxpop.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.store.Receipt;
import voxpop.store.StoreException;
import voxpop.store.Submission;

/**
 * The single writer of a store: one thread drains a queue and commits everything it took in one
 * transaction (group commit), then completes each caller's future. Under load a commit carries
 * hundreds of appeals, so one fsync serves hundreds of requests; when idle a lone appeal is
 * committed at once. This is the classic group commit of database logs (Gray and Reuter,
 * "Transaction Processing", 1993, section 9.4.7).
 *
 * <p>Thread-safe: any thread may submit; only the writer thread touches the connection.
 */
public final class GroupCommitWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

  /** Inserts a list of submissions inside the open transaction. */
  @FunctionalInterface
  public interface Inserter {
    List<Receipt> insert(Connection c, List<Submission> submissions) throws SQLException;
  }

  private sealed interface Op permits InsertOp, TaskOp {
    int rows();

    void fail(RuntimeException e);
  }

  private record InsertOp(List<Submission> subs, CompletableFuture<List<Receipt>> done)
      implements Op {
    @Override
    public int rows() {
      return subs.size();
    }

    @Override
    public void fail(RuntimeException e) {
      done.completeExceptionally(e);
    }
  }

  private record TaskOp<T>(SqlWork<T> work, CompletableFuture<T> done) implements Op {
    @Override
    public int rows() {
      return 1;
    }

    @Override
    public void fail(RuntimeException e) {
      done.completeExceptionally(e);
    }
  }

  private final String name;
  private final Connection conn;
  private final Inserter inserter;
  private final int maxBatchRows;
  private final long maxPendingRows;
  private final LinkedBlockingQueue<Op> queue = new LinkedBlockingQueue<>();
  private final AtomicLong pendingRows = new AtomicLong();
  private final ReentrantReadWriteLock closeLock = new ReentrantReadWriteLock();
  private final Thread thread;
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong committedRows = new AtomicLong();

  /**
   * Completes the callers' futures after a commit, so that what callers chain on them (writing HTTP
   * answers) never runs on, and never delays, the writer thread.
   */
  private final java.util.concurrent.ExecutorService answers;

  private volatile boolean closed;

  /**
   * Starts the writer thread.
   *
   * @param name the store's name, for the thread and logs
   * @param conn the write connection, used by the writer thread only; closed by {@link #close()}
   * @param inserter the dialect's insert
   * @param maxBatchRows the most rows one transaction takes
   * @param maxPendingRows the most rows queued before submissions are refused as overloaded
   */
  public GroupCommitWriter(
      String name, Connection conn, Inserter inserter, int maxBatchRows, long maxPendingRows)
      throws SQLException {
    this.name = name;
    this.conn = conn;
    this.inserter = inserter;
    this.maxBatchRows = maxBatchRows;
    this.maxPendingRows = maxPendingRows;
    conn.setAutoCommit(false);
    this.answers =
        java.util.concurrent.Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("voxpop-" + name + "-answer-", 0).daemon(true).factory());
    this.thread = Thread.ofPlatform().name("voxpop-" + name + "-writer").unstarted(this::loop);
    thread.start();
  }

  /** Queues submissions; the future completes after their commit. */
  public CompletableFuture<List<Receipt>> insert(List<Submission> subs) {
    CompletableFuture<List<Receipt>> f = new CompletableFuture<>();
    if (subs.isEmpty()) {
      f.complete(List.of());
      return f;
    }
    enqueue(new InsertOp(List.copyOf(subs), f));
    return f;
  }

  /** Queues a piece of work that runs inside the next transaction. */
  public <T> CompletableFuture<T> run(SqlWork<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    enqueue(new TaskOp<>(work, f));
    return f;
  }

  private void enqueue(Op op) {
    closeLock.readLock().lock();
    try {
      if (closed) {
        op.fail(new StoreException(StoreException.Kind.CLOSED, name + " store is closed"));
        return;
      }
      long after = pendingRows.addAndGet(op.rows());
      if (after > maxPendingRows && after != op.rows()) {
        pendingRows.addAndGet(-op.rows());
        op.fail(
            new StoreException(
                StoreException.Kind.OVERLOADED,
                name
                    + " write queue full: "
                    + (after - op.rows())
                    + " rows pending, limit "
                    + maxPendingRows));
        return;
      }
      queue.add(op);
    } finally {
      closeLock.readLock().unlock();
    }
  }

  /** Rows queued and not yet committed. */
  public long pendingRows() {
    return pendingRows.get();
  }

  /** Transactions committed since start. */
  public long commits() {
    return commits.get();
  }

  /** Appeal rows (and tasks) committed since start. */
  public long committedRows() {
    return committedRows.get();
  }

  private void loop() {
    List<Op> batch = new ArrayList<>();
    while (true) {
      try {
        Op first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (closed && queue.isEmpty()) {
            return;
          }
          continue;
        }
        batch.add(first);
        int rows = first.rows();
        Op next;
        while (rows < maxBatchRows && (next = queue.poll()) != null) {
          batch.add(next);
          rows += next.rows();
        }
        commit(batch, rows);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("event=writer.unexpected store={}", name, e);
        for (Op op : batch) {
          op.fail(new StoreException(StoreException.Kind.IO, "writer failed", e));
        }
      } finally {
        batch.clear();
      }
    }
  }

  private void commit(List<Op> batch, int rows) {
    List<Submission> subs = new ArrayList<>(rows);
    for (Op op : batch) {
      if (op instanceof InsertOp ins) {
        subs.addAll(ins.subs());
      }
    }
    List<Object> taskResults = new ArrayList<>();
    List<RuntimeException> taskErrors = new ArrayList<>();
    List<Receipt> receipts;
    try {
      receipts = inserter.insert(conn, subs);
      for (Op op : batch) {
        if (op instanceof TaskOp<?> task) {
          runTask(task, taskResults, taskErrors);
        }
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      StoreException failure =
          new StoreException(
              StoreException.Kind.IO,
              name + " commit of " + rows + " rows failed: " + Jdbc.describe(e),
              e);
      LOG.error(
          "event=store.commit_failed store={} rows={} error={}", name, rows, Jdbc.describe(e));
      pendingRows.addAndGet(-rows);
      for (Op op : batch) {
        op.fail(failure);
      }
      return;
    }
    pendingRows.addAndGet(-rows);
    commits.incrementAndGet();
    committedRows.addAndGet(rows);
    List<Op> done = List.copyOf(batch);
    answers.execute(() -> completeAll(done, receipts, taskResults, taskErrors));
  }

  private static void completeAll(
      List<Op> batch,
      List<Receipt> receipts,
      List<Object> taskResults,
      List<RuntimeException> taskErrors) {
    int r = 0;
    int t = 0;
    for (Op op : batch) {
      if (op instanceof InsertOp ins) {
        ins.done().complete(List.copyOf(receipts.subList(r, r + ins.subs().size())));
        r += ins.subs().size();
      } else if (op instanceof TaskOp<?> task) {
        complete(task, taskResults.get(t), taskErrors.get(t));
        t++;
      }
    }
  }

  private <T> void runTask(TaskOp<T> task, List<Object> results, List<RuntimeException> errors)
      throws SQLException {
    Savepoint sp = conn.setSavepoint();
    try {
      results.add(task.work().run(conn));
      errors.add(null);
      conn.releaseSavepoint(sp);
    } catch (SQLException | RuntimeException e) {
      conn.rollback(sp);
      results.add(null);
      errors.add(
          e instanceof StoreException se
              ? se
              : e instanceof IllegalArgumentException iae
                  ? iae
                  : new StoreException(StoreException.Kind.IO, Jdbc.describe(e), e));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void complete(TaskOp<T> task, Object result, RuntimeException error) {
    if (error != null) {
      task.done().completeExceptionally(error);
    } else {
      task.done().complete((T) result);
    }
  }

  private void rollbackQuietly() {
    try {
      conn.rollback();
    } catch (SQLException e) {
      LOG.warn("event=store.rollback_failed store={} error={}", name, Jdbc.describe(e));
    }
  }

  /** Refuses new work, commits what is queued, stops the thread and closes the connection. */
  @Override
  public void close() {
    closeLock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
    } finally {
      closeLock.writeLock().unlock();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    answers.shutdown();
    try {
      answers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Op left;
    while ((left = queue.poll()) != null) {
      left.fail(new StoreException(StoreException.Kind.CLOSED, name + " store closed"));
    }
    try {
      conn.close();
    } catch (SQLException e) {
      LOG.warn("event=store.close_failed store={} error={}", name, Jdbc.describe(e));
    }
  }
}
