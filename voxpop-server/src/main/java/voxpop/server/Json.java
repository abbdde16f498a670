package voxpop.server;

import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Strict reading of JSON request objects: known fields only, each of the expected type. */
final class Json {
  private Json() {}

  /** Fails with a 400 naming the first property of {@code obj} that is not in {@code allowed}. */
  static void onlyKnown(JsonNode obj, Set<String> allowed, String path) {
    for (String name : obj.propertyNames()) {
      if (!allowed.contains(name)) {
        String shown =
            name.length() <= 40 && name.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                ? name
                : "(unprintable name)";
        throw ApiException.invalid(
            path + shown,
            "unknown field "
                + shown
                + "; accepted fields are "
                + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** A string property, null when absent or JSON null. */
  static String string(JsonNode obj, String name, String path) {
    JsonNode v = obj.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw ApiException.invalid(path + name, path + name + " must be a string");
    }
    return v.stringValue();
  }

  /** An integral property that fits a long; null when absent. */
  static Long integer(JsonNode obj, String name, String path) {
    JsonNode v = obj.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw ApiException.invalid(path + name, path + name + " must be an integer");
    }
    return v.longValue();
  }

  /** The node's JSON type, for messages. */
  static String type(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
