package voxpop.server;

import voxpop.store.Receipt;

/**
 * The answer for one stored appeal.
 *
 * @param receipt the receipt id to keep
 * @param status always {@code received}: the appeal is on disk; screening follows
 * @param duplicate true when this was a retry and the receipt is the first one
 */
public record ReceiptView(String receipt, String status, boolean duplicate) {
  static ReceiptView of(Receipt r) {
    return new ReceiptView(r.receipt(), "received", r.replay());
  }
}
