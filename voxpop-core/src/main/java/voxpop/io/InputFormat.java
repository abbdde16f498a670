package voxpop.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two file formats of appeals: RFC 4180 CSV with a header, and JSON Lines. */
public enum InputFormat {
  CSV,
  JSONL;

  /**
   * The format named by a file's extension: {@code .csv} or {@code .jsonl}/{@code .ndjson}, each
   * optionally followed by {@code .gz}.
   *
   * @throws IllegalArgumentException naming the accepted extensions
   */
  public static InputFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of "
            + file.getFileName()
            + ": expected a name ending in .csv, .jsonl or .ndjson (optionally .gz)");
  }

  /** Whether the file is gzip-compressed, by its extension. */
  public static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
