package voxpop.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The appeals of a run by column, without their texts (those live on as questions): what analytics
 * needs, a few bytes per appeal.
 *
 * @param ids appeal ids
 * @param receivedAt epoch seconds, or {@link #NO_TIME}
 * @param channel {@link voxpop.model.Channel} ordinals
 * @param region canonical region names (shared instances), empty when not given
 * @param person dense person ids (a sender's appeals share one; no sender → one per appeal)
 * @param ageGroup {@link voxpop.model.AgeGroup} ordinals
 * @param gender {@link voxpop.model.Gender} ordinals
 * @param people the number of distinct persons
 */
public record AppealColumns(
    List<String> ids,
    long[] receivedAt,
    byte[] channel,
    String[] region,
    int[] person,
    byte[] ageGroup,
    byte[] gender,
    int people) {

  /** The marker of an appeal without a time. */
  public static final long NO_TIME = Long.MIN_VALUE;

  public int size() {
    return ids.size();
  }

  /** ISO-8601 time of appeal {@code a}, or empty. */
  public String receivedAtText(int a) {
    return receivedAt[a] == NO_TIME ? "" : Instant.ofEpochSecond(receivedAt[a]).toString();
  }
}
