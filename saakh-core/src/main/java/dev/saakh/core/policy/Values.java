package dev.saakh.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;

/** How values from a policy file are compared and shown in error messages. */
final class Values {
  private static final int SHOWN = 60;

  private Values() {}

  /** JSON Schema equality: numbers by value (1 equals 1.0), everything else structurally. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      BigDecimal x = decimal(a);
      BigDecimal y = decimal(b);
      return (x != null && y != null) ? x.compareTo(y) == 0 : a.asDouble() == b.asDouble();
    }
    return a.equals(b);
  }

  /** Whether a number node holds a whole value, e.g. {@code 60} or {@code 60.0}. */
  static boolean isWhole(JsonNode n) {
    BigDecimal d = decimal(n);
    return d != null && (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0);
  }

  /** A number node's exact value; null for infinities and NaN. */
  static BigDecimal decimal(JsonNode n) {
    if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.asDouble())) {
      return null;
    }
    return n.decimalValue();
  }

  /** A value for an error message: strings JSON-quoted and cut short, containers by kind. */
  static String show(JsonNode v) {
    if (v.isObject()) {
      return "a mapping";
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isTextual()) {
      return cut(v.toString(), '"');
    }
    return v.isBinary() ? "binary data" : v.toString();
  }

  /** A scalar in single quotes, escaped as in JSON and cut short, e.g. {@code 'gst_frud'}. */
  static String quote(JsonNode v) {
    return v.isTextual() ? quote(v.asText()) : show(v);
  }

  static String quote(String s) {
    String json = new TextNode(s).toString();
    return cut("'" + json.substring(1, json.length() - 1) + "'", '\'');
  }

  private static String cut(String quoted, char quote) {
    return quoted.length() <= SHOWN ? quoted : quoted.substring(0, SHOWN - 4) + "..." + quote;
  }
}
