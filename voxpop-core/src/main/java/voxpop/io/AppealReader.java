package voxpop.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import voxpop.model.AgeGroup;
import voxpop.model.Appeal;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Regions;

/**
 * Streams appeals from a CSV or JSON Lines file (see {@code docs/input-format.md}), one row at a
 * time, checking every field: a 3-million-row file is never in memory as a whole.
 *
 * <ol>
 *   <li>a {@link RowParser} (CSV or JSON Lines) cuts the bytes into rows and finds each field's raw
 *       value, or the row's structural error;
 *   <li>{@link #next()} checks the fields (text present and within its limit, a parsable time,
 *       known channel, age group and gender, an id not seen before), fills the defaults ({@code
 *       line-<n>} for a missing id, channel {@code other}), canonicalises the region, and either
 *       returns the appeal or reports the row by line, field and reason.
 * </ol>
 *
 * Under {@link OnError#SKIP} a bad row is counted, the first ones are kept in the {@link
 * ReadSummary}, and reading goes on; under {@link OnError#FAIL} the first bad row ends the read
 * with a {@link BadRowException}. Nothing is dropped silently, and no message quotes a row's
 * content. Gzip input is recognised by its magic bytes. Not thread-safe: one reader per thread.
 */
public final class AppealReader implements Closeable {
  private static final int REGION_CACHE_LIMIT = 10_000;

  private final RowParser parser;
  private final ReadOptions options;
  private final RawRow row = new RawRow();
  private final IdSet ids = new IdSet();
  private final Map<String, String> regions = new HashMap<>();
  private final List<RowError> errors = new ArrayList<>();
  private long rowsRead;
  private long accepted;
  private long skipped;

  private AppealReader(RowParser parser, ReadOptions options) {
    this.parser = parser;
    this.options = options;
  }

  /**
   * Opens a file; its format follows its extension ({@link InputFormat#of}), gzip is recognised by
   * content.
   *
   * @throws IllegalArgumentException when the extension names no known format
   */
  public static AppealReader open(Path file, ReadOptions options) throws IOException {
    InputFormat format = InputFormat.of(file);
    return open(Files.newInputStream(file), format, options);
  }

  /**
   * Reads a stream in the given format (plain or gzip), such as a bulk-import request body. The
   * reader owns the stream and closes it.
   */
  public static AppealReader open(InputStream in, InputFormat format, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    try {
      InputStream body = Gzip.ungzip(in);
      RowParser parser =
          format == InputFormat.CSV
              ? new CsvRowParser(body, options.rowByteLimit())
              : new JsonlRowParser(body, options.rowByteLimit());
      return new AppealReader(parser, options);
    } catch (IOException | RuntimeException e) {
      in.close(); // the reader owns the stream, also when it cannot start
      throw e;
    }
  }

  /**
   * The next good appeal, or {@code null} at the end of the input.
   *
   * @throws BadRowException under {@link OnError#FAIL}, at the first bad row
   * @throws IOException when the input cannot be read, or its CSV header is unusable
   */
  public Appeal next() throws IOException {
    while (parser.next(row)) {
      rowsRead++;
      Appeal a = row.error == null ? toAppeal() : null;
      if (a != null) {
        accepted++;
        return a;
      }
      skipped++;
      if (errors.size() < options.maxErrorsKept()) {
        errors.add(row.error);
      }
      if (options.onError() == OnError.FAIL) {
        throw new BadRowException(row.error);
      }
    }
    return null;
  }

  /** The counts so far (final once {@link #next()} has returned null). */
  public ReadSummary summary() {
    return new ReadSummary(
        rowsRead, accepted, skipped, parser.blankLines(), errors, parser.unknownColumns());
  }

  /** The appeal of a structurally sound row, or null with {@code row.error} set. */
  private Appeal toAppeal() {
    String[] v = row.values;
    String text = v[RawRow.TEXT];
    if (text == null) {
      row.fail(AppealFields.TEXT, "missing text (the only required field)");
      return null;
    }
    if (text.length() > options.maxTextChars()) {
      int chars = text.codePointCount(0, text.length());
      if (chars > options.maxTextChars()) {
        row.fail(
            AppealFields.TEXT,
            String.format(
                Locale.ROOT,
                "text too long: %,d characters, the limit is %,d",
                chars,
                options.maxTextChars()));
        return null;
      }
    }
    String id = small(RawRow.ID);
    if (id == null || id.isEmpty()) {
      id = "line-" + row.line;
    }
    Instant receivedAt = null;
    String time = small(RawRow.RECEIVED_AT);
    if (time != null && !time.isEmpty()) {
      receivedAt = Timestamps.parse(time, options.zone());
      if (receivedAt == null) {
        row.fail(
            AppealFields.RECEIVED_AT,
            "unparsable time of "
                + time.length()
                + " characters: expected ISO-8601 such as 2025-12-19T12:05:00Z or"
                + " 2025-12-19T15:05:00+03:00");
        return null;
      }
    }
    Channel channel = channel(small(RawRow.CHANNEL));
    String region = region(small(RawRow.REGION));
    String sender = small(RawRow.SENDER);
    String externalId = small(RawRow.EXTERNAL_ID);
    AgeGroup age;
    Gender gender;
    try {
      age = AgeGroup.parse(small(RawRow.AGE_GROUP));
    } catch (IllegalArgumentException e) {
      row.fail(AppealFields.AGE_GROUP, e.getMessage());
      return null;
    }
    try {
      gender = Gender.parse(small(RawRow.GENDER));
    } catch (IllegalArgumentException e) {
      row.fail(AppealFields.GENDER, e.getMessage());
      return null;
    }
    if (row.error != null) {
      return null;
    }
    if (!ids.add(id)) {
      row.fail(AppealFields.ID, "duplicate id: an earlier row has the same id");
      return null;
    }
    return new Appeal(id, receivedAt, channel, text, region, sender, age, gender, externalId);
  }

  /** A short field's value, stripped, or null; over the limit it fails the row. */
  private String small(int field) {
    String s = row.values[field];
    if (s == null) {
      return null;
    }
    if (s.length() > options.maxFieldChars()) {
      row.fail(
          RawRow.fieldName(field),
          String.format(
              Locale.ROOT,
              "value too long: %,d characters, the limit is %,d",
              s.length(),
              options.maxFieldChars()));
      return "";
    }
    return s.strip();
  }

  private Channel channel(String code) {
    if (code == null || code.isEmpty()) {
      return Channel.OTHER;
    }
    switch (code) {
      case "phone":
        return Channel.PHONE;
      case "sms":
        return Channel.SMS;
      case "messenger":
        return Channel.MESSENGER;
      case "social":
        return Channel.SOCIAL;
      case "web":
        return Channel.WEB;
      case "app":
        return Channel.APP;
      case "other":
        return Channel.OTHER;
      default:
        try {
          return Channel.parse(code);
        } catch (IllegalArgumentException e) {
          row.fail(AppealFields.CHANNEL, e.getMessage());
          return Channel.OTHER;
        }
    }
  }

  /** The canonical region, remembered for the few hundred spellings a real file holds. */
  private String region(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String r = regions.get(raw);
    if (r == null) {
      r = Regions.canonical(raw);
      if (regions.size() < REGION_CACHE_LIMIT) {
        regions.put(raw, r);
      }
    }
    return r;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
