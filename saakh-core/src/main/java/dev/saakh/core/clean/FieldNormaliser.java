package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a raw JSON object into the clean mapping's value forms, field by field according to its
 * {@link RecordShape}: dates to ISO, money to exact decimals, GSTN periods ({@code 112023}) to
 * {@code 2023-11}, blanks to null; drops fields the record does not have (counted). Failures are
 * collected as {@link Reason}s naming the field, never thrown. Not thread-safe (reuses parsers).
 */
final class FieldNormaliser {
  private final DateParser dates = new DateParser();
  private final AmountParser amounts = new AmountParser();

  /** Normalises {@code raw} in place; returns the problems found (empty when clean). */
  List<Reason> normalise(ObjectNode raw, RecordShape shape, String path, Tally tally) {
    List<Reason> reasons = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      RecordShape.Field field = shape.fields.get(e.getKey());
      if (field == null) {
        unknown.add(e.getKey());
        continue;
      }
      JsonNode value = e.getValue();
      if (value.isTextual() && value.asText().isBlank()) {
        e.setValue(JsonNodeFactory.instance.nullNode());
        continue;
      }
      if (!value.isNull()) {
        e.setValue(value(field, value, path + field.json(), tally, reasons));
      }
    }
    for (String name : unknown) {
      raw.remove(name);
      tally.add("unknown_field:" + path + name);
    }
    return reasons;
  }

  private JsonNode value(
      RecordShape.Field field, JsonNode value, String name, Tally tally, List<Reason> reasons) {
    return switch (field.kind()) {
      case DATE -> date(value, name, reasons);
      case TIMESTAMP -> timestamp(value, name, reasons);
      case MONTH -> month(value, name, reasons);
      case MONEY -> money(value, name, reasons);
      case NESTED -> nested(value, field.nested(), name, tally, reasons);
      case NESTED_LIST -> list(value, field.nested(), name, tally, reasons);
      case OTHER -> value.isTextual() ? TextNode.valueOf(value.asText().trim()) : value;
    };
  }

  private JsonNode date(JsonNode value, String name, List<Reason> reasons) {
    String text = value.isTextual() || value.isIntegralNumber() ? value.asText() : null;
    if (text != null && dates.parse(text)) {
      return TextNode.valueOf(LocalDate.ofEpochDay(dates.epochDay()).toString());
    }
    reasons.add(
        new Reason(
            text == null ? ReasonCode.INVALID_VALUE : dates.reason(),
            name,
            clip(value.toString())));
    return value;
  }

  private static JsonNode timestamp(JsonNode value, String name, List<Reason> reasons) {
    try {
      return TextNode.valueOf(OffsetDateTime.parse(value.asText().trim()).toString());
    } catch (DateTimeParseException e) {
      reasons.add(new Reason(ReasonCode.UNPARSEABLE_DATE, name, clip(value.toString())));
      return value;
    }
  }

  /** {@code YYYY-MM}, or GSTN's {@code MMYYYY}. */
  private static JsonNode month(JsonNode value, String name, List<Reason> reasons) {
    String t = value.asText().trim();
    if (t.length() == 6 && digits(t)) {
      t = t.substring(2) + "-" + t.substring(0, 2);
    }
    if (t.length() == 7
        && t.charAt(4) == '-'
        && digits(t.substring(0, 4))
        && digits(t.substring(5))) {
      int month = Integer.parseInt(t.substring(5));
      if (month >= 1 && month <= 12) {
        return TextNode.valueOf(t);
      }
    }
    reasons.add(new Reason(ReasonCode.INVALID_VALUE, name, clip(value.toString())));
    return value;
  }

  private JsonNode money(JsonNode value, String name, List<Reason> reasons) {
    if (value.isNumber()) {
      return value;
    }
    String text = value.isTextual() ? value.asText() : null;
    if (text != null && amounts.parse(text)) {
      return DecimalNode.valueOf(BigDecimal.valueOf(amounts.signedPaise(), 2));
    }
    reasons.add(
        new Reason(
            text == null ? ReasonCode.INVALID_VALUE : amounts.reason(),
            name,
            clip(value.toString())));
    return value;
  }

  private JsonNode nested(
      JsonNode value, RecordShape shape, String name, Tally tally, List<Reason> reasons) {
    if (!value.isObject()) {
      reasons.add(new Reason(ReasonCode.INVALID_VALUE, name, "expected an object"));
      return value;
    }
    reasons.addAll(normalise((ObjectNode) value, shape, name + ".", tally));
    return value;
  }

  private JsonNode list(
      JsonNode value, RecordShape shape, String name, Tally tally, List<Reason> reasons) {
    if (!value.isArray()) {
      reasons.add(new Reason(ReasonCode.INVALID_VALUE, name, "expected a list"));
      return value;
    }
    ArrayNode array = (ArrayNode) value;
    for (int i = 0; i < array.size(); i++) {
      nested(array.get(i), shape, name + "[" + i + "]", tally, reasons);
    }
    return value;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** A value shown in a reason, cut to 80 characters. */
  static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
