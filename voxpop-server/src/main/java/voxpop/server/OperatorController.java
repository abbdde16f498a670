package voxpop.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import voxpop.model.Channel;

/**
 * {@code POST /api/v1/operator/appeals}: what the call-centre console ({@code /operator}) posts for
 * one call: text, a region that must be one of the 89 subjects, age group, gender and the call id,
 * which makes a double submit idempotent. Needs a token of scope {@code phone}.
 */
public final class OperatorController {
  private static final Set<String> FIELDS =
      Set.of("text", "region", "age_group", "gender", "call_id");

  private final IntakeService intake;
  private final TokenGuard guard;
  private final IntakeLimits limits;
  private final ErrorHandler errors;

  public OperatorController(
      IntakeService intake, TokenGuard guard, IntakeLimits limits, ErrorHandler errors) {
    this.intake = intake;
    this.guard = guard;
    this.limits = limits;
    this.errors = errors;
  }

  public void create(Context ctx) {
    guard.require(ctx, "phone");
    JsonNode n = Bodies.json(ctx, limits.maxBodyBytes());
    if (!n.isObject()) {
      throw ApiException.invalid(null, "expected a JSON object, got " + Json.type(n));
    }
    Json.onlyKnown(n, FIELDS, "");
    String callId = Fields.key("call_id", Json.string(n, "call_id", ""), 64);
    if (callId.isEmpty()) {
      throw ApiException.invalid("call_id", "call_id is required");
    }
    IntakeItem item =
        new IntakeItem(
            Channel.PHONE,
            Fields.text("text", Json.string(n, "text", ""), limits.maxTextChars()),
            Fields.knownRegion("region", Json.string(n, "region", "")),
            "",
            Fields.ageGroup("age_group", Json.string(n, "age_group", "")),
            Fields.gender("gender", Json.string(n, "gender", "")),
            callId,
            callId,
            null,
            "");
    ctx.future(
        () ->
            intake
                .submit(List.of(item), false)
                .thenAccept(
                    out ->
                        ctx.status(out.getFirst().receipt().replay() ? 200 : 201)
                            .json(ReceiptView.of(out.getFirst().receipt())))
                .exceptionally(
                    t -> {
                      errors.respond(ctx, t);
                      return null;
                    }));
  }
}
