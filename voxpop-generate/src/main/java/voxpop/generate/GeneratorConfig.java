package voxpop.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import voxpop.params.Param;

/**
 * What a corpus is generated from. Same values, same corpus, byte for byte.
 *
 * @param count the number of appeals, in [1, 50,000,000]
 * @param seed the seed of every random choice
 * @param start the first day of intake (Moscow time); the broadcast is on the last day
 * @param days the length of intake in days, in [1, 366]
 */
public record GeneratorConfig(long count, long seed, LocalDate start, int days) {
  public static final Param<Long> COUNT =
      Param.ofLong("count", 100_000L, 1L, 50_000_000L, "appeals", "Number of appeals to generate");
  public static final Param<Long> SEED =
      Param.ofLong(
          "seed",
          42L,
          Long.MIN_VALUE,
          Long.MAX_VALUE,
          "",
          "Seed of every random choice; same seed and count give the same bytes");
  public static final Param<Integer> DAYS =
      Param.ofInt(
          "days",
          16,
          1,
          366,
          "days",
          "Length of intake; the last day is the broadcast day, the last two surge");

  /** The first day of the reference event's intake, 4 December, Moscow time. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 12, 4);

  /** The declared parameters, for help texts and provenance. */
  public static final List<Param<?>> PARAMS = List.of(COUNT, SEED, DAYS);

  public GeneratorConfig {
    COUNT.validate(count);
    DAYS.validate(days);
    Objects.requireNonNull(start, "start");
  }

  /** The reference event's 16 days from 4 December 2026. */
  public static GeneratorConfig of(long count, long seed) {
    return new GeneratorConfig(count, seed, DEFAULT_START, DAYS.defaultValue());
  }
}
