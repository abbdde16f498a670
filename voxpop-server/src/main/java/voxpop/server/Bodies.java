package voxpop.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies strictly: the declared media type, a size limit, UTF-8 only (a body or a
 * percent-escape that is not valid UTF-8 is a 400, never a replacement character), JSON with
 * duplicate keys refused.
 */
public final class Bodies {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Bodies() {}

  /** Checks the media type (ignoring parameters) and that any charset is UTF-8. */
  public static void requireType(Context ctx, String... accepted) {
    String ct = ctx.contentType();
    if (ct == null || ct.isBlank()) {
      throw new ApiException(
          ApiError.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type is missing; expected " + String.join(" or ", accepted));
    }
    String[] parts = ct.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    boolean ok = false;
    for (String a : accepted) {
      ok |= a.equals(type);
    }
    if (!ok) {
      throw new ApiException(
          ApiError.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type "
              + type
              + " is not accepted here; expected "
              + String.join(" or ", accepted));
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "");
        if (!cs.equals("utf-8") && !cs.equals("utf8")) {
          throw new ApiException(
              ApiError.UNSUPPORTED_MEDIA_TYPE, "charset " + cs + " is not accepted; send UTF-8");
        }
      }
    }
  }

  /** The body as a string, checked to be valid UTF-8 and within {@code maxBytes}. */
  public static String utf8(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw new ApiException(
          ApiError.PAYLOAD_TOO_LARGE,
          "request body has " + declared + " bytes; at most " + maxBytes + " are accepted");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > maxBytes) {
      throw new ApiException(
          ApiError.PAYLOAD_TOO_LARGE,
          "request body has " + bytes.length + " bytes; at most " + maxBytes + " are accepted");
    }
    return decode(bytes, "body");
  }

  static String decode(byte[] bytes, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ApiException(ApiError.INVALID_ENCODING, what + " is not valid UTF-8");
    }
  }

  /** The body parsed as JSON. */
  public static JsonNode json(Context ctx, long maxBytes) {
    requireType(ctx, "application/json");
    String body = utf8(ctx, maxBytes);
    if (body.isBlank()) {
      throw ApiException.invalid(null, "request body is empty; expected JSON");
    }
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw ApiException.invalid(null, "request body is not valid JSON" + where);
    }
  }

  /**
   * The body parsed as {@code application/x-www-form-urlencoded}, strictly: each name at most once,
   * every percent-escape complete, the decoded bytes valid UTF-8.
   */
  public static Map<String, String> form(Context ctx, long maxBytes) {
    requireType(ctx, "application/x-www-form-urlencoded");
    String body = utf8(ctx, maxBytes);
    Map<String, String> out = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq), "form field name");
      String value =
          eq < 0 ? "" : percentDecode(pair.substring(eq + 1), "form field " + safe(name));
      if (out.putIfAbsent(name, value) != null) {
        throw ApiException.invalid(safe(name), "form field " + safe(name) + " is given twice");
      }
    }
    return out;
  }

  private static String safe(String name) {
    return name.length() <= 40 && name.chars().allMatch(c -> c > 0x20 && c < 0x7f)
        ? name
        : "(unprintable name)";
  }

  private static String percentDecode(String s, String what) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '+') {
        out.write(' ');
      } else if (b == '%') {
        if (i + 2 >= raw.length || hex(raw[i + 1]) < 0 || hex(raw[i + 2]) < 0) {
          throw ApiException.invalid(null, what + " has an incomplete percent-escape");
        }
        out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return decode(out.toByteArray(), what);
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}
