package voxpop.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 4180 CSV over bytes (comma or another ASCII delimiter): a four-state machine (field start,
 * unquoted, quoted, quote seen) with tight inner loops for the two field states. The structural
 * characters are ASCII, so rows and fields are found on the raw UTF-8 bytes, and a caller decodes
 * only the fields it needs.
 *
 * <p>Line ends may be CRLF, LF or a lone CR, inside quoted fields too; line numbers count them. A
 * UTF-8 byte order mark at the start is dropped. Blank lines between rows are passed over and
 * counted. A malformed row (a quote inside an unquoted field, a character after a closing quote, an
 * unterminated quoted field at the end of the input, a row over the byte limit) carries one error;
 * the machine keeps its state so that the following rows and their line numbers stay right. Not
 * thread-safe.
 */
final class CsvScanner extends ByteScanner {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_SEEN = 3;
  static final int MAX_COLUMNS = 10_000;

  private long line = 1;
  private boolean skipLf;
  private boolean started;

  // the row just read
  private int recStart;

  /** The 1-based line where the row starts. */
  long recLine;

  /** How many fields the row has (only the first {@link #MAX_COLUMNS} + 1 are kept). */
  int nFields;

  private int fieldStart;
  private long fieldLine;
  private boolean fieldEscaped;
  private int[] fStart = new int[16];
  private int[] fEnd = new int[16];
  private boolean[] fEscaped = new boolean[16];

  /** The row's structural error, or null. */
  String error;

  /** The column of {@link #error}, or -1 for the row as a whole. */
  int errorColumn;

  private char[] chars = new char[256];

  /** After {@link #decode} returned null: the offending byte's offset in the field. */
  int badByte;

  private final StringCache smallValues = new StringCache();

  private final byte delimiter;

  /** A comma-separated scanner. */
  CsvScanner(InputStream in, int rowLimit) {
    this(in, rowLimit, ',');
  }

  /** A scanner with another ASCII delimiter, such as a tab (quoting as in RFC 4180). */
  CsvScanner(InputStream in, int rowLimit, char delimiter) {
    super(in, rowLimit);
    if (delimiter > 127 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("the delimiter must be ASCII, not a quote or line end");
    }
    this.delimiter = (byte) delimiter;
  }

  /**
   * Reads the next row's field boundaries (and its structural error, if any); false at the end of
   * the input.
   */
  boolean nextRecord() throws IOException {
    if (!started) {
      started = true;
      while (lim - pos < 3 && fill(pos)) {
        // a tiny stream: read on until three bytes or the end
      }
      if (lim - pos >= 3
          && buf[pos] == (byte) 0xEF
          && buf[pos + 1] == (byte) 0xBB
          && buf[pos + 2] == (byte) 0xBF) {
        pos += 3;
      }
    }
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
          byte d = delimiter;
          byte b = 0;
          while (p < l) {
            b = bb[p];
            if (b == d || b == '\n' || b == '\r' || b == '"') {
              break;
            }
            p++;
          }
          pos = p;
          if (p < l) {
            if (b == d) {
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
          } else if (b == delimiter) {
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

  /** The offset in column {@code c} of its first byte that is not UTF-8, or -1. */
  int firstInvalid(int c) {
    int bad = Utf8.firstInvalid(buf, fStart[c], fEnd[c]);
    return bad < 0 ? -1 : bad - fStart[c];
  }

  @Override
  void tooLong() {
    fail(-1, "the row is longer than the limit of " + bytes(rowLimit));
  }

  /**
   * The value of column {@code c}, decoded and checked in one pass; null for invalid UTF-8, with
   * the offending byte's offset in the field in {@link #badByte}.
   */
  String decode(int c) {
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
  String cached(int c) {
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
}
