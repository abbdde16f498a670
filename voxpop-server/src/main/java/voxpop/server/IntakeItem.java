package voxpop.server;

import java.time.Instant;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;

/**
 * One appeal as a door validated it, before the sender is hashed and the receipt assigned.
 *
 * @param channel the channel
 * @param text the cleaned text
 * @param region the region (canonical name when recognised) or empty
 * @param senderId the raw sender identifier (phone, user id, contact): hashed before it is stored
 *     and never logged
 * @param ageGroup the age group
 * @param gender the gender
 * @param externalId the channel's own id, kept with the appeal
 * @param idempotencyKey the key that makes a retry return the first receipt; empty for none
 * @param receivedAt the time the channel gives, or null for now
 * @param contact the contact given for a reply (web form only), or empty
 */
public record IntakeItem(
    Channel channel,
    String text,
    String region,
    String senderId,
    AgeGroup ageGroup,
    Gender gender,
    String externalId,
    String idempotencyKey,
    Instant receivedAt,
    String contact) {}
