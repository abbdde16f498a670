package voxpop.server;

/** Every way a request can fail, with its HTTP status: the one table of failures. */
public enum ApiError {
  INVALID_REQUEST(400),
  INVALID_ENCODING(400),
  UNAUTHORIZED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  PAYLOAD_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  FLOOD(429),
  RATE_LIMITED(429),
  OVERLOADED(503),
  SHUTTING_DOWN(503),
  STORE_UNAVAILABLE(503),
  INTERNAL(500);

  private final int status;

  ApiError(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The code in error bodies: {@code invalid_request}, {@code flood}, ... */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
