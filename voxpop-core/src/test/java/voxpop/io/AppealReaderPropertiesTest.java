package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.model.Appeal;
import voxpop.testing.SeededCases;

/** Properties of the reader on hostile input: it reports, counts, and keeps its line numbers. */
class AppealReaderPropertiesTest {
  /** CSV and JSON pieces that garbage is run together from. */
  private static final String[] TOKENS = {
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
    " "
  };

  @Test
  void garbageIsReportedNeverThrownAsAnythingElse() {
    SeededCases.run(
        20251219L,
        500,
        rnd ->
            garbageIsReportedNeverThrownAsAnythingElse(
                garbage(rnd),
                rnd.nextBoolean() ? InputFormat.CSV : InputFormat.JSONL,
                SeededCases.between(rnd, 1, 16)));
  }

  private static void garbageIsReportedNeverThrownAsAnythingElse(
      byte[] bytes, InputFormat format, int chunk) {
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

  @Test
  void chunkingNeverChangesTheResult() {
    SeededCases.run(
        20251219L,
        200,
        rnd -> {
          byte[] bytes = garbage(rnd);
          InputFormat format = rnd.nextBoolean() ? InputFormat.CSV : InputFormat.JSONL;
          int chunk = SeededCases.between(rnd, 1, 9);
          assertThat(outcome(bytes, format, chunk)).isEqualTo(outcome(bytes, format, 1 << 20));
        });
  }

  /**
   * Rows of known shape, some bad, with multi-line quoted texts and mixed line ends: every error is
   * reported at the physical line where its row starts.
   */
  @Test
  void csvErrorLinesAreTheLinesWhereTheRowsStart() {
    SeededCases.run(
        20251219L,
        300,
        rnd ->
            csvErrorLinesAreTheLinesWhereTheRowsStart(rows(rnd), SeededCases.between(rnd, 1, 32)));
  }

  private static void csvErrorLinesAreTheLinesWhereTheRowsStart(List<String[]> rows, int chunk)
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

  /** Up to 15 rows of channel (fax is rejected), text and line end. */
  private static List<String[]> rows(SplittableRandom rnd) {
    int n = SeededCases.between(rnd, 0, 15);
    List<String[]> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(
          new String[] {
            SeededCases.oneOf(rnd, "sms", "fax", "web"),
            RandomAppeals.text(rnd),
            SeededCases.oneOf(rnd, "\n", "\r\n", "\r")
          });
    }
    return rows;
  }

  /**
   * One of three, equally likely: up to 60 CSV and JSON tokens run together; up to 300 random
   * bytes; or a CSV header followed by up to 300 random bytes.
   */
  private static byte[] garbage(SplittableRandom rnd) {
    return switch (rnd.nextInt(3)) {
      case 0 -> {
        StringBuilder sb = new StringBuilder();
        for (int i = SeededCases.between(rnd, 0, 60); i > 0; i--) {
          sb.append(SeededCases.oneOf(rnd, TOKENS));
        }
        yield sb.toString().getBytes(StandardCharsets.UTF_8);
      }
      case 1 -> randomBytes(rnd, 0);
      default -> {
        byte[] header = "text,id\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = randomBytes(rnd, header.length);
        System.arraycopy(header, 0, out, 0, header.length);
        yield out;
      }
    };
  }

  /** {@code prefix} zero bytes followed by up to 300 random ones. */
  private static byte[] randomBytes(SplittableRandom rnd, int prefix) {
    byte[] b = new byte[prefix + SeededCases.between(rnd, 0, 300)];
    for (int i = prefix; i < b.length; i++) {
      b[i] = (byte) rnd.nextInt(256);
    }
    return b;
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
