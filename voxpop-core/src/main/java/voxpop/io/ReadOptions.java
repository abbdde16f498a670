package voxpop.io;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import voxpop.params.Param;
import voxpop.params.Params;

/**
 * How {@link AppealReader} treats its input. Immutable; the limits are declared {@link Param}s and
 * validated here, never clamped.
 *
 * @param onError skip bad rows (reporting them) or stop at the first one
 * @param maxTextChars the longest {@code text} accepted, in characters (Unicode code points)
 * @param maxFieldChars the longest value of any other field, in characters
 * @param maxErrorsKept how many row errors the summary keeps word for word (all are counted)
 * @param zone the time zone of a {@code received_at} written without an offset
 */
public record ReadOptions(
    OnError onError, int maxTextChars, int maxFieldChars, int maxErrorsKept, ZoneId zone) {

  public static final Param<Integer> MAX_TEXT_CHARS =
      Param.ofInt(
          "maxTextChars",
          20_000,
          1,
          1_000_000,
          "characters",
          "Longest appeal text accepted on input; a longer one is a bad row, never cut");
  public static final Param<Integer> MAX_FIELD_CHARS =
      Param.ofInt(
          "maxFieldChars",
          1_000,
          1,
          100_000,
          "characters",
          "Longest value of any input field other than text (id, sender, region, ...)");
  public static final Param<Integer> MAX_ERRORS_KEPT =
      Param.ofInt(
          "maxErrorsKept",
          100,
          0,
          1_000_000,
          "rows",
          "How many bad rows the read summary lists by line, field and reason (all are counted)");

  /** The declared reading parameters. */
  public static final List<Param<?>> PARAMS =
      List.of(MAX_TEXT_CHARS, MAX_FIELD_CHARS, MAX_ERRORS_KEPT);

  public ReadOptions {
    Objects.requireNonNull(onError, "onError");
    Objects.requireNonNull(zone, "zone");
    MAX_TEXT_CHARS.validate(maxTextChars);
    MAX_FIELD_CHARS.validate(maxFieldChars);
    MAX_ERRORS_KEPT.validate(maxErrorsKept);
  }

  /** Skip bad rows, the declared default limits, UTC for times without an offset. */
  public static ReadOptions defaults() {
    return of(Params.defaults(PARAMS), OnError.SKIP);
  }

  /** Options from declared parameters (see {@link #PARAMS}). */
  public static ReadOptions of(Params params, OnError onError) {
    return new ReadOptions(
        onError,
        params.get(MAX_TEXT_CHARS),
        params.get(MAX_FIELD_CHARS),
        params.get(MAX_ERRORS_KEPT),
        ZoneOffset.UTC);
  }

  public ReadOptions withOnError(OnError value) {
    return new ReadOptions(value, maxTextChars, maxFieldChars, maxErrorsKept, zone);
  }

  public ReadOptions withMaxTextChars(int value) {
    return new ReadOptions(onError, value, maxFieldChars, maxErrorsKept, zone);
  }

  public ReadOptions withMaxErrorsKept(int value) {
    return new ReadOptions(onError, maxTextChars, maxFieldChars, value, zone);
  }

  public ReadOptions withZone(ZoneId value) {
    return new ReadOptions(onError, maxTextChars, maxFieldChars, maxErrorsKept, value);
  }

  /**
   * The most bytes one row may take: room for the longest text and every other field at 4 bytes a
   * character, quoted, plus unknown columns; at least 1 MiB. A longer row is reported and skipped
   * without being held in memory.
   */
  int rowByteLimit() {
    long bytes = 8L * maxTextChars + 4L * 16 * maxFieldChars;
    return (int) Math.min(Integer.MAX_VALUE - 64, Math.max(1 << 20, bytes));
  }
}
