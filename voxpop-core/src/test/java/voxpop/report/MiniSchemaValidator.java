package voxpop.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the subset of JSON Schema (draft 2020-12) that {@code
 * themes.schema.json} uses: {@code type}, {@code properties}, {@code required}, {@code
 * additionalProperties}, {@code items}, {@code $ref} to {@code #/$defs/...}, {@code anyOf}, {@code
 * minimum}, {@code maximum} and {@code pattern}. A keyword outside that subset is an error, so the
 * schema cannot grow a rule this validator silently ignores.
 */
final class MiniSchemaValidator {
  private static final Set<String> KEYWORDS =
      Set.of(
          "$schema",
          "$id",
          "$defs",
          "title",
          "description",
          "type",
          "properties",
          "required",
          "additionalProperties",
          "items",
          "$ref",
          "anyOf",
          "minimum",
          "maximum",
          "pattern");

  private final JsonNode root;

  MiniSchemaValidator(JsonNode root) {
    this.root = root;
  }

  /** The violations, each as {@code <json pointer>: <what>}; empty when valid. */
  List<String> validate(JsonNode doc) {
    List<String> errors = new ArrayList<>();
    check(root, doc, "", errors);
    return errors;
  }

  private void check(JsonNode schema, JsonNode v, String at, List<String> errors) {
    for (String k : schema.propertyNames()) {
      if (!KEYWORDS.contains(k)) {
        throw new IllegalArgumentException("unsupported schema keyword " + k + " at " + at);
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      if (!ref.startsWith("#/$defs/")) {
        throw new IllegalArgumentException("unsupported $ref " + ref);
      }
      JsonNode target = root.get("$defs").get(ref.substring("#/$defs/".length()));
      if (target == null) {
        throw new IllegalArgumentException("dangling $ref " + ref);
      }
      check(target, v, at, errors);
    }
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode alt : schema.get("anyOf")) {
        List<String> sub = new ArrayList<>();
        check(alt, v, at, sub);
        any |= sub.isEmpty();
      }
      if (!any) {
        errors.add(at + ": matches no alternative of anyOf");
      }
    }
    if (schema.has("type") && !typeMatches(schema.get("type").asString(), v)) {
      errors.add(at + ": expected " + schema.get("type").asString() + ", got " + v.getNodeType());
      return;
    }
    if (schema.has("minimum") && v.isNumber() && v.asDouble() < schema.get("minimum").asDouble()) {
      errors.add(at + ": below minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum") && v.isNumber() && v.asDouble() > schema.get("maximum").asDouble()) {
      errors.add(at + ": above maximum " + schema.get("maximum"));
    }
    if (schema.has("pattern")
        && v.isString()
        && !Pattern.compile(schema.get("pattern").asString()).matcher(v.asString()).find()) {
      errors.add(at + ": does not match " + schema.get("pattern").asString());
    }
    if (v.isObject()) {
      checkObject(schema, v, at, errors);
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        check(schema.get("items"), v.get(i), at + "/" + i, errors);
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode v, String at, List<String> errors) {
    Set<String> declared = new HashSet<>();
    if (schema.has("properties")) {
      declared.addAll(schema.get("properties").propertyNames());
    }
    if (schema.has("required")) {
      for (JsonNode r : schema.get("required")) {
        if (!v.has(r.asString())) {
          errors.add(at + ": missing " + r.asString());
        }
      }
    }
    for (String name : v.propertyNames()) {
      String child = at + "/" + name;
      if (declared.contains(name)) {
        check(schema.get("properties").get(name), v.get(name), child, errors);
      } else if (schema.has("additionalProperties")) {
        JsonNode extra = schema.get("additionalProperties");
        if (extra.isBoolean()) {
          if (!extra.asBoolean()) {
            errors.add(at + ": unexpected property " + name);
          }
        } else {
          check(extra, v.get(name), child, errors);
        }
      }
    }
  }

  private static boolean typeMatches(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isString();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }
}
