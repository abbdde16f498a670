package voxpop.store;

import java.time.Instant;
import java.util.List;
import voxpop.model.Channel;
import voxpop.model.Verdict;

/**
 * The state of one appeal as shown to its sender and to operations: no text, no region, no sender,
 * no contact.
 *
 * @param receipt the receipt id
 * @param channel the channel it came through
 * @param receivedAt when the store accepted it
 * @param state where it is in its life
 * @param questions one entry per question once processed; empty before
 */
public record AppealStatus(
    String receipt,
    Channel channel,
    Instant receivedAt,
    AppealState state,
    List<QuestionStatus> questions) {
  public AppealStatus {
    questions = List.copyOf(questions);
  }

  /**
   * The outcome of one question.
   *
   * @param index the position in the appeal, from 0
   * @param verdict the screening class
   * @param reason the reason code
   * @param themeId the theme id, empty when none
   */
  public record QuestionStatus(int index, Verdict verdict, String reason, String themeId) {}
}
