package voxpop.dedup;

import java.util.List;
import voxpop.params.Param;

/** The tunables of duplicate grouping and campaign detection, declared once. */
public final class DuplicateParams {
  public static final Param<Double> NEAR_DUPLICATE_JACCARD =
      Param.ofDouble(
          "nearDuplicateJaccard",
          0.75,
          0.3,
          1.0,
          "",
          "Least Jaccard overlap of two questions' stem sets for them to be near-duplicates.");
  public static final Param<Integer> MIN_HASH_BANDS =
      Param.ofInt(
          "minHashBands",
          12,
          1,
          64,
          "bands",
          "MinHash locality-sensitive hashing bands; more bands find more candidate pairs.");
  public static final Param<Integer> MIN_HASH_ROWS =
      Param.ofInt(
          "minHashRows",
          3,
          1,
          16,
          "hashes",
          "MinHash values per band; more rows make candidates stricter.");
  public static final Param<Integer> CAMPAIGN_MIN_PEOPLE =
      Param.ofInt(
          "campaignMinPeople",
          20,
          2,
          1_000_000,
          "people",
          "Least distinct senders of one near-identical text for it to be a campaign.");
  public static final Param<Integer> CAMPAIGN_MIN_WORDS =
      Param.ofInt(
          "campaignMinWords",
          7,
          1,
          1000,
          "content words",
          "Least content words of a campaign's text when its copies carry no times to show a burst.");
  public static final Param<Double> CAMPAIGN_BURST_FACTOR =
      Param.ofDouble(
          "campaignBurstFactor",
          6.0,
          1.5,
          1000.0,
          "times the text's own pace",
          "How much faster than a text's own pace (on the intake clock) its copies must arrive"
              + " for a burst: a campaign's text comes within hours, a common question all along.");
  public static final Param<Double> CAMPAIGN_TOPIC_RISE =
      Param.ofDouble(
          "campaignTopicRise",
          2.0,
          0.0,
          1000.0,
          "times the sub-theme's pace",
          "A burst whose sub-theme, without the burst's own duplicate group and texts near its"
              + " text (copies with a typo), runs at this many times its pace in the day around it"
              + " is an event everyone writes about (a flood), not a campaign; 0 turns the test"
              + " off.");
  public static final Param<Double> CAMPAIGN_EXACT_SHARE =
      Param.ofDouble(
          "campaignExactShare",
          0.7,
          0.0,
          1.0,
          "",
          "Least share of a burst's questions whose own text bursts then (the campaign's text or a"
              + " second one of it), for a campaign; without times, least share of a group's"
              + " senders who sent its most common text.");

  /** Every duplicate parameter. */
  public static final List<Param<?>> ALL =
      List.of(
          NEAR_DUPLICATE_JACCARD,
          MIN_HASH_BANDS,
          MIN_HASH_ROWS,
          CAMPAIGN_MIN_PEOPLE,
          CAMPAIGN_MIN_WORDS,
          CAMPAIGN_EXACT_SHARE,
          CAMPAIGN_BURST_FACTOR,
          CAMPAIGN_TOPIC_RISE);

  private DuplicateParams() {}
}
