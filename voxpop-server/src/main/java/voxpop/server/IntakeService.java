package voxpop.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.model.Appeal;
import voxpop.store.AppealStore;
import voxpop.store.Receipt;
import voxpop.store.Receipts;
import voxpop.store.SenderHasher;
import voxpop.store.Submission;

/**
 * What every door does after validation: hash the sender, hold back floods, give each appeal a
 * receipt id and hand the lot to the store, whose future completes once they are on disk.
 * Thread-safe.
 */
public final class IntakeService {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

  /**
   * The outcome of one item: a receipt, or a flood refusal with the seconds to wait.
   *
   * @param receipt the receipt, null when flooded
   * @param retryAfterSeconds seconds to wait when flooded, else 0
   */
  public record Outcome(Receipt receipt, long retryAfterSeconds) {
    public boolean flooded() {
      return receipt == null;
    }
  }

  private final AppealStore store;
  private final SenderHasher hasher;
  private final RateLimiter flood;
  private final Metrics metrics;
  private volatile boolean draining;

  public IntakeService(
      AppealStore store, SenderHasher hasher, IntakeLimits limits, Metrics metrics) {
    this.store = store;
    this.hasher = hasher;
    this.flood = new RateLimiter(limits.floodBurst(), limits.floodPerMinute());
    this.metrics = metrics;
  }

  /** The store behind the doors. */
  public AppealStore store() {
    return store;
  }

  /** From now on new appeals are refused with 503 (shutdown has begun). */
  public void drain() {
    draining = true;
  }

  public boolean draining() {
    return draining;
  }

  /**
   * Stores the items, each flood-checked by sender when {@code floodCheck}.
   *
   * @return a future of one outcome per item, completed after the commit
   */
  public CompletableFuture<List<Outcome>> submit(List<IntakeItem> items, boolean floodCheck) {
    if (draining) {
      throw new ApiException(ApiError.SHUTTING_DOWN, "the server is shutting down", null, 5);
    }
    Instant now = Instant.now();
    List<Submission> subs = new ArrayList<>(items.size());
    long[] waits = new long[items.size()];
    for (int i = 0; i < items.size(); i++) {
      IntakeItem it = items.get(i);
      String sender = hasher.hash(it.senderId());
      if (floodCheck && !sender.isEmpty()) {
        waits[i] = flood.acquire(sender);
        if (waits[i] > 0) {
          metrics.rejected(ApiError.FLOOD.code());
          continue;
        }
      }
      Appeal a =
          new Appeal(
              Receipts.newId(),
              it.receivedAt() == null ? now : it.receivedAt(),
              it.channel(),
              it.text(),
              it.region(),
              sender,
              it.ageGroup(),
              it.gender(),
              it.externalId());
      subs.add(new Submission(a, it.idempotencyKey(), it.contact()));
    }
    return store
        .submit(subs)
        .thenApply(
            receipts -> {
              List<Outcome> out = new ArrayList<>(items.size());
              int r = 0;
              for (int i = 0; i < items.size(); i++) {
                if (waits[i] > 0) {
                  out.add(new Outcome(null, waits[i]));
                  continue;
                }
                Receipt rc = receipts.get(r++);
                if (rc.replay()) {
                  metrics.duplicate(items.get(i).channel(), 1);
                } else {
                  metrics.accepted(items.get(i).channel(), 1);
                }
                if (LOG.isDebugEnabled()) {
                  LOG.debug(
                      "event=appeal.stored receipt={} seq={} channel={} replay={}",
                      rc.receipt(),
                      rc.seq(),
                      items.get(i).channel().code(),
                      rc.replay());
                }
                out.add(new Outcome(rc, 0));
              }
              return out;
            });
  }

  /** Stores items without flood checks (bulk import), one receipt per item. */
  public CompletableFuture<List<Receipt>> submitAll(List<IntakeItem> items) {
    return submit(items, false).thenApply(out -> out.stream().map(Outcome::receipt).toList());
  }
}
