package voxpop.store;

import voxpop.model.Appeal;

/**
 * An appeal as read back from the store, for the background worker.
 *
 * @param seq the store's sequence number
 * @param appeal the appeal (its id is the receipt; its sender is the keyed hash)
 * @param state where it is in its life
 */
public record StoredAppeal(long seq, Appeal appeal, AppealState state) {}
