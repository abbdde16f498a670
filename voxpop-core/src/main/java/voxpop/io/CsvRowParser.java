package voxpop.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Appeals from CSV: the first row is the header naming the columns (any order, any case; only
 * {@code text} is required); each later row becomes a {@link RawRow} holding the input fields,
 * decoded and checked for UTF-8, or the row's error (malformed quoting, a wrong number of fields,
 * invalid UTF-8 in any column, a row over the byte limit). Not thread-safe.
 */
final class CsvRowParser implements RowParser {
  private static final boolean[] CACHEABLE = new boolean[RawRow.FIELDS];

  static {
    CACHEABLE[RawRow.CHANNEL] = true;
    CACHEABLE[RawRow.REGION] = true;
    CACHEABLE[RawRow.AGE_GROUP] = true;
    CACHEABLE[RawRow.GENDER] = true;
  }

  private final CsvScanner csv;
  private final UnknownColumns unknown = new UnknownColumns();
  private boolean started;
  private String[] columnNames;
  private int[] columnField;

  CsvRowParser(InputStream in, int rowLimit) {
    this.csv = new CsvScanner(in, rowLimit);
  }

  @Override
  public boolean next(RawRow row) throws IOException {
    if (!started) {
      started = true;
      if (!readHeader()) {
        return false;
      }
    }
    if (columnNames == null || !csv.nextRecord()) {
      return false;
    }
    row.reset(csv.recLine);
    if (csv.error != null) {
      row.fail(columnLabel(csv.errorColumn), csv.error);
      return true;
    }
    if (csv.nFields != columnNames.length) {
      row.fail(
          "",
          String.format(
              Locale.ROOT,
              "the row has %,d fields, the header has %,d",
              csv.nFields,
              columnNames.length));
      return true;
    }
    for (int c = 0; c < columnNames.length; c++) {
      int f = columnField[c];
      if (f >= 0) {
        String v = CACHEABLE[f] ? csv.cached(c) : csv.decode(c);
        if (v == null) {
          invalidUtf8(row, c, csv.badByte);
          return true;
        }
        row.values[f] = v;
      } else {
        // an ignored column is still checked: the whole input must be UTF-8
        int bad = csv.firstInvalid(c);
        if (bad >= 0) {
          invalidUtf8(row, c, bad);
          return true;
        }
      }
    }
    return true;
  }

  private void invalidUtf8(RawRow row, int column, int offset) {
    row.fail(
        columnLabel(column),
        "invalid UTF-8 at byte " + (offset + 1) + " of the field (the input must be UTF-8)");
  }

  private boolean readHeader() throws IOException {
    if (!csv.nextRecord()) {
      return false; // an empty input: no header, no rows
    }
    long line = csv.recLine;
    if (csv.error != null) {
      throw new IOException("the CSV header on line " + line + " is malformed: " + csv.error);
    }
    int n = csv.nFields;
    if (n > CsvScanner.MAX_COLUMNS) {
      throw new IOException(
          "the CSV header on line "
              + line
              + " has more than "
              + CsvScanner.MAX_COLUMNS
              + " columns");
    }
    String[] names = new String[n];
    int[] fields = new int[n];
    boolean hasText = false;
    for (int c = 0; c < n; c++) {
      String raw = csv.decode(c);
      if (raw == null) {
        throw new IOException("the CSV header on line " + line + " is not valid UTF-8");
      }
      String name = raw.strip().toLowerCase(Locale.ROOT);
      names[c] = name;
      int f = RawRow.fieldIndex(name);
      for (int k = 0; k < c && f >= 0; k++) {
        if (fields[k] == f) {
          throw new IOException(
              "the CSV header on line "
                  + line
                  + " names the column '"
                  + name
                  + "' twice (columns "
                  + (k + 1)
                  + " and "
                  + (c + 1)
                  + ")");
        }
      }
      fields[c] = f;
      hasText |= f == RawRow.TEXT;
    }
    if (!hasText) {
      throw new IOException(
          "the CSV header on line "
              + line
              + " has no 'text' column among its "
              + n
              + " columns; the first line must name the columns, such as "
              + String.join(",", AppealFields.ALL));
    }
    for (int c = 0; c < n; c++) {
      if (fields[c] < 0) {
        unknown.add(names[c]);
      }
    }
    columnNames = names;
    columnField = fields;
    return true;
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

  @Override
  public long blankLines() {
    return csv.blankLines;
  }

  @Override
  public List<String> unknownColumns() {
    return unknown.list();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
