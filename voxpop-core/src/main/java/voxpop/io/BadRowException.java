package voxpop.io;

import java.io.IOException;

/**
 * Thrown by {@link AppealReader#next()} under {@link OnError#FAIL} at the first bad row. Its
 * message is the row error's line, field and reason, never the row's content.
 */
public final class BadRowException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient RowError rowError;

  public BadRowException(RowError rowError) {
    super("bad input row at " + rowError);
    this.rowError = rowError;
  }

  /** The error of the row that stopped the read. */
  public RowError rowError() {
    return rowError;
  }
}
