package voxpop.server;

/**
 * A request that cannot be served, with what the client needs to fix it: the error class, a message
 * with limits and sizes (never the citizen's text), the field at fault, and for 429/503 how many
 * seconds to wait.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ApiError error;
  private final String field;
  private final long retryAfterSeconds;

  public ApiException(ApiError error, String message) {
    this(error, message, null, 0);
  }

  public ApiException(ApiError error, String message, String field, long retryAfterSeconds) {
    super(message, null, false, false);
    this.error = error;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A 400 naming the field. */
  public static ApiException invalid(String field, String message) {
    return new ApiException(ApiError.INVALID_REQUEST, message, field, 0);
  }

  public ApiError error() {
    return error;
  }

  /** The field at fault (a JSON path such as {@code [2].text}), or null. */
  public String field() {
    return field;
  }

  /** Seconds to wait before retrying (429, 503), or 0. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
