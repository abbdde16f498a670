package voxpop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import voxpop.model.Language;
import voxpop.model.Verdict;
import voxpop.pipeline.QuestionTable;

/**
 * Writes {@code questions.csv}: one row per question, RFC 4180 (comma-separated, CRLF line ends, a
 * field quoted only when it holds a comma, a quote, CR or LF, quotes doubled), UTF-8 without a
 * byte-order mark, with the header {@value #HEADER}.
 *
 * <p>The values are those of {@link QuestionTable}'s helpers ({@code questionId}, {@code
 * themeIdOf}, ...), but written straight into a large byte buffer: codes and ids are encoded once,
 * numbers are written digit by digit, and nothing is allocated per row for ASCII appeal ids. Rows
 * are written in table order, so the output is deterministic. Stateless and thread-safe.
 */
public final class QuestionsCsvWriter {
  /** The header line, without its line end. */
  public static final String HEADER =
      "id,appeal_id,question_no,language,verdict,reason,duplicate_group,campaign,theme_id,subtheme_id";

  private static final int BUFFER = 1 << 20;
  private static final byte[] OTHER = ascii("other");
  private static final byte[] EMPTY = new byte[0];

  private QuestionsCsvWriter() {}

  /** Writes {@code table} to {@code file}, replacing it. */
  public static void write(QuestionTable table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(table, out);
    }
  }

  /** Writes {@code table} to {@code out} and flushes it, without closing it. */
  public static void write(QuestionTable table, OutputStream out) throws IOException {
    Utf8Sink sink = new Utf8Sink(out, BUFFER);
    sink.write(ascii(HEADER + "\r\n"));
    byte[][] languages = fields(Language.values().length, i -> Language.values()[i].code());
    byte[][] verdicts = fields(Verdict.values().length, i -> Verdict.values()[i].code());
    byte[][] themes = fields(table.themeIds());
    byte[][] subthemes = fields(table.subthemeIds());
    Map<String, byte[]> reasons = new HashMap<>();
    List<String> appealIds = table.appealIds();
    for (int q = 0, n = table.size(); q < n; q++) {
      String appealId = appealIds.get(table.appeal()[q]);
      boolean quote = needsQuotes(appealId);
      if (quote) {
        sink.write((byte) '"');
        writeEscaped(sink, appealId);
      } else {
        sink.write(appealId);
      }
      sink.write((byte) '-');
      sink.writeInt(table.questionNo()[q], 1);
      if (quote) {
        sink.write((byte) '"');
      }
      sink.write((byte) ',');
      writeField(sink, appealId, quote);
      sink.write((byte) ',');
      sink.writeInt(table.questionNo()[q], 1);
      sink.write((byte) ',');
      sink.write(languages[table.language()[q]]);
      sink.write((byte) ',');
      sink.write(verdicts[table.verdict()[q]]);
      sink.write((byte) ',');
      sink.write(reasons.computeIfAbsent(orEmpty(table.reason()[q]), QuestionsCsvWriter::field));
      sink.write((byte) ',');
      int group = table.duplicateGroup()[q];
      if (group >= 0) {
        sink.write((byte) 'g');
        sink.writeInt(group, 6);
      }
      sink.write((byte) ',');
      if (table.campaign().get(q)) {
        sink.write((byte) '1');
      }
      sink.write((byte) ',');
      int theme = table.theme()[q];
      sink.write(theme >= 0 ? themes[theme] : theme == QuestionTable.OTHER ? OTHER : EMPTY);
      sink.write((byte) ',');
      int sub = table.subtheme()[q];
      sink.write(sub >= 0 ? subthemes[sub] : theme == QuestionTable.SCREENED ? EMPTY : OTHER);
      sink.write((byte) '\r');
      sink.write((byte) '\n');
    }
    sink.flush();
  }

  /** Whether RFC 4180 requires {@code s} to be quoted. */
  static boolean needsQuotes(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static void writeField(Utf8Sink sink, String s, boolean quote) throws IOException {
    if (quote) {
      sink.write((byte) '"');
      writeEscaped(sink, s);
      sink.write((byte) '"');
    } else {
      sink.write(s);
    }
  }

  private static void writeEscaped(Utf8Sink sink, String s) throws IOException {
    sink.write(s.replace("\"", "\"\""));
  }

  /** The bytes of {@code s} as a complete CSV field, quoted if needed. */
  private static byte[] field(String s) {
    String f = needsQuotes(s) ? '"' + s.replace("\"", "\"\"") + '"' : s;
    return f.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[][] fields(List<String> values) {
    return fields(values == null ? 0 : values.size(), i -> orEmpty(values.get(i)));
  }

  private static byte[][] fields(int n, IntFunction<String> value) {
    byte[][] out = new byte[n][];
    for (int i = 0; i < n; i++) {
      out[i] = field(value.apply(i));
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
