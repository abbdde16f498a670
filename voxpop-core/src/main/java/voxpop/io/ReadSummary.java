package voxpop.io;

import java.util.List;
import java.util.Locale;

/**
 * What one read did: every data row is either accepted or skipped and counted, never dropped
 * silently. Immutable.
 *
 * @param rowsRead data rows seen (not counting the CSV header and blank lines)
 * @param accepted rows turned into appeals
 * @param skipped bad rows reported and left out ({@code rowsRead - accepted})
 * @param blankLines blank lines passed over
 * @param errors the first bad rows, by line, field and reason, at most {@link
 *     ReadOptions#maxErrorsKept()}; {@code skipped} counts all of them
 * @param unknownColumns CSV columns or JSON keys that are not input fields and were ignored, each
 *     once, in order of first appearance (at most 50, each cut to 64 characters)
 */
public record ReadSummary(
    long rowsRead,
    long accepted,
    long skipped,
    long blankLines,
    List<RowError> errors,
    List<String> unknownColumns) {

  public ReadSummary {
    errors = List.copyOf(errors);
    unknownColumns = List.copyOf(unknownColumns);
  }

  /**
   * A few lines for a person: the counts, the ignored columns, then the kept errors, one a line.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT, "read %,d rows: %,d accepted, %,d skipped", rowsRead, accepted, skipped));
    if (blankLines > 0) {
      sb.append(String.format(Locale.ROOT, " (%,d blank lines passed over)", blankLines));
    }
    if (!unknownColumns.isEmpty()) {
      sb.append("\nignored unknown columns: ").append(String.join(", ", unknownColumns));
    }
    for (RowError e : errors) {
      sb.append("\n  ").append(e);
    }
    if (skipped > errors.size()) {
      sb.append(String.format(Locale.ROOT, "\n  ... and %,d more", skipped - errors.size()));
    }
    return sb.toString();
  }
}
