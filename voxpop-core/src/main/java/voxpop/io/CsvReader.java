package voxpop.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads any RFC 4180 CSV file with a header row, streamed, on the same byte-level machine as {@link
 * AppealReader}: labels files, the engine's {@code questions.csv}, data sets. Strict: a malformed
 * row, a row whose field count differs from the header's, or invalid UTF-8 ends the read with an
 * {@link IOException} naming the source, the line and the reason (never the content). Gzip is
 * recognised by its magic bytes. Not thread-safe.
 */
public final class CsvReader implements Closeable {
  /** Rows of tables and data sets may be long (whole letters), but not unbounded. */
  private static final int ROW_LIMIT = 64 << 20;

  private final CsvScanner csv;
  private final String source;
  private final List<String> header;

  private CsvReader(InputStream in, String source, char delimiter) throws IOException {
    this.csv = new CsvScanner(Gzip.ungzip(in), ROW_LIMIT, delimiter);
    this.source = source;
    if (!csv.nextRecord()) {
      header = List.of();
      return;
    }
    if (csv.error != null) {
      throw error("the header is malformed: " + csv.error);
    }
    List<String> names = new ArrayList<>(csv.nFields);
    for (int c = 0; c < csv.nFields; c++) {
      String name = csv.decode(c);
      if (name == null) {
        throw error("the header is not valid UTF-8");
      }
      names.add(name.strip());
    }
    header = Collections.unmodifiableList(names);
  }

  /** Opens a comma-separated file (plain or gzip). */
  public static CsvReader open(Path file) throws IOException {
    return open(file, ',');
  }

  /** Opens a file separated by another ASCII character, such as a tab, quoted as RFC 4180 says. */
  public static CsvReader open(Path file, char delimiter) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return new CsvReader(in, file.getFileName().toString(), delimiter);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads a stream; {@code source} names it in error messages. The reader closes the stream. */
  public static CsvReader open(InputStream in, String source) throws IOException {
    try {
      return new CsvReader(in, source, ',');
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The column names as written (stripped); empty for an empty input. */
  public List<String> header() {
    return header;
  }

  /** The index of a column by name, ignoring case and surrounding blanks, or -1. */
  public int column(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The next row's fields, one per header column, or null at the end.
   *
   * @throws IOException for a malformed row, naming the source and the line
   */
  public String[] next() throws IOException {
    if (header.isEmpty() || !csv.nextRecord()) {
      return null;
    }
    if (csv.error != null) {
      throw error(csv.error);
    }
    if (csv.nFields != header.size()) {
      throw error(
          String.format(
              Locale.ROOT,
              "the row has %,d fields, the header has %,d",
              csv.nFields,
              header.size()));
    }
    String[] row = new String[csv.nFields];
    for (int c = 0; c < row.length; c++) {
      row[c] = csv.cached(c);
      if (row[c] == null) {
        throw error(
            "invalid UTF-8 at byte " + (csv.badByte + 1) + " of column '" + header.get(c) + "'");
      }
    }
    return row;
  }

  /** The 1-based line where the row last returned by {@link #next()} starts. */
  public long line() {
    return csv.recLine;
  }

  private IOException error(String reason) {
    return new IOException(source + " line " + csv.recLine + ": " + reason);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
