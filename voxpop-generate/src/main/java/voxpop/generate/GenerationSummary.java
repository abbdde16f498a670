package voxpop.generate;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a run produced, counted while writing.
 *
 * @param appeals appeals written
 * @param questions label rows written (questions of accepted appeals, one row per screened one)
 * @param classes appeals per class ({@code accepted}, {@code spam}, ...), in a fixed order
 * @param channels appeals per channel code
 * @param languages appeals per language code
 * @param duplicates appeals per duplicate kind ({@code repeat}, {@code paraphrase}, {@code exact})
 * @param campaigns campaigns with at least one member
 * @param campaignAppeals appeals that belong to a campaign
 * @param elapsed wall time of the run
 */
public record GenerationSummary(
    long appeals,
    long questions,
    Map<String, Long> classes,
    Map<String, Long> channels,
    Map<String, Long> languages,
    Map<String, Long> duplicates,
    int campaigns,
    long campaignAppeals,
    Duration elapsed) {

  /** One line for the end of a run: totals, class shares, campaigns, speed. */
  public String line() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d appeals, %,d questions", appeals, questions));
    for (Map.Entry<String, Long> e : classes.entrySet()) {
      if (!e.getKey().equals(QuestionLabel.ACCEPTED)) {
        sb.append(String.format(Locale.ROOT, ", %s %.1f%%", e.getKey(), pct(e.getValue())));
      }
    }
    sb.append(
        String.format(Locale.ROOT, ", %d campaigns (%.1f%%)", campaigns, pct(campaignAppeals)));
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    sb.append(
        String.format(Locale.ROOT, " in %.1f s (%,.0f appeals/s)", seconds, appeals / seconds));
    return sb.toString();
  }

  private double pct(long n) {
    return appeals == 0 ? 0 : 100.0 * n / appeals;
  }
}
