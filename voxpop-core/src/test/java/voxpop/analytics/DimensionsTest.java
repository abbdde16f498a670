package voxpop.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DimensionsTest {
  @Test
  void daysAreLocalDatesInTheZoneAcrossOffsetChangesInAnyOrder() {
    SplittableRandom random = new SplittableRandom(11);
    long start = Instant.parse("2024-03-01T00:00:00Z").getEpochSecond();
    int n = 20_000;
    long[] times = new long[n];
    for (int a = 0; a < n; a++) {
      // Mostly in order, some jumps back, some unknown: 400 days cross every DST change twice.
      long base = start + (long) a * 400 * 86_400 / n;
      times[a] =
          random.nextInt(50) == 0
              ? Long.MIN_VALUE
              : random.nextInt(10) == 0 ? base - random.nextLong(90L * 86_400) : base;
    }
    for (String z :
        List.of(
            "UTC",
            "Europe/Moscow",
            "Europe/Berlin",
            "America/New_York",
            "Asia/Kolkata",
            "Australia/Lord_Howe",
            "America/St_Johns")) {
      ZoneId zone = ZoneId.of(z);
      Dimensions d = dimensions(times, zone);
      TreeSet<LocalDate> expectedDays = new TreeSet<>();
      for (int a = 0; a < n; a++) {
        String label = d.label(Dimensions.DAY, d.value(Dimensions.DAY, a));
        if (times[a] == Long.MIN_VALUE) {
          assertThat(label).isEqualTo("unknown");
        } else {
          LocalDate expected = LocalDate.ofInstant(Instant.ofEpochSecond(times[a]), zone);
          expectedDays.add(expected);
          assertThat(label).as("%s appeal %d", z, a).isEqualTo(expected.toString());
        }
      }
      List<String> labels = new ArrayList<>();
      for (int v = 0; v < d.cardinality(Dimensions.DAY); v++) {
        labels.add(d.label(Dimensions.DAY, v));
      }
      List<String> expectedLabels = new ArrayList<>();
      expectedDays.forEach(day -> expectedLabels.add(day.toString()));
      expectedLabels.add("unknown");
      assertThat(labels).as(z).isEqualTo(expectedLabels);
    }
  }

  @Test
  void noUnknownDayWhenEveryTimeIsKnown() {
    long t = Instant.parse("2026-12-03T21:00:06Z").getEpochSecond();
    Dimensions d = dimensions(new long[] {t, t + 24 * 3600}, ZoneId.of("Europe/Moscow"));
    assertThat(d.cardinality(Dimensions.DAY)).isEqualTo(2);
    assertThat(d.label(Dimensions.DAY, 0)).isEqualTo("2026-12-04");
    assertThat(d.label(Dimensions.DAY, 1)).isEqualTo("2026-12-05");
  }

  private static Dimensions dimensions(long[] times, ZoneId zone) {
    int n = times.length;
    String[] regions = new String[n];
    java.util.Arrays.fill(regions, "");
    return new Dimensions(times, new byte[n], new byte[n], new byte[n], regions, zone);
  }
}
