package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import voxpop.model.Appeal;

/** Properties of the reader on hostile input: it reports, counts, and keeps its line numbers. */
class AppealReaderPropertiesTest {

  @Property(tries = 500)
  void garbageIsReportedNeverThrownAsAnythingElse(
      @ForAll("garbage") byte[] bytes,
      @ForAll boolean csv,
      @ForAll @IntRange(min = 1, max = 16) int chunk) {
    InputFormat format = csv ? InputFormat.CSV : InputFormat.JSONL;
    try (AppealReader r =
        AppealReader.open(
            new TrickleInputStream(bytes, chunk, chunk), format, ReadOptions.defaults())) {
      while (r.next() != null) {
        // drain
      }
      ReadSummary s = r.summary();
      assertThat(s.accepted() + s.skipped()).isEqualTo(s.rowsRead());
      assertThat(s.errors()).hasSize((int) Math.min(s.skipped(), 100));
      long lines = 1 + countLineBreaks(bytes);
      assertThat(s.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(1L, lines));
    } catch (IOException expected) {
      // an unusable header or a broken gzip stream: a precise IOException is allowed
    }
  }

  @Property(tries = 200)
  void chunkingNeverChangesTheResult(
      @ForAll("garbage") byte[] bytes,
      @ForAll boolean csv,
      @ForAll @IntRange(min = 1, max = 9) int chunk) {
    InputFormat format = csv ? InputFormat.CSV : InputFormat.JSONL;
    assertThat(outcome(bytes, format, chunk)).isEqualTo(outcome(bytes, format, 1 << 20));
  }

  /**
   * Rows of known shape, some bad, with multi-line quoted texts and mixed line ends: every error is
   * reported at the physical line where its row starts.
   */
  @Property(tries = 300)
  void csvErrorLinesAreTheLinesWhereTheRowsStart(
      @ForAll("rows") List<String[]> rows, @ForAll @IntRange(min = 1, max = 32) int chunk)
      throws IOException {
    StringBuilder sb = new StringBuilder("id,channel,text\r\n");
    long line = 2;
    List<Long> expectedBad = new ArrayList<>();
    List<String> expectedGood = new ArrayList<>();
    int n = 0;
    for (String[] row : rows) {
      String channel = row[0];
      String text = row[1];
      String eol = row[2];
      String id = "r" + n++;
      if (channel.equals("fax")) {
        expectedBad.add(line);
      } else {
        expectedGood.add(id);
      }
      sb.append(id).append(',').append(channel).append(",\"").append(text.replace("\"", "\"\""));
      sb.append('"').append(eol);
      line += countLineBreaks((text + "\"" + eol).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    List<String> good = new ArrayList<>();
    List<Long> bad = new ArrayList<>();
    try (AppealReader r =
        AppealReader.open(
            new TrickleInputStream(bytes, chunk, chunk),
            InputFormat.CSV,
            ReadOptions.defaults().withMaxErrorsKept(1000))) {
      Appeal a;
      while ((a = r.next()) != null) {
        good.add(a.id());
      }
      r.summary().errors().forEach(e -> bad.add(e.line()));
    }
    assertThat(good).isEqualTo(expectedGood);
    assertThat(bad).isEqualTo(expectedBad);
  }

  @Provide
  Arbitrary<List<String[]>> rows() {
    Arbitrary<String> channel = Arbitraries.of("sms", "fax", "web");
    Arbitrary<String> text = AppealRoundTripTest.text();
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
    return net.jqwik.api.Combinators.combine(channel, text, eol)
        .as((c, t, e) -> new String[] {c, t, e})
        .list()
        .ofMaxSize(15);
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    Arbitrary<byte[]> structured =
        Arbitraries.of(
                "id,text\n",
                "text\n",
                "\"",
                ",",
                "\n",
                "\r",
                "\r\n",
                "{",
                "}",
                "\"text\":",
                ":",
                "\"a\"",
                "\uFEFF",
                "sms",
                "\u00ff",
                "\u043f",
                "\\",
                "[",
                "]",
                "null",
                "1",
                " ")
            .list()
            .ofMaxSize(60)
            .map(p -> String.join("", p).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> prefixed =
        raw.map(
            b -> {
              byte[] header = "text,id\n".getBytes(StandardCharsets.US_ASCII);
              byte[] out = new byte[header.length + b.length];
              System.arraycopy(header, 0, out, 0, header.length);
              System.arraycopy(b, 0, out, header.length, b.length);
              return out;
            });
    return Arbitraries.oneOf(structured, raw, prefixed);
  }

  private static String outcome(byte[] bytes, InputFormat format, int chunk) {
    StringBuilder sb = new StringBuilder();
    try (AppealReader r =
        AppealReader.open(
            new TrickleInputStream(bytes, 7, chunk), format, ReadOptions.defaults())) {
      Appeal a;
      while ((a = r.next()) != null) {
        sb.append(a).append('\n');
      }
      sb.append(r.summary());
    } catch (IOException e) {
      sb.append("IOException: ").append(e.getMessage());
    }
    return sb.toString();
  }

  /** Line breaks as the reader counts them: LF, CRLF and a lone CR each end one line. */
  static long countLineBreaks(byte[] b) {
    long n = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' && (i == 0 || b[i - 1] != '\r')) {
        n++;
      } else if (b[i] == '\r') {
        n++;
      }
    }
    return n;
  }
}
