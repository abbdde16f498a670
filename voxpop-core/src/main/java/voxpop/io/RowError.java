package voxpop.io;

import java.util.Objects;

/**
 * Why one input row was rejected. The message never quotes the row's content (it is a citizen's
 * text): only the line, the field and a reason with sizes and limits.
 *
 * @param line the 1-based physical line where the row starts (the header is line 1 of a CSV file)
 * @param field the input field at fault, such as {@code received_at}; empty when the row as a whole
 *     is at fault (malformed quoting, invalid JSON, too many columns)
 * @param reason what is wrong, in words
 */
public record RowError(long line, String field, String reason) {
  public RowError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  /** A row-level error, not tied to one field. */
  static RowError row(long line, String reason) {
    return new RowError(line, "", reason);
  }

  /**
   * {@code line 12, field received_at: unparsable time ...} or {@code line 12: invalid JSON ...}.
   */
  @Override
  public String toString() {
    return field.isEmpty()
        ? "line " + line + ": " + reason
        : "line " + line + ", field " + field + ": " + reason;
  }
}
