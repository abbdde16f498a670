package voxpop.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import voxpop.io.AppealFields;
import voxpop.model.Channel;
import voxpop.store.AppealStatus;
import voxpop.store.Receipts;
import voxpop.store.TokenRecord;

/**
 * {@code POST /api/v1/appeals} (one appeal or an array, the engine's input fields, for the web
 * form's back end, the app and social-network feeds) and {@code GET /api/v1/appeals/{receipt}}. An
 * array is all or nothing as to validation: one bad item is a 400 naming it, and nothing of the
 * request is stored.
 */
public final class AppealController {
  private static final Set<String> FIELDS = Set.copyOf(AppealFields.ALL);

  private final IntakeService intake;
  private final TokenGuard guard;
  private final IntakeLimits limits;
  private final RateLimiter lookups;
  private final ErrorHandler errors;

  public AppealController(
      IntakeService intake, TokenGuard guard, IntakeLimits limits, ErrorHandler errors) {
    this.intake = intake;
    this.guard = guard;
    this.limits = limits;
    this.errors = errors;
    this.lookups = new RateLimiter(limits.lookupBurst(), limits.lookupPerMinute());
  }

  /** {@code POST /api/v1/appeals}. */
  public void create(Context ctx) {
    TokenRecord token = guard.requireAny(ctx);
    if (token.scope().equals("import")) {
      throw new ApiException(
          ApiError.FORBIDDEN,
          "token " + token.id() + " has scope import; this door needs a channel scope");
    }
    Channel scope = Channel.parse(token.scope());
    JsonNode body = Bodies.json(ctx, limits.maxBodyBytes());
    String header = Fields.key("Idempotency-Key", ctx.header("Idempotency-Key"), 200);
    List<IntakeItem> items = new ArrayList<>();
    boolean single = body.isObject();
    if (single) {
      items.add(item(body, "", scope, header));
    } else if (body.isArray()) {
      if (body.isEmpty()) {
        throw ApiException.invalid(null, "the array is empty; send at least one appeal");
      }
      if (body.size() > limits.maxBatch()) {
        throw new ApiException(
            ApiError.PAYLOAD_TOO_LARGE,
            "the array has " + body.size() + " appeals; at most " + limits.maxBatch());
      }
      for (int i = 0; i < body.size(); i++) {
        JsonNode n = body.get(i);
        if (!n.isObject()) {
          throw ApiException.invalid("[" + i + "]", "[" + i + "] must be an object");
        }
        items.add(item(n, "[" + i + "].", scope, header.isEmpty() ? "" : header + "#" + i));
      }
    } else {
      throw ApiException.invalid(
          null, "expected a JSON object or an array of objects, got " + Json.type(body));
    }
    ctx.future(
        () ->
            intake
                .submit(items, true)
                .thenAccept(outcomes -> answer(ctx, single, outcomes))
                .exceptionally(
                    t -> {
                      errors.respond(ctx, t);
                      return null;
                    }));
  }

  private void answer(Context ctx, boolean single, List<IntakeService.Outcome> outcomes) {
    if (single) {
      IntakeService.Outcome o = outcomes.getFirst();
      if (o.flooded()) {
        throw new ApiException(
            ApiError.FLOOD,
            "too many appeals from this sender; retry after " + o.retryAfterSeconds() + " s",
            null,
            o.retryAfterSeconds());
      }
      ctx.status(o.receipt().replay() ? 200 : 201).json(ReceiptView.of(o.receipt()));
      return;
    }
    List<Object> out = new ArrayList<>(outcomes.size());
    boolean anyNew = false;
    boolean anyStored = false;
    long maxWait = 0;
    for (IntakeService.Outcome o : outcomes) {
      if (o.flooded()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("error", ApiError.FLOOD.code());
        e.put("retry_after", o.retryAfterSeconds());
        out.add(e);
        maxWait = Math.max(maxWait, o.retryAfterSeconds());
      } else {
        anyStored = true;
        anyNew |= !o.receipt().replay();
        out.add(ReceiptView.of(o.receipt()));
      }
    }
    if (!anyStored) {
      throw new ApiException(
          ApiError.FLOOD,
          "too many appeals from these senders; retry after " + maxWait + " s",
          null,
          maxWait);
    }
    ctx.status(anyNew ? 201 : 200).json(Map.of("receipts", out));
  }

  private IntakeItem item(JsonNode n, String path, Channel scope, String headerKey) {
    Json.onlyKnown(n, FIELDS, path);
    String ch = Json.string(n, AppealFields.CHANNEL, path);
    Channel channel = scope;
    if (ch != null) {
      try {
        channel = Channel.parse(ch);
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid(path + "channel", path + "channel: " + e.getMessage());
      }
      if (channel != scope) {
        throw new ApiException(
            ApiError.FORBIDDEN,
            path + "channel is " + channel.code() + " but the token's scope is " + scope.code(),
            path + "channel",
            0);
      }
    }
    int max = limits.maxFieldChars();
    String ext =
        Fields.key(path + "external_id", Json.string(n, AppealFields.EXTERNAL_ID, path), max);
    String id = Fields.key(path + "id", Json.string(n, AppealFields.ID, path), max);
    String key = !ext.isEmpty() ? ext : !id.isEmpty() ? id : headerKey;
    return new IntakeItem(
        channel,
        Fields.text(path + "text", Json.string(n, AppealFields.TEXT, path), limits.maxTextChars()),
        Fields.region(path + "region", Json.string(n, AppealFields.REGION, path), max),
        Fields.optional(path + "sender", Json.string(n, AppealFields.SENDER, path), max),
        Fields.ageGroup(path + "age_group", Json.string(n, AppealFields.AGE_GROUP, path)),
        Fields.gender(path + "gender", Json.string(n, AppealFields.GENDER, path)),
        ext.isEmpty() ? id : ext,
        key,
        Fields.instant(path + "received_at", Json.string(n, AppealFields.RECEIVED_AT, path)),
        "");
  }

  /** {@code GET /api/v1/appeals/{receipt}}: state and verdicts only, no text, no sender. */
  public void status(Context ctx) {
    long wait = lookups.acquire("ip:" + ctx.ip());
    if (wait > 0) {
      throw new ApiException(
          ApiError.RATE_LIMITED, "too many look-ups from this address", null, wait);
    }
    String receipt = ctx.pathParam("receipt");
    AppealStatus st =
        (Receipts.isWellFormed(receipt)
                ? intake.store().status(receipt)
                : java.util.Optional.<AppealStatus>empty())
            .orElseThrow(() -> new ApiException(ApiError.NOT_FOUND, "no appeal with this receipt"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("receipt", st.receipt());
    body.put("channel", st.channel().code());
    body.put("received_at", st.receivedAt().toString());
    body.put("state", st.state().code());
    List<Map<String, Object>> qs = new ArrayList<>();
    for (AppealStatus.QuestionStatus q : st.questions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", q.index());
      m.put("verdict", q.verdict().code());
      m.put("reason", q.reason());
      m.put("theme_id", q.themeId().isEmpty() ? null : q.themeId());
      qs.add(m);
    }
    body.put("questions", qs);
    ctx.json(body);
  }
}
