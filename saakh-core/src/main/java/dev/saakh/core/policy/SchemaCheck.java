package dev.saakh.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema interpreter for exactly the keywords the policy schema uses: type, required,
 * properties, additionalProperties false, enum, minimum, maximum, exclusiveMinimum, items,
 * minItems, uniqueItems, pattern, minLength. A schema using any other keyword is refused, and a
 * test checks that a full validator (networknt) accepts and rejects the same documents. Reports the
 * first problem as a field path and a reason a lender can read.
 */
final class SchemaCheck {
  /** The keywords understood; {@link #ANNOTATIONS} are ignored. */
  static final Set<String> KEYWORDS =
      Set.of(
          "type",
          "required",
          "properties",
          "additionalProperties",
          "enum",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "items",
          "minItems",
          "uniqueItems",
          "pattern",
          "minLength");

  static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$comment", "title", "description");

  /** A problem at a field path. */
  record Problem(String field, String reason) {}

  private SchemaCheck() {}

  /** The first problem of {@code doc} against {@code schema}, or null when it is valid. */
  static Problem check(JsonNode schema, JsonNode doc) {
    return check(schema, doc, "");
  }

  private static Problem check(JsonNode schema, JsonNode doc, String path) {
    for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k)) {
        throw new IllegalStateException("the policy schema uses unsupported keyword " + k);
      }
    }
    String type = schema.path("type").asText(null);
    if (type != null && !hasType(doc, type)) {
      return new Problem(path, "must be " + typeName(type) + ", got " + Values.show(doc));
    }
    if (doc.isObject()) {
      return checkObject(schema, doc, path);
    }
    if (doc.isArray()) {
      return checkArray(schema, doc, path);
    }
    Problem p = checkEnum(schema, doc, path);
    if (p == null && doc.isNumber()) {
      p = checkNumber(schema, doc, path);
    }
    if (p == null && doc.isTextual()) {
      p = checkText(schema, doc, path);
    }
    return p;
  }

  private static Problem checkEnum(JsonNode schema, JsonNode doc, String path) {
    JsonNode e = schema.get("enum");
    if (e == null) {
      return null;
    }
    List<String> valid = new ArrayList<>();
    for (JsonNode v : e) {
      if (Values.same(v, doc)) {
        return null;
      }
      valid.add(v.asText());
    }
    String noun = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    return new Problem(
        path,
        "unknown "
            + (noun.isEmpty() ? "value" : noun)
            + " "
            + Values.quote(doc)
            + " (valid: "
            + String.join(", ", valid)
            + ")");
  }

  private static Problem checkNumber(JsonNode schema, JsonNode doc, String path) {
    double v = doc.asDouble();
    if (schema.has("minimum") && !(v >= schema.get("minimum").asDouble())) {
      return new Problem(path, "must be at least " + schema.get("minimum") + ", got " + doc);
    }
    if (schema.has("maximum") && !(v <= schema.get("maximum").asDouble())) {
      return new Problem(path, "must be at most " + schema.get("maximum") + ", got " + doc);
    }
    if (schema.has("exclusiveMinimum") && !(v > schema.get("exclusiveMinimum").asDouble())) {
      return new Problem(
          path, "must be more than " + schema.get("exclusiveMinimum") + ", got " + doc);
    }
    return null;
  }

  private static Problem checkText(JsonNode schema, JsonNode doc, String path) {
    String s = doc.asText();
    int min = schema.path("minLength").asInt(0);
    if (s.codePointCount(0, s.length()) < min) {
      return new Problem(
          path, "must be at least " + min + " characters long, got " + Values.show(doc));
    }
    if (schema.has("pattern")
        && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
      return new Problem(
          path, Values.show(doc) + " does not match the pattern " + schema.get("pattern").asText());
    }
    return null;
  }

  private static Problem checkObject(JsonNode schema, JsonNode doc, String path) {
    JsonNode props = schema.path("properties");
    boolean closed = !schema.path("additionalProperties").asBoolean(true);
    for (Iterator<String> it = doc.fieldNames(); closed && it.hasNext(); ) {
      String key = it.next();
      if (!props.has(key)) {
        return new Problem(
            join(path, key),
            "unknown key " + Values.quote(key) + " (valid here: " + names(props) + ")");
      }
    }
    for (JsonNode r : schema.path("required")) {
      if (!doc.has(r.asText())) {
        return new Problem(join(path, r.asText()), "required key is missing");
      }
    }
    for (Map.Entry<String, JsonNode> p : props.properties()) {
      JsonNode value = doc.get(p.getKey());
      Problem problem = value == null ? null : check(p.getValue(), value, join(path, p.getKey()));
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Problem checkArray(JsonNode schema, JsonNode doc, String path) {
    int min = schema.path("minItems").asInt(0);
    if (doc.size() < min) {
      return new Problem(path, "must have at least " + min + " item(s), got " + doc.size());
    }
    if (schema.path("uniqueItems").asBoolean(false)) {
      for (int i = 0; i < doc.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (Values.same(doc.get(i), doc.get(j))) {
            return new Problem(path, Values.show(doc.get(i)) + " is listed twice");
          }
        }
      }
    }
    JsonNode items = schema.get("items");
    for (int i = 0; items != null && i < doc.size(); i++) {
      Problem p = check(items, doc.get(i), path + "[" + i + "]");
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static boolean hasType(JsonNode doc, String type) {
    return switch (type) {
      case "object" -> doc.isObject();
      case "array" -> doc.isArray();
      case "string" -> doc.isTextual();
      case "integer" -> doc.isIntegralNumber() || (doc.isNumber() && Values.isWhole(doc));
      case "number" -> doc.isNumber();
      case "boolean" -> doc.isBoolean();
      default -> throw new IllegalStateException("the policy schema uses unsupported type " + type);
    };
  }

  private static String typeName(String type) {
    return switch (type) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "a whole number";
      case "boolean" -> "true or false";
      default -> "a " + type;
    };
  }

  private static String names(JsonNode props) {
    List<String> names = new ArrayList<>();
    props.fieldNames().forEachRemaining(names::add);
    return String.join(", ", names);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
