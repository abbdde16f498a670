package voxpop.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What one person sent at one time through one channel: the input row of the engine and the record
 * the intake server stores.
 *
 * @param id the appeal id (generated when the input has none)
 * @param receivedAt when it arrived; {@code null} when the input does not say
 * @param channel the channel
 * @param text the raw text as received (never logged)
 * @param region the federal subject's canonical name when recognised, the raw value otherwise, or
 *     empty
 * @param sender an opaque sender key (a keyed hash in the store); empty when unknown
 * @param ageGroup the age group
 * @param gender the gender
 * @param externalId the channel's own id (SMS id, update id, call id); empty when none
 */
public record Appeal(
    String id,
    Instant receivedAt,
    Channel channel,
    String text,
    String region,
    String sender,
    AgeGroup ageGroup,
    Gender gender,
    String externalId) {

  public Appeal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    region = region == null ? "" : region;
    sender = sender == null ? "" : sender;
    ageGroup = ageGroup == null ? AgeGroup.UNKNOWN : ageGroup;
    gender = gender == null ? Gender.UNKNOWN : gender;
    externalId = externalId == null ? "" : externalId;
  }

  /** The key that counts distinct people: the sender when known, the appeal id otherwise. */
  public String personKey() {
    return sender.isEmpty() ? "appeal:" + id : sender;
  }
}
