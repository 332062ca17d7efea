package dev.saakh.server.memo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reading the fields of stored JSON reports: a missing or null field is null, never an error. */
final class Fields {
  private Fields() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  static BigDecimal decimal(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull() || !(v.isNumber() || v.isTextual())) {
      return null;
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    try {
      return new BigDecimal(v.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Long count(JsonNode n, String field) {
    BigDecimal d = decimal(n, field);
    return d == null ? null : d.longValue();
  }

  static LocalDate date(JsonNode n, String field) {
    String t = text(n, field);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static boolean flag(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v != null && v.asBoolean(false);
  }

  /** The array at {@code field} (empty when missing), each element mapped. */
  static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> each) {
    JsonNode a = n == null ? null : n.get(field);
    List<T> out = new ArrayList<>();
    if (a != null && a.isArray()) {
      a.forEach(e -> out.add(each.apply(e)));
    }
    return out;
  }

  /** The texts of the array at {@code field}. */
  static List<String> texts(JsonNode n, String field) {
    return list(n, field, JsonNode::asText);
  }

  /** The object's field names in order (empty when not an object). */
  static List<String> names(JsonNode obj) {
    List<String> out = new ArrayList<>();
    if (obj != null && obj.isObject()) {
      obj.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }
}
