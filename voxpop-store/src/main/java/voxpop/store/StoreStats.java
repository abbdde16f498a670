package voxpop.store;

import java.util.Map;
import voxpop.model.Channel;
import voxpop.model.Verdict;

/**
 * Totals kept by the store in the same transactions that change them, so reading them costs no
 * scan.
 *
 * @param appeals stored appeals (replays not counted)
 * @param byChannel stored appeals per channel; channels with none are absent
 * @param questionsByVerdict processed questions per verdict; verdicts with none are absent
 * @param questionsByTheme processed questions per theme id; questions without a theme are absent
 * @param duplicateQuestions accepted questions whose duplicate key had been seen before
 * @param pending stored appeals that the worker has not processed yet
 * @param lastSeq the highest sequence number stored, 0 when empty
 * @param highWaterMark the highest sequence number the worker has processed, 0 when none
 */
public record StoreStats(
    long appeals,
    Map<Channel, Long> byChannel,
    Map<Verdict, Long> questionsByVerdict,
    Map<String, Long> questionsByTheme,
    long duplicateQuestions,
    long pending,
    long lastSeq,
    long highWaterMark) {
  public StoreStats {
    byChannel = Map.copyOf(byChannel);
    questionsByVerdict = Map.copyOf(questionsByVerdict);
    questionsByTheme = Map.copyOf(questionsByTheme);
  }
}
