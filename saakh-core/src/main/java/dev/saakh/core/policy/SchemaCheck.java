package dev.saakh.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a document against a JSON Schema using exactly the keywords the policy schema uses (type,
 * required, properties, additionalProperties false, enum, minimum, maximum, exclusiveMinimum,
 * items, minItems, uniqueItems, pattern, minLength). A test checks that a full validator agrees.
 * Reports the first problem as a field path and a reason.
 */
final class SchemaCheck {
  /** A problem at a field path. */
  record Problem(String field, String reason) {}

  private SchemaCheck() {}

  static Problem check(JsonNode schema, JsonNode doc) {
    return check(schema, doc, "");
  }

  private static Problem check(JsonNode schema, JsonNode doc, String path) {
    String type = schema.path("type").asText(null);
    if (type != null && !hasType(doc, type)) {
      return new Problem(path, "must be " + article(type) + ", got " + show(doc));
    }
    Problem p = checkScalar(schema, doc, path);
    if (p != null) {
      return p;
    }
    if (doc.isObject()) {
      return checkObject(schema, doc, path);
    }
    if (doc.isArray()) {
      return checkArray(schema, doc, path);
    }
    return null;
  }

  private static Problem checkScalar(JsonNode schema, JsonNode doc, String path) {
    JsonNode e = schema.get("enum");
    if (e != null) {
      for (JsonNode v : e) {
        if (v.equals(doc)) {
          return null;
        }
      }
      return new Problem(path, show(doc) + " is not one of " + e);
    }
    if (doc.isNumber()) {
      double v = doc.asDouble();
      if (schema.has("minimum") && v < schema.get("minimum").asDouble()) {
        return new Problem(path, "must be at least " + schema.get("minimum") + ", got " + doc);
      }
      if (schema.has("maximum") && v > schema.get("maximum").asDouble()) {
        return new Problem(path, "must be at most " + schema.get("maximum") + ", got " + doc);
      }
      if (schema.has("exclusiveMinimum") && v <= schema.get("exclusiveMinimum").asDouble()) {
        return new Problem(
            path, "must be more than " + schema.get("exclusiveMinimum") + ", got " + doc);
      }
    }
    if (doc.isTextual()) {
      if (schema.has("minLength") && doc.asText().length() < schema.get("minLength").asInt()) {
        return new Problem(
            path, "must have at least " + schema.get("minLength").asInt() + " characters");
      }
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").asText()).matcher(doc.asText()).find()) {
        return new Problem(path, show(doc) + " does not match " + schema.get("pattern").asText());
      }
    }
    return null;
  }

  private static Problem checkObject(JsonNode schema, JsonNode doc, String path) {
    for (JsonNode r : schema.path("required")) {
      if (!doc.has(r.asText())) {
        return new Problem(join(path, r.asText()), "is required");
      }
    }
    JsonNode props = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode sub = props.get(f.getKey());
      if (sub == null) {
        if (schema.path("additionalProperties").asBoolean(true)) {
          continue;
        }
        return new Problem(join(path, f.getKey()), "unknown key (valid: " + names(props) + ")");
      }
      Problem p = check(sub, f.getValue(), join(path, f.getKey()));
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static Problem checkArray(JsonNode schema, JsonNode doc, String path) {
    if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
      return new Problem(path, "must have at least " + schema.get("minItems") + " item(s)");
    }
    if (schema.path("uniqueItems").asBoolean(false)) {
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode v : doc) {
        if (!seen.add(v)) {
          return new Problem(path, show(v) + " is listed twice");
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
      case "integer" -> doc.isIntegralNumber();
      case "number" -> doc.isNumber();
      case "boolean" -> doc.isBoolean();
      default -> throw new IllegalStateException("schema uses unsupported type " + type);
    };
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("o") || type.startsWith("i") ? "an " : "a ")
        + type;
  }

  private static String show(JsonNode v) {
    return v.isContainerNode() ? (v.isArray() ? "a list" : "a mapping") : v.toString();
  }

  private static String names(JsonNode props) {
    StringBuilder b = new StringBuilder();
    props.fieldNames().forEachRemaining(n -> b.append(b.length() == 0 ? "" : ", ").append(n));
    return b.toString();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
