package voxpop.store;

/** A store failure. Messages carry ids, sizes and limits, never a citizen's text or contact. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the store failed, so that the server can map it to a status. */
  public enum Kind {
    /** The write queue is full: the caller should retry later (HTTP 503 with Retry-After). */
    OVERLOADED,
    /** The store is closed or closing. */
    CLOSED,
    /** The database failed (disk, connection, constraint). */
    IO
  }

  private final Kind kind;

  public StoreException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
