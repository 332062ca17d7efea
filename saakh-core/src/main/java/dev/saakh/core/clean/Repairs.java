package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.lake.Dataset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Missing values that a rule of the domain fixes exactly, each counted as {@code repaired:<field>}
 * in the clean log: a GST return's due date from its period and type (GSTR-1 the 11th, GSTR-3B the
 * 20th of the next month) and its period from the due date; a fund holding's current value from
 * units × NAV; an ONDC order's quote total from its items. Nothing else is guessed.
 */
final class Repairs {
  private Repairs() {}

  static void apply(Dataset dataset, ObjectNode node, Tally tally) {
    switch (dataset) {
      case GST -> gst(node, tally);
      case MUTUAL_FUNDS -> funds(node, tally);
      case ONDC_ORDERS -> ondc(node, tally);
      case CUSTOMERS,
          CONSENTS,
          ACCOUNTS,
          TRANSACTIONS,
          CREDIT_REPORTS,
          POLICIES,
          OCEN_APPLICATIONS -> {}
    }
  }

  private static void gst(ObjectNode node, Tally tally) {
    GstReturnType type = returnType(text(node, "return_type"));
    if (type == null) {
      return;
    }
    int dueDay = type.dueDayOfNextMonth();
    YearMonth period = month(text(node, "period"));
    if (period != null && missing(node, "due_date")) {
      node.put("due_date", period.plusMonths(1).atDay(dueDay).toString());
      tally.add("repaired:due_date");
    } else if (period == null && missing(node, "period") && text(node, "due_date").length() == 10) {
      YearMonth due = month(text(node, "due_date").substring(0, 7));
      if (due != null && text(node, "due_date").endsWith("-" + dueDay)) {
        node.set("period", TextNode.valueOf(due.minusMonths(1).toString()));
        tally.add("repaired:period");
      }
    }
  }

  private static void funds(ObjectNode node, Tally tally) {
    if (missing(node, "current_value")
        && node.path("units").isNumber()
        && node.path("nav").isNumber()) {
      BigDecimal value =
          node.get("units")
              .decimalValue()
              .multiply(node.get("nav").decimalValue())
              .setScale(2, RoundingMode.HALF_UP);
      node.set("current_value", DecimalNode.valueOf(value));
      tally.add("repaired:current_value");
    }
  }

  private static void ondc(ObjectNode node, Tally tally) {
    if (!missing(node, "quote_total") || !node.path("items").isArray()) {
      return;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode item : node.get("items")) {
      if (!item.path("quantity").canConvertToInt() || !item.path("unit_price").isNumber()) {
        return;
      }
      total =
          total.add(
              item.get("unit_price")
                  .decimalValue()
                  .multiply(BigDecimal.valueOf(item.get("quantity").asInt())));
    }
    node.set("quote_total", DecimalNode.valueOf(total.setScale(2, RoundingMode.HALF_UP)));
    tally.add("repaired:quote_total");
  }

  private static GstReturnType returnType(String s) {
    for (GstReturnType t : GstReturnType.values()) {
      if (t.name().equals(s)) {
        return t;
      }
    }
    return null;
  }

  private static boolean missing(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull();
  }

  private static String text(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : "";
  }

  private static YearMonth month(String s) {
    try {
      return s.isEmpty() ? null : YearMonth.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
