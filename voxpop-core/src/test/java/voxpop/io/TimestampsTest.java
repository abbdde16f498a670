package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.testing.SeededCases;

class TimestampsTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

  @Test
  void commonShapes() {
    Instant t = Instant.parse("2025-12-19T12:05:07Z");
    assertThat(Timestamps.parse("2025-12-19T12:05:07Z", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19t12:05:07z", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19T15:05:07+03:00", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19T15:05:07+0300", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19T15:05:07+03", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19T09:05:07-03:00", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19 12:05:07", UTC)).isEqualTo(t);
    assertThat(Timestamps.parse("2025-12-19T12:05", UTC)).isEqualTo(t.minusSeconds(7));
    assertThat(Timestamps.parse("2025-12-19T12:05:07.123456789Z", UTC))
        .isEqualTo(t.plusNanos(123_456_789));
    assertThat(Timestamps.parse("2025-12-19T12:05:07,5Z", UTC)).isEqualTo(t.plusMillis(500));
    assertThat(Timestamps.parse("2025-12-19", UTC))
        .isEqualTo(Instant.parse("2025-12-19T00:00:00Z"));
    assertThat(Timestamps.parse(" 2025-12-19T12:05:07Z ", UTC)).isEqualTo(t);
  }

  @Test
  void localTimesTakeTheGivenZone() {
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    assertThat(Timestamps.parse("2025-12-19T15:05:07", moscow))
        .isEqualTo(Instant.parse("2025-12-19T12:05:07Z"));
    assertThat(Timestamps.parse("2025-12-19T15:05:07", ZoneOffset.ofHours(3)))
        .isEqualTo(Instant.parse("2025-12-19T12:05:07Z"));
    assertThat(Timestamps.parse("2025-12-19T12:05:07Z[Europe/Moscow]", UTC))
        .isEqualTo(Instant.parse("2025-12-19T12:05:07Z"));
  }

  @Test
  void rejectsWhatIsNotIso() {
    for (String s :
        new String[] {
          "",
          "19.12.2025",
          "2025-13-01",
          "2025-02-29",
          "2024-02-30",
          "2025-12-19T24:00:00Z",
          "2025-12-19T12:60",
          "2025-12-19T12:05:07+3",
          "yesterday",
          "2025-12-19T12:05:07ZZ",
          "2025-12-19X12:05"
        }) {
      assertThat(Timestamps.parse(s, UTC)).as(s).isNull();
    }
    assertThat(Timestamps.parse("2024-02-29", UTC)).isNotNull();
  }

  @Test
  void fastPathAgreesWithJavaTime() {
    SeededCases.run(
        20251219L,
        1000,
        rnd -> {
          long seconds = draw(rnd, -2_000_000_000L, 4_000_000_000L);
          long nanos = draw(rnd, 0, 999_999_999);
          Instant t = Instant.ofEpochSecond(seconds, nanos);
          assertThat(Timestamps.parse(t.toString(), UTC)).as(t.toString()).isEqualTo(t);
          String withOffset = t.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).toString();
          assertThat(Timestamps.parse(withOffset, UTC)).as(withOffset).isEqualTo(t);
        });
  }

  /**
   * A value in {@code [min, max]}; one time in ten a bound, zero or one, whichever lies in range,
   * because whole seconds and whole minutes print in shorter ISO shapes.
   */
  private static long draw(SplittableRandom rnd, long min, long max) {
    if (rnd.nextInt(10) == 0) {
      long edge = SeededCases.oneOf(rnd, min, max, 0L, 1L, -1L);
      return Math.clamp(edge, min, max);
    }
    return rnd.nextLong(min, max + 1);
  }
}
