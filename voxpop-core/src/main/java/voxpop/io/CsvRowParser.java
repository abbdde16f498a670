package voxpop.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * RFC 4180 CSV over bytes: a four-state machine (field start, unquoted, quoted, quote seen) with
 * tight inner loops for the two field states. The structural characters are ASCII, so rows and
 * fields are found on the raw UTF-8 bytes and only the fields the engine uses are decoded.
 *
 * <p>Line ends may be CRLF, LF or a lone CR, inside quoted fields too; line numbers count them. The
 * first row is the header naming the columns (a UTF-8 byte order mark before it is dropped). Blank
 * lines between rows are passed over and counted. A malformed row (a quote inside an unquoted
 * field, a character after a closing quote, a wrong number of fields, an unterminated quoted field
 * at the end of the input, invalid UTF-8, a row over the byte limit) is reported as one {@link
 * RowError}; the machine keeps its state so that the following rows and their line numbers stay
 * right. Not thread-safe.
 */
final class CsvRowParser extends RowParser {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;
  private static final int MAX_COLUMNS = 10_000;

  private long line = 1;
  private boolean skipLf;
  private boolean started;

  // the row in progress
  private int recStart;
  private long recLine;
  private int nFields;
  private int fieldStart;
  private long fieldLine;
  private boolean fieldEscaped;
  private int[] fStart = new int[16];
  private int[] fEnd = new int[16];
  private boolean[] fEscaped = new boolean[16];
  private String error;
  private int errorColumn;

  // the header
  private String[] columnNames;
  private int[] columnField;
  private char[] chars = new char[256];
  private int badByte;
  private final StringCache smallValues = new StringCache();
  private static final boolean[] cacheable = new boolean[RawRow.FIELDS];

  static {
    cacheable[RawRow.CHANNEL] = true;
    cacheable[RawRow.REGION] = true;
    cacheable[RawRow.AGE_GROUP] = true;
    cacheable[RawRow.GENDER] = true;
  }

  CsvRowParser(InputStream in, int rowLimit) {
    super(in, rowLimit);
  }

  @Override
  boolean next(RawRow row) throws IOException {
    if (!started) {
      started = true;
      if (!readHeader()) {
        return false;
      }
    }
    if (columnNames == null || !readRecord()) {
      return false;
    }
    row.reset(recLine);
    if (error != null) {
      row.fail(columnLabel(errorColumn), error);
      return true;
    }
    if (nFields != columnNames.length) {
      row.fail(
          "",
          String.format(
              Locale.ROOT,
              "the row has %,d fields, the header has %,d",
              nFields,
              columnNames.length));
      return true;
    }
    for (int c = 0; c < columnNames.length; c++) {
      int f = columnField[c];
      String v;
      if (f >= 0) {
        v = cacheable[f] ? cached(c) : decode(c);
      } else {
        // an ignored column is still checked: the whole input must be UTF-8
        int bad = Utf8.firstInvalid(buf, fStart[c], fEnd[c]);
        badByte = bad - fStart[c];
        v = bad < 0 ? "" : null;
      }
      if (v == null) {
        row.fail(
            columnLabel(c),
            "invalid UTF-8 at byte " + (badByte + 1) + " of the field (the input must be UTF-8)");
        return true;
      }
      if (f >= 0) {
        row.values[f] = v;
      }
    }
    return true;
  }

