package voxpop.server;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import voxpop.model.AgeGroup;
import voxpop.model.Gender;
import voxpop.model.Regions;

/**
 * Cleaning and checking of the fields every door shares. Control characters (but line breaks and
 * tabs) and unpaired surrogates are removed, values are stripped, lengths are counted in code
 * points, and each failure is a 400 naming the field and the limit, never quoting the value.
 */
public final class Fields {
  private Fields() {}

  /**
   * Removes control characters (keeping line breaks; a tab becomes a space) and lone surrogates.
   */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean drop;
      if (Character.isHighSurrogate(c)) {
        drop = i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!drop) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        drop = true;
      } else {
        drop = c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7f && c < 0xa0));
      }
      if (drop || c == '\t') {
        if (sb == null) {
          sb = new StringBuilder(n).append(s, 0, i);
        }
        if (c == '\t') {
          sb.append(' ');
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return (sb == null ? s : sb.toString()).strip();
  }

  /** The text of an appeal: required, cleaned, at most {@code max} code points. */
  public static String text(String field, String raw, int max) {
    if (raw == null) {
      throw ApiException.invalid(field, field + " is required");
    }
    String t = clean(raw).replace("\r\n", "\n").replace('\r', '\n');
    if (t.isEmpty()) {
      throw ApiException.invalid(field, field + " is empty");
    }
    int len = t.codePointCount(0, t.length());
    if (len > max) {
      throw ApiException.invalid(
          field, field + " has " + len + " characters; at most " + max + " are accepted");
    }
    return t;
  }

  /**
   * An optional short field: cleaned, single line, at most {@code max} code points; "" if absent.
   */
  public static String optional(String field, String raw, int max) {
    if (raw == null) {
      return "";
    }
    String t = clean(raw).replace('\n', ' ');
    int len = t.codePointCount(0, t.length());
    if (len > max) {
      throw ApiException.invalid(
          field, field + " has " + len + " characters; at most " + max + " are accepted");
    }
    return t;
  }

  /**
   * An id used as an idempotency key: letters, digits and {@code - _ . : / # @ + =} (what gateway,
   * messenger and social-network ids are made of), at most {@code max}.
   */
  public static String key(String field, String raw, int max) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    if (raw.length() > max) {
      throw ApiException.invalid(
          field, field + " has " + raw.length() + " characters; at most " + max + " are accepted");
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-_.:/#@+=".indexOf(c) >= 0;
      if (!ok) {
        throw ApiException.invalid(
            field,
            field
                + " may hold only letters, digits and - _ . : / # @ + = (bad character at position "
                + i
                + ")");
      }
    }
    return raw;
  }

  /**
   * Region spellings already seen: a real feed has a few hundred, looked up 20,000 times a second.
   */
  private static final java.util.Map<String, String> CANONICAL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A region as written: the canonical subject name when recognised, else the cleaned value. */
  public static String region(String field, String raw, int max) {
    String r = optional(field, raw, max);
    if (r.isEmpty()) {
      return r;
    }
    String c = CANONICAL.get(r);
    if (c == null) {
      c = Regions.canonical(r);
      if (CANONICAL.size() < 10_000) {
        CANONICAL.put(r, c);
      }
    }
    return c;
  }

  /** A region that must be one of the 89 subjects (operator console). */
  public static String knownRegion(String field, String raw) {
    String r = optional(field, raw, 200);
    if (r.isEmpty()) {
      throw ApiException.invalid(field, field + " is required");
    }
    return Regions.find(r)
        .orElseThrow(
            () -> ApiException.invalid(field, field + " is not one of the 89 federal subjects"))
        .name();
  }

  public static AgeGroup ageGroup(String field, String raw) {
    try {
      return AgeGroup.parse(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field, field + ": " + e.getMessage());
    }
  }

  public static Gender gender(String field, String raw) {
    try {
      return Gender.parse(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field, field + ": " + e.getMessage());
    }
  }

  /** An ISO-8601 instant with offset ({@code 2025-12-19T12:00:00+03:00}); null when absent. */
  public static Instant instant(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field, field + " is not an ISO-8601 time with offset, such as 2025-12-19T12:00:00+03:00");
    }
  }
}
