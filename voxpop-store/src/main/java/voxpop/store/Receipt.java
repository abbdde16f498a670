package voxpop.store;

/**
 * The store's answer to one submission, given only after the appeal is durable.
 *
 * @param receipt the receipt id the citizen or gateway keeps
 * @param seq the store's sequence number of the appeal
 * @param replay true when an earlier submission with the same (channel, idempotency key) was
 *     already stored: the receipt is the first one and nothing new was stored
 */
public record Receipt(String receipt, long seq, boolean replay) {}
