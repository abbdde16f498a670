package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.testing.SeededCases;

/** What {@link AppealWriter} writes, {@link AppealReader} reads back exactly, in both formats. */
class AppealRoundTripTest {
  @TempDir Path dir;

  @Test
  void writtenFilesReadBackIncludingGzip() throws IOException {
    List<Appeal> appeals =
        List.of(
            new Appeal(
                "1",
                Instant.parse("2025-12-19T12:05:00Z"),
                Channel.PHONE,
                "Вопрос, с запятой и \"кавычками\"\r\nи второй строкой 🙂",
                "Москва",
                "s1",
                AgeGroup.AGE_45_59,
                Gender.MALE,
                "call-1"),
            new Appeal("2", null, Channel.OTHER, "", "", "", null, null, ""));
    for (String name : List.of("a.csv", "a.jsonl", "a.csv.gz", "a.ndjson.gz")) {
      Path file = dir.resolve(name);
      try (AppealWriter w = AppealWriter.create(file)) {
        for (Appeal a : appeals) {
          w.write(a);
        }
      }
      List<Appeal> back = new ArrayList<>();
      try (AppealReader r = AppealReader.open(file, ReadOptions.defaults())) {
        Appeal a;
        while ((a = r.next()) != null) {
          back.add(a);
        }
        assertThat(r.summary().skipped()).as(name).isZero();
      }
      assertThat(back).as(name).isEqualTo(appeals);
    }
    assertThat(Files.size(dir.resolve("a.csv.gz"))).isPositive();
  }

  @Test
  void csvRoundTripsExactly() {
    roundTripsExactly(InputFormat.CSV);
  }

  @Test
  void jsonlRoundTripsExactly() {
    roundTripsExactly(InputFormat.JSONL);
  }

  private static void roundTripsExactly(InputFormat format) {
    SeededCases.run(
        20251219L,
        300,
        rnd -> {
          List<Appeal> appeals = RandomAppeals.appeals(rnd);
          int chunk = SeededCases.between(rnd, 1, 64);
          assertThat(roundTrip(appeals, format, chunk)).isEqualTo(appeals);
        });
  }

  private static List<Appeal> roundTrip(List<Appeal> appeals, InputFormat format, int chunk)
      throws IOException {
    StringWriter sw = new StringWriter();
    try (AppealWriter w = AppealWriter.create(sw, format)) {
      for (Appeal a : appeals) {
        w.write(a);
      }
    }
    byte[] bytes = sw.toString().getBytes(StandardCharsets.UTF_8);
    List<Appeal> back = new ArrayList<>();
    try (AppealReader r =
        AppealReader.open(
            new TrickleInputStream(bytes, chunk, chunk), format, ReadOptions.defaults())) {
      Appeal a;
      while ((a = r.next()) != null) {
        back.add(a);
      }
      assertThat(r.summary().errors()).isEmpty();
    }
    return back;
  }
}
