package voxpop.store;

import java.util.Objects;
import voxpop.model.Appeal;

/**
 * One appeal handed to the store by an intake door.
 *
 * @param appeal the appeal; its {@link Appeal#id()} is the receipt id the door generated (see
 *     {@link Receipts}) and its {@link Appeal#sender()} is already the keyed hash of the sender
 * @param idempotencyKey the channel-scoped key of a retried delivery ({@code MessageSid}, {@code
 *     update_id}, call id, {@code Idempotency-Key}); empty when the door has none, in which case
 *     every submission is stored
 * @param contact the contact the citizen gave for a reply (web form only); empty otherwise
 */
public record Submission(Appeal appeal, String idempotencyKey, String contact) {
  public Submission {
    Objects.requireNonNull(appeal, "appeal");
    idempotencyKey = idempotencyKey == null ? "" : idempotencyKey;
    contact = contact == null ? "" : contact;
  }

  /** The receipt id this submission gets when it is new. */
  public String receipt() {
    return appeal.id();
  }
}
