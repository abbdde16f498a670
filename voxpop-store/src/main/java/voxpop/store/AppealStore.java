package voxpop.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The durable store of appeals and of what the background worker found in them. Implementations
 * (SQLite, PostgreSQL) share one schema and pass one contract test suite. Thread-safe.
 *
 * <p>Writes go through a single writer that commits many submissions in one transaction (group
 * commit): a returned future completes only after the transaction holding the appeal is committed
 * to disk, so an answer built on it is never given for an appeal that a crash could lose.
 */
public interface AppealStore extends AutoCloseable {

  /**
   * Stores appeals, in order. A submission whose (channel, idempotency key) is already stored, or
   * repeated earlier in the same list, is not stored again: its receipt is the first one with
   * {@link Receipt#replay()} set.
   *
   * @return a future of one receipt per submission, completed after the commit; completed
   *     exceptionally with a {@link StoreException} (of kind {@code OVERLOADED} when the write
   *     queue is full, without waiting)
   */
  CompletableFuture<List<Receipt>> submit(List<Submission> submissions);

  /** Stores one appeal; see {@link #submit(List)}. */
  default CompletableFuture<Receipt> submit(Submission submission) {
    return submit(List.of(submission)).thenApply(List::getFirst);
  }

  /** The state of one appeal by receipt, without personal data. */
  Optional<AppealStatus> status(String receipt);

  /** Whether an appeal with this receipt is stored (for tests and the crash check). */
  default boolean contains(String receipt) {
    return status(receipt).isPresent();
  }

  /** Up to {@code limit} appeals in {@link AppealState#RECEIVED} state, in sequence order. */
  default List<StoredAppeal> pending(int limit) {
    return pending(0, limit);
  }

  /**
   * Up to {@code limit} appeals in {@link AppealState#RECEIVED} state with a sequence number above
   * {@code afterSeq}, in sequence order: lets the worker read its next batch while the results of
   * the one before are still being committed.
   */
  List<StoredAppeal> pending(long afterSeq, int limit);

  /**
   * Records the worker's results for a batch of appeals and marks them processed, in one
   * transaction, and moves the high-water mark to the highest sequence number among them.
   *
   * @param appealSeqs the appeals processed (including those with no question)
   * @param results the per-question results
   */
  CompletableFuture<Void> saveResults(List<Long> appealSeqs, List<QuestionResult> results);

  /** The per-question results of one appeal, in question order (for operations and tests). */
  List<QuestionResult> results(long appealSeq);

  /**
   * Up to {@code limit} accepted questions, the most recent appeals first (questions of one appeal
   * in order): what the server's theme model is refitted on, also after a restart. Texts are as the
   * worker stored them (personal data masked).
   */
  List<QuestionResult> recentAccepted(int limit);

  /** Totals and the worker's position. */
  StoreStats stats();

  /** Every receipt stored, in sequence order (for the crash check; streams on large stores). */
  void forEachReceipt(java.util.function.Consumer<String> action);

  /** Fails with a {@link StoreException} unless the database answers a trivial query. */
  void ping();

  /** The gateway tokens kept in the same database. */
  TokenStore tokens();

  /** Stops accepting writes, commits what is queued, and closes the database. Idempotent. */
  @Override
  void close();
}
