package voxpop.io;

/**
 * What {@link AppealReader} does with a bad row. Either way the row is reported, never dropped
 * silently.
 */
public enum OnError {
  /** Report the row in the summary (count and first errors) and go on with the next one. */
  SKIP,
  /** Stop at the first bad row with a {@link BadRowException} carrying its {@link RowError}. */
  FAIL
}
