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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Region;
import voxpop.model.Regions;

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

  @Property(tries = 300)
  void csvRoundTripsExactly(
      @ForAll("appeals") List<Appeal> appeals, @ForAll @IntRange(min = 1, max = 64) int chunk)
      throws IOException {
    assertThat(roundTrip(appeals, InputFormat.CSV, chunk)).isEqualTo(appeals);
  }

  @Property(tries = 300)
  void jsonlRoundTripsExactly(
      @ForAll("appeals") List<Appeal> appeals, @ForAll @IntRange(min = 1, max = 64) int chunk)
      throws IOException {
    assertThat(roundTrip(appeals, InputFormat.JSONL, chunk)).isEqualTo(appeals);
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

  @Provide
  Arbitrary<List<Appeal>> appeals() {
    return appeal().list().ofMaxSize(12).uniqueElements(Appeal::id);
  }

  static Arbitrary<Appeal> appeal() {
    Arbitrary<String> id =
        Arbitraries.strings().alpha().numeric().withChars("-_:").ofMinLength(1).ofMaxLength(12);
    Arbitrary<Instant> time =
        Arbitraries.longs()
            .between(0, 4_102_444_800_000_000_000L)
            .map(n -> Instant.ofEpochSecond(n / 1_000_000_000L, n % 1_000_000_000L))
            .injectNull(0.2);
    Arbitrary<String> region =
        Arbitraries.of(Regions.all())
            .map(Region::name)
            .injectNull(0.3)
            .map(r -> r == null ? "" : r);
    Arbitrary<String> small =
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(",\"' ")
            .ofMaxLength(10)
            .map(String::strip);
    return Combinators.combine(
            id,
            time,
            Arbitraries.of(Channel.class),
            text(),
            region,
            small,
            Arbitraries.of(AgeGroup.class),
            Arbitraries.of(Gender.class))
        .as(
            (i, t, c, x, r, s, a, g) ->
                new Appeal(i, t, c, x, r, s, a, g, s.isEmpty() ? "" : "ext-" + s));
  }

  /** Texts with the characters that break naive readers: separators, quotes, line ends, emoji. */
  static Arbitrary<String> text() {
    Arbitrary<String> special =
        Arbitraries.of(
            ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t", "{", "}", "\\", "🙂", "\u0000");
    Arbitrary<String> letters =
        Arbitraries.strings()
            .withCharRange('а', 'я')
            .withCharRange('a', 'z')
            .withChars("ёЁіїєґ0123456789?!.")
            .ofMaxLength(8);
    Arbitrary<String> anyCodePoint =
        Arbitraries.integers()
            .between(1, 0x10FFFF)
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
            .map(Character::toString);
    return Arbitraries.oneOf(special, letters, anyCodePoint)
        .list()
        .ofMaxSize(20)
        .map(parts -> String.join("", parts));
  }
}
