package voxpop.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;

/**
 * {@code POST /api/v1/ask}: what the public form ({@code /ask}) posts: question, region and an
 * optional contact for a reply. No token; limited per client IP and, when a contact is given, per
 * contact. The contact is the one piece of personal data kept as given, in its own column, because
 * the citizen gave it for a reply. An {@code Idempotency-Key} header (the page sends one per
 * submission) makes a double click store one appeal.
 */
public final class AskController {
  private static final Set<String> FIELDS = Set.of("text", "region", "contact");

  private final IntakeService intake;
  private final IntakeLimits limits;
  private final RateLimiter perIp;
  private final ErrorHandler errors;

  public AskController(IntakeService intake, IntakeLimits limits, ErrorHandler errors) {
    this.intake = intake;
    this.limits = limits;
    this.errors = errors;
    this.perIp = new RateLimiter(limits.formBurst(), limits.formPerMinute());
  }

  public void create(Context ctx) {
    long wait = perIp.acquire(ctx.ip());
    if (wait > 0) {
      throw new ApiException(
          ApiError.RATE_LIMITED, "too many questions from this address", null, wait);
    }
    JsonNode n = Bodies.json(ctx, limits.maxBodyBytes());
    if (!n.isObject()) {
      throw ApiException.invalid(null, "expected a JSON object, got " + Json.type(n));
    }
    Json.onlyKnown(n, FIELDS, "");
    String key = Fields.key("Idempotency-Key", ctx.header("Idempotency-Key"), 100);
    String contact =
        Fields.optional("contact", Json.string(n, "contact", ""), limits.maxFieldChars());
    IntakeItem item =
        new IntakeItem(
            Channel.WEB,
            Fields.text("text", Json.string(n, "text", ""), limits.maxTextChars()),
            Fields.region("region", Json.string(n, "region", ""), limits.maxFieldChars()),
            contact.isEmpty() ? "" : "contact:" + contact.toLowerCase(Locale.ROOT),
            AgeGroup.UNKNOWN,
            Gender.UNKNOWN,
            "",
            key.isEmpty() ? "" : "ask:" + key,
            null,
            contact);
    ctx.future(
        () ->
            intake
                .submit(List.of(item), true)
                .thenAccept(
                    out -> {
                      IntakeService.Outcome o = out.getFirst();
                      if (o.flooded()) {
                        throw new ApiException(
                            ApiError.FLOOD,
                            "too many questions from this contact",
                            null,
                            o.retryAfterSeconds());
                      }
                      ctx.status(o.receipt().replay() ? 200 : 201)
                          .json(ReceiptView.of(o.receipt()));
                    })
                .exceptionally(
                    t -> {
                      errors.respond(ctx, t);
                      return null;
                    }));
  }
}
