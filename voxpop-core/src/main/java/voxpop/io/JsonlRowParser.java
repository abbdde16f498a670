package voxpop.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON Lines: each line is one JSON object whose keys are input fields. Lines are found on the raw
 * bytes (LF or CRLF ends), checked for UTF-8, then parsed by a Jackson streaming parser over the
 * line's bytes in place, so that a bad line spoils only itself. Blank lines are passed over and
 * counted. Values are strings; {@code id}, {@code sender} and {@code external_id} may also be JSON
 * integers; {@code null} is the same as an absent key. Unknown keys are skipped and reported. Not
 * thread-safe.
 */
final class JsonlRowParser extends ByteScanner implements RowParser {
  private static final JsonFactory JSON = new JsonFactory();

  private final UnknownColumns unknown = new UnknownColumns();
  private long line = 1;
  private int lineStart;

  JsonlRowParser(InputStream in, int rowLimit) {
    super(in, rowLimit);
  }

  @Override
  public boolean next(RawRow row) throws IOException {
    while (true) {
      if (pos >= lim && !fill(pos)) {
        return false;
      }
      lineStart = pos;
      discarding = false;
      long lineNo = line;
      int end = findLineEnd();
      boolean atEof = end < 0;
      int contentEnd = atEof ? pos : end;
      if (!discarding && contentEnd > lineStart && buf[contentEnd - 1] == '\r') {
        contentEnd--;
      }
      line++;
      if (!atEof) {
        pos = end + 1;
      }
      if (!discarding && blank(lineStart, contentEnd)) {
        blankLines++;
        continue;
      }
      row.reset(lineNo);
      if (discarding) {
        row.fail("", "the line is longer than the limit of " + bytes(rowLimit));
        return true;
      }
      int bad = Utf8.firstInvalid(buf, lineStart, contentEnd);
      if (bad >= 0) {
        row.fail(
            "",
            "invalid UTF-8 at byte "
                + (bad - lineStart + 1)
                + " of the line (the input must be UTF-8)");
        return true;
      }
      parse(row, lineStart, contentEnd - lineStart);
      return true;
    }
  }

  /**
   * The offset of the next LF from {@code pos}, refilling as needed; -1 at the end of the input.
   */
  private int findLineEnd() throws IOException {
    int p = pos;
    while (true) {
      byte[] b = buf;
      int l = lim;
      while (p < l) {
        if (b[p] == '\n') {
          return p;
        }
        p++;
      }
      pos = p;
      if (!fill(lineStart)) {
        return -1;
      }
      p = pos;
    }
  }

  private void parse(RawRow row, int offset, int length) {
    int seen = 0;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), buf, offset, length)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        row.fail("", "wrong JSON type: each line must be one JSON object, found " + kind(t));
        return;
      }
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        int f = RawRow.fieldIndex(name);
        t = p.nextToken();
        if (f < 0) {
          unknown.add(name);
          p.skipChildren();
          continue;
        }
        if ((seen & (1 << f)) != 0) {
          row.fail(name, "the key appears twice in the object");
          return;
        }
        seen |= 1 << f;
        if (t == JsonToken.VALUE_STRING) {
          row.values[f] = p.getString();
        } else if (t == JsonToken.VALUE_NUMBER_INT
            && (f == RawRow.ID || f == RawRow.SENDER || f == RawRow.EXTERNAL_ID)) {
          row.values[f] = p.getString();
        } else if (t != JsonToken.VALUE_NULL) {
          row.fail(name, "wrong JSON type: expected a string, found " + kind(t));
          return;
        }
      }
      if (p.nextToken() != null) {
        row.fail("", "invalid JSON: more than one value on the line");
      }
    } catch (JacksonException e) {
      // Jackson's own message may quote the input; say only where it broke.
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      row.fail("", column > 0 ? "invalid JSON at column " + column : "invalid JSON");
    }
  }

  private static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public long blankLines() {
    return blankLines;
  }

  @Override
  public List<String> unknownColumns() {
    return unknown.list();
  }

  @Override
  void shifted(int k) {
    lineStart -= k;
  }

  @Override
  void tooLong() {
    // reported by next() once the line's end is found
  }
}
