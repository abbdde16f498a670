package voxpop.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;

/**
 * {@code POST /api/v1/telegram}: the messenger chat-bot webhook taking the Telegram Bot API {@code
 * Update} ({@code update_id}, {@code message.text}, {@code message.from.id}, {@code
 * message.chat.id}, {@code message.date}). {@code update_id} makes Telegram's retries idempotent.
 * Updates without text (photos, stickers, edits, button presses) are acknowledged with 200 and
 * counted, so that the bot never enters a retry loop. The answer carries a {@code sendMessage} call
 * (the Bot API lets a webhook reply this way) that tells the citizen the receipt.
 */
public final class TelegramController {
  private final IntakeService intake;
  private final TokenGuard guard;
  private final IntakeLimits limits;
  private final Metrics metrics;
  private final ErrorHandler errors;

  public TelegramController(
      IntakeService intake,
      TokenGuard guard,
      IntakeLimits limits,
      Metrics metrics,
      ErrorHandler errors) {
    this.intake = intake;
    this.guard = guard;
    this.limits = limits;
    this.metrics = metrics;
    this.errors = errors;
  }

  public void receive(Context ctx) {
    guard.require(ctx, "messenger");
    JsonNode u = Bodies.json(ctx, limits.maxBodyBytes());
    if (!u.isObject()) {
      throw ApiException.invalid(null, "expected a Telegram Update object, got " + Json.type(u));
    }
    Long updateId = Json.integer(u, "update_id", "");
    if (updateId == null) {
      throw ApiException.invalid("update_id", "update_id is required");
    }
    JsonNode m = u.get("message");
    if (m == null || m.isNull()) {
      String kind = "other";
      for (String name : u.propertyNames()) {
        if (!name.equals("update_id")) {
          kind = name.matches("[a-z_]{1,40}") ? name : "other";
          break;
        }
      }
      ignore(ctx, kind);
      return;
    }
    if (!m.isObject()) {
      throw ApiException.invalid("message", "message must be an object");
    }
    JsonNode text = m.get("text");
    if (text == null || text.isNull()) {
      ignore(ctx, "no_text");
      return;
    }
    if (!text.isString()) {
      throw ApiException.invalid("message.text", "message.text must be a string");
    }
    JsonNode chat = m.get("chat");
    if (chat == null || !chat.isObject()) {
      throw ApiException.invalid("message.chat", "message.chat is required");
    }
    Long chatId = Json.integer(chat, "id", "message.chat.");
    if (chatId == null) {
      throw ApiException.invalid("message.chat.id", "message.chat.id is required");
    }
    Long fromId = null;
    JsonNode from = m.get("from");
    if (from != null && !from.isNull()) {
      if (!from.isObject()) {
        throw ApiException.invalid("message.from", "message.from must be an object");
      }
      fromId = Json.integer(from, "id", "message.from.");
    }
    Long date = Json.integer(m, "date", "message.");
    Instant at = null;
    if (date != null) {
      if (date < 0 || date > 32_503_680_000L) {
        throw ApiException.invalid("message.date", "message.date is out of range");
      }
      at = Instant.ofEpochSecond(date);
    }
    String key = Long.toString(updateId);
    String messageId = m.has("message_id") ? m.get("message_id").asString() : "";
    IntakeItem item =
        new IntakeItem(
            Channel.MESSENGER,
            Fields.text("message.text", text.stringValue(), limits.maxMessengerChars()),
            "",
            "tg:" + (fromId != null ? fromId : chatId),
            AgeGroup.UNKNOWN,
            Gender.UNKNOWN,
            Fields.optional("message.message_id", messageId, 32),
            key,
            at,
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
                      Map<String, Object> reply = new LinkedHashMap<>();
                      reply.put("method", "sendMessage");
                      reply.put("chat_id", chatId);
                      reply.put("text", "Вопрос принят. Номер обращения: " + o.receipt().receipt());
                      reply.put("receipt", o.receipt().receipt());
                      reply.put("duplicate", o.receipt().replay());
                      ctx.status(200).json(reply);
                    })
                .exceptionally(
                    t -> {
                      errors.respond(ctx, t);
                      return null;
                    }));
  }

  private void ignore(Context ctx, String kind) {
    metrics.ignored(kind);
    ctx.status(200).json(Map.of("ok", true, "ignored", kind));
  }
}
