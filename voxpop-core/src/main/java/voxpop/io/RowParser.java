package voxpop.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cuts an input into appeal rows: one implementation per {@link InputFormat}. */
interface RowParser extends Closeable {
  /** Parses the next row into {@code row}; false at the end of the input. */
  boolean next(RawRow row) throws IOException;

  /** Blank lines passed over so far. */
  long blankLines();

  /** Columns or keys that are not input fields, each once, in order of first appearance. */
  List<String> unknownColumns();

  /** The ignored names of one read: each once, at most 50, each cut to 64 characters. */
  final class UnknownColumns {
    private static final int MAX = 50;
    private static final int MAX_NAME = 64;
    private final Set<String> names = new LinkedHashSet<>();

    void add(String name) {
      if (names.size() < MAX) {
        names.add(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name);
      }
    }

    List<String> list() {
      return new ArrayList<>(names);
    }
  }
}