  private boolean readHeader() throws IOException {
    while (lim - pos < 3 && fill(pos)) {
      // a tiny stream: read on until three bytes or the end
    }
    if (lim - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
    if (!readRecord()) {
      return false; // an empty input: no header, no rows
    }
    if (error != null) {
      throw new IOException("the CSV header on line " + recLine + " is malformed: " + error);
    }
    if (nFields > MAX_COLUMNS) {
      throw new IOException(
          "the CSV header on line " + recLine + " has more than " + MAX_COLUMNS + " columns");
    }
    columnNames = new String[nFields];
    columnField = new int[nFields];
    boolean hasText = false;
    for (int c = 0; c < nFields; c++) {
      String raw = decode(c);
      if (raw == null) {
        throw new IOException("the CSV header on line " + recLine + " is not valid UTF-8");
      }
      String name = raw.strip().toLowerCase(Locale.ROOT);
      columnNames[c] = name;
      int f = RawRow.fieldIndex(name);
      for (int k = 0; k < c && f >= 0; k++) {
        if (columnField[k] == f) {
          throw new IOException(
              "the CSV header on line "
                  + recLine
                  + " names the column '"
                  + name
                  + "' twice (columns "
                  + (k + 1)
                  + " and "
                  + (c + 1)
                  + ")");
        }
      }
      columnField[c] = f;
      hasText |= f == RawRow.TEXT;
      if (f < 0) {
        unknownColumn(name);
      }
    }
    if (!hasText) {
      columnNames = null;
      throw new IOException(
          "the CSV header on line "
              + recLine
              + " has no 'text' column among its "
              + nFields
              + " columns; the first line must name the columns, such as "
              + String.join(",", AppealFields.ALL));
    }
    return true;
  }

  /** Reads one row's field boundaries; false at the end of the input. */
  private boolean readRecord() throws IOException {
    while (true) {
      if (pos >= lim && !fill(pos)) {
        return false;
      }
      byte b = buf[pos];
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          pos++;
          continue;
        }
      }
      if (b == '\n' || b == '\r') {
        pos++;
        line++;
        skipLf = b == '\r';
        blankLines++;
        continue;
      }
      break;
    }
    recStart = pos;
    recLine = line;
    nFields = 0;
    error = null;
    errorColumn = -1;
    discarding = false;
    int state = FIELD_START;
    while (true) {
      if (pos >= lim) {
        if (!fill(recStart)) {
          switch (state) {
            case QUOTED ->
                fail(
                    nFields,
                    "unterminated quoted field: the quote opened on line "
                        + fieldLine
                        + " is never closed before the end of the input");
            case QUOTE_SEEN -> endField(pos - 1);
            default -> endField(pos);
          }
          return true;
        }
        continue;
      }
      switch (state) {
        case FIELD_START -> {
          fieldLine = line;
          fieldEscaped = false;
          if (buf[pos] == '"') {
            fieldStart = ++pos;
            state = QUOTED;
          } else {
            fieldStart = pos;
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          int p = pos;
          byte[] bb = buf;
          int l = lim;
          byte b = 0;
          while (p < l) {
            b = bb[p];
            if (b == ',' || b == '\n' || b == '\r' || b == '"') {
              break;
            }
            p++;
          }
          pos = p;
          if (p < l) {
            if (b == ',') {
              endField(p);
              pos = p + 1;
              state = FIELD_START;
            } else if (b == '"') {
              fail(
                  nFields,
                  "a quote inside an unquoted field (quote the whole field and double the quote)");
              pos = p + 1;
            } else {
              endField(p);
              endLine(b);
              return true;
            }
          }
        }
        case QUOTED -> {
          int p = pos;
          byte[] bb = buf;
          int l = lim;
          while (p < l) {
            byte b = bb[p];
            if (b == '"') {
              break;
            } else if (b == '\n') {
              if (bb[p - 1] != '\r') {
                line++;
              }
            } else if (b == '\r') {
              line++;
            }
            p++;
          }
          pos = p;
          if (p < l) {
            pos = p + 1;
            state = QUOTE_SEEN;
          }
        }
        default -> {
          byte b = buf[pos];
          if (b == '"') {
            fieldEscaped = true;
            pos++;
            state = QUOTED;
          } else if (b == ',') {
            endField(pos - 1);
            pos++;
            state = FIELD_START;
          } else if (b == '\n' || b == '\r') {
            endField(pos - 1);
            endLine(b);
            return true;
          } else {
            fail(
                nFields,
                "a character after the closing quote (a quote inside a quoted field must be"
                    + " doubled)");
            state = UNQUOTED;
          }
        }
      }
    }
  }

  /** Consumes the line end at {@code pos}. */
  private void endLine(byte b) {
    pos++;
    line++;
    skipLf = b == '\r';
  }

  private void endField(int end) {
    if (!discarding) {
      if (nFields == fStart.length && nFields < MAX_COLUMNS + 1) {
        int n = Math.min(nFields * 2, MAX_COLUMNS + 1);
        fStart = Arrays.copyOf(fStart, n);
        fEnd = Arrays.copyOf(fEnd, n);
        fEscaped = Arrays.copyOf(fEscaped, n);
      }
      if (nFields < fStart.length) {
        fStart[nFields] = fieldStart;
        fEnd[nFields] = end;
        fEscaped[nFields] = fieldEscaped;
      }
    }
    nFields++;
  }

  private void fail(int column, String reason) {
    if (error == null) {
      error = reason;
      errorColumn = column;
    }
  }

  @Override
  void shifted(int k) {
    recStart -= k;
    fieldStart -= k;
    int n = Math.min(nFields, fStart.length);
    for (int i = 0; i < n; i++) {
      fStart[i] -= k;
      fEnd[i] -= k;
    }
  }

  @Override
  void tooLong() {
    fail(-1, "the row is longer than the limit of " + bytes(rowLimit));
  }

  /**
   * The value of column {@code c}, decoded and checked in one pass; null for invalid UTF-8, with
   * the offending byte's offset in the field in {@link #badByte}.
   */
  private String decode(int c) {
    int s = fStart[c];
    int e = fEnd[c];
    if (s == e) {
      return "";
    }
    if (!fEscaped[c] && Utf8.ascii(buf, s, e)) {
      return new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
    }
    if (chars.length < e - s) {
      chars = new char[Math.max(e - s, chars.length * 2)];
    }
    int n = Utf8.decode(buf, s, e, chars, fEscaped[c]);
    if (n < 0) {
      badByte = -1 - n;
      return null;
    }
    return new String(chars, 0, n);
  }

  /** Like {@link #decode}, through the cache of short repetitive values. */
  private String cached(int c) {
    int s = fStart[c];
    int e = fEnd[c];
    if (e - s > StringCache.MAX_BYTES || fEscaped[c]) {
      return decode(c);
    }
    String v = smallValues.get(buf, s, e);
    if (v == null) {
      v = decode(c);
      if (v != null) {
        smallValues.put(buf, s, e, v);
      }
    }
    return v;
  }

  private String columnLabel(int c) {
    if (c < 0 || columnNames == null) {
      return "";
    }
    if (c >= columnNames.length) {
      return "column " + (c + 1);
    }
    int f = columnField[c];
    return f >= 0 ? RawRow.fieldName(f) : columnNames[c];
  }
}
