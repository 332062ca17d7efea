package dev.saakh.server.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.LakeJson;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Chart specifications for the console's canvases, computed from the analytics reports: {@code
 * {"type":…, "labels":[…], "datasets":[{"label":…, "data":[…], "kind":…}]}}. The page carries each
 * as a {@code data-chart} attribute; console.js hands it to Chart.js. Values are the reports' own,
 * never recomputed here.
 */
final class Charts {
  private Charts() {}

  /** Inflow, outflow and net per month (months without data left out). */
  static String monthly(JsonNode transactionSummary) {
    ObjectNode c = chart("bar");
    ArrayNode labels = c.putArray("labels");
    ArrayNode in = dataset(c, "Inflow", "bar");
    ArrayNode out = dataset(c, "Outflow", "bar");
    ArrayNode net = dataset(c, "Net", "line");
    for (JsonNode m : transactionSummary.path("monthly")) {
      if ("NO_DATA".equals(m.path("status").asText())) {
        continue;
      }
      labels.add(m.path("month").asText());
      in.add(m.path("inflow").decimalValue());
      out.add(m.path("outflow").decimalValue().negate());
      net.add(m.path("net").decimalValue());
    }
    return text(c);
  }

  /** Average balance on days 7, 14, 22 and the month's last day. */
  static String balanceDays(JsonNode transactionSummary) {
    ObjectNode c = chart("bar");
    ArrayNode labels = c.putArray("labels");
    ArrayNode avg = dataset(c, "Average balance", "bar");
    for (JsonNode d : transactionSummary.path("balance_days")) {
      String day = d.path("day").asText();
      labels.add("last".equalsIgnoreCase(day) ? "Last day" : "Day " + day);
      avg.add(d.path("average").decimalValue());
    }
    return text(c);
  }

  /** Debits per category (or credits, with {@code side} "credits"). */
  static String split(JsonNode byKey, String side) {
    ObjectNode c = chart("doughnut");
    ArrayNode labels = c.putArray("labels");
    ArrayNode data = dataset(c, side.equals("credits") ? "Credits" : "Debits", "doughnut");
    for (Iterator<Map.Entry<String, JsonNode>> it = byKey.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      double v = e.getValue().path(side).asDouble();
      if (v > 0) {
        labels.add(e.getKey());
        data.add(e.getValue().path(side).decimalValue());
      }
    }
    return text(c);
  }

  /** GST turnover (GSTR-3B) and GSTR-1 turnover by return period. */
  static String gstTurnover(JsonNode gstSummary) {
    ObjectNode c = chart("line");
    ArrayNode labels = c.putArray("labels");
    ArrayNode t3b = dataset(c, "Turnover (GSTR-3B)", "line");
    ArrayNode t1 = dataset(c, "GSTR-1 turnover", "line");
    for (JsonNode m : gstSummary.path("monthly")) {
      labels.add(m.path("period").asText());
      t3b.add(m.path("turnover").decimalValue());
      t1.add(m.path("gstr1_turnover").decimalValue());
    }
    return text(c);
  }

  /** Declared GST turnover beside bank inflow, for the months both have. */
  static String gstVsBank(JsonNode gstSummary, JsonNode transactionSummary) {
    Map<String, JsonNode> bank = new HashMap<>();
    for (JsonNode m : transactionSummary.path("monthly")) {
      if (!"NO_DATA".equals(m.path("status").asText())) {
        bank.put(m.path("month").asText(), m.path("inflow"));
      }
    }
    ObjectNode c = chart("bar");
    ArrayNode labels = c.putArray("labels");
    ArrayNode gst = dataset(c, "GST turnover", "bar");
    ArrayNode inflow = dataset(c, "Bank inflow", "bar");
    for (JsonNode m : gstSummary.path("monthly")) {
      JsonNode b = bank.get(m.path("period").asText());
      if (b != null) {
        labels.add(m.path("period").asText());
        gst.add(m.path("turnover").decimalValue());
        inflow.add(b.decimalValue());
      }
    }
    return text(c);
  }

  private static ObjectNode chart(String type) {
    ObjectNode c = LakeJson.mapper().createObjectNode();
    c.put("type", type);
    c.putArray("datasets");
    return c;
  }

  private static ArrayNode dataset(ObjectNode chart, String label, String kind) {
    ObjectNode d = ((ArrayNode) chart.get("datasets")).addObject();
    d.put("label", label);
    d.put("kind", kind);
    return d.putArray("data");
  }

  private static String text(ObjectNode c) {
    try {
      return LakeJson.mapper().writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chart is not writable as JSON", e);
    }
  }
}
