package voxpop.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import voxpop.store.StoreException;

/**
 * Maps every failure to one JSON body {@code {"error": code, "message": ..., "field": ...}} and its
 * status, in one place. Unexpected exceptions are logged with the request's method and route, never
 * its body.
 */
public final class ErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  private final Metrics metrics;

  public ErrorHandler(Metrics metrics) {
    this.metrics = metrics;
  }

  /** Translates any throwable into an {@link ApiException}. */
  public static ApiException translate(Throwable t) {
    Throwable e = t;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof ApiException api) {
      return api;
    }
    if (e instanceof StoreException se) {
      return switch (se.kind()) {
        case OVERLOADED ->
            new ApiException(ApiError.OVERLOADED, "the store is busy; retry shortly", null, 1);
        case CLOSED ->
            new ApiException(ApiError.SHUTTING_DOWN, "the server is shutting down", null, 5);
        case IO -> new ApiException(ApiError.STORE_UNAVAILABLE, "the store failed; retry", null, 5);
      };
    }
    if (e instanceof HttpResponseException h) {
      return switch (h.getStatus()) {
        case 413 ->
            new ApiException(
                ApiError.PAYLOAD_TOO_LARGE, "request body too large: " + h.getMessage());
        case 404 -> new ApiException(ApiError.NOT_FOUND, "no such resource");
        case 405 -> new ApiException(ApiError.NOT_FOUND, "method not allowed here");
        case 415 -> new ApiException(ApiError.UNSUPPORTED_MEDIA_TYPE, h.getMessage());
        case 400 -> new ApiException(ApiError.INVALID_REQUEST, h.getMessage());
        default -> null;
      };
    }
    return null;
  }

  /** The exception handler registered for every exception type. */
  public void handle(Exception e, Context ctx) {
    respond(ctx, e);
  }

  /** Writes the error response for a failure. */
  public void respond(Context ctx, Throwable t) {
    ApiException api = translate(t);
    if (api == null) {
      LOG.error(
          "event=request.failed method={} route={} error={}",
          ctx.method(),
          Metrics.route(ctx),
          t.getClass().getName(),
          t);
      api = new ApiException(ApiError.INTERNAL, "internal error");
    } else if (api.error().status() >= 500) {
      LOG.warn(
          "event=request.unavailable method={} route={} error={} reason={}",
          ctx.method(),
          Metrics.route(ctx),
          api.error().code(),
          t.getMessage());
    }
    metrics.rejected(api.error().code());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", api.error().code());
    body.put("message", api.getMessage());
    if (api.field() != null) {
      body.put("field", api.field());
    }
    if (api.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", Long.toString(api.retryAfterSeconds()));
      body.put("retry_after", api.retryAfterSeconds());
    }
    ctx.status(api.error().status()).json(body);
  }
}
