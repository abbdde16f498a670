package voxpop.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;

/**
 * {@code POST /api/v1/sms}: the SMS gateway webhook in the form-encoded shape most gateways use
 * ({@code From}, {@code To}, {@code Body}, {@code MessageSid}; other gateway fields are ignored),
 * answered with an empty TwiML document. {@code MessageSid} makes retries idempotent. A single SMS
 * in Russian holds 70 characters; concatenated ones arrive joined, up to the configured limit.
 */
public final class SmsController {
  /** The empty TwiML answer: nothing to send back to the citizen. */
  public static final String TWIML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

  private final IntakeService intake;
  private final TokenGuard guard;
  private final IntakeLimits limits;
  private final ErrorHandler errors;

  public SmsController(
      IntakeService intake, TokenGuard guard, IntakeLimits limits, ErrorHandler errors) {
    this.intake = intake;
    this.guard = guard;
    this.limits = limits;
    this.errors = errors;
  }

  public void receive(Context ctx) {
    guard.require(ctx, "sms");
    Map<String, String> f = Bodies.form(ctx, limits.maxBodyBytes());
    String sid = f.get("MessageSid");
    if (sid == null || sid.isEmpty()) {
      throw ApiException.invalid("MessageSid", "MessageSid is required");
    }
    String key = Fields.key("MessageSid", sid, 64);
    String from = Fields.optional("From", f.get("From"), 64);
    if (from.isEmpty()) {
      throw ApiException.invalid("From", "From is required");
    }
    Fields.optional("To", f.get("To"), 64);
    IntakeItem item =
        new IntakeItem(
            Channel.SMS,
            Fields.text("Body", f.get("Body"), limits.maxSmsChars()),
            "",
            from,
            AgeGroup.UNKNOWN,
            Gender.UNKNOWN,
            key,
            key,
            null,
            "");
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
                            "too many messages from this sender",
                            null,
                            o.retryAfterSeconds());
                      }
                      ctx.header("X-Voxpop-Receipt", o.receipt().receipt());
                      ctx.status(200).contentType("text/xml; charset=utf-8").result(TWIML);
                    })
                .exceptionally(
                    t -> {
                      errors.respond(ctx, t);
                      return null;
                    }));
  }
}
