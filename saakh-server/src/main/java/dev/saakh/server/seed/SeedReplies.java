package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.store.CustomerStore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's reply shapes, made from what {@link CustomerService} returns (pure mapping, no I/O).
 */
final class SeedReplies {
  /** Per-dataset clean-log counts summed into the clean reply's totals, in this order. */
  static final List<String> CLEAN_COUNTS = List.of("raw", "clean", "quarantined", "duplicates");

  private SeedReplies() {}

  /**
   * {@code {"status": "success", "customer_id", "message", "source", "seed", "as_of", "records":
   * {dataset: n}, "total_records"}}.
   */
  static Map<String, Object> generated(CustomerService.Fetched f) {
    CustomerStore.Customer c = f.customer();
    long total = f.records().values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Object> out =
        success(
            c.customerId(),
            "generated "
                + total
                + " raw records for "
                + c.customerId()
                + " (simulated: seed "
                + c.generatorSeed()
                + ", as of "
                + c.generatedAsOf()
                + ")");
    out.put("source", c.source().name());
    out.put("seed", c.generatorSeed());
    out.put("as_of", c.generatedAsOf());
    out.put("records", f.records());
    out.put("total_records", total);
    return out;
  }

  /**
   * {@code {"status": "success", "customer_id", "message", "clean_sha256", "totals": {raw, clean,
   * quarantined, duplicates}, "datasets": {dataset: {raw, clean, quarantined, duplicates}}}}.
   */
  static Map<String, Object> cleaned(CustomerService.CleanOutcome o) {
    Map<String, Long> totals = new LinkedHashMap<>();
    CLEAN_COUNTS.forEach(k -> totals.put(k, 0L));
    Map<String, Map<String, Long>> datasets = new LinkedHashMap<>();
    JsonNode perDataset = o.log().path("datasets");
    for (Iterator<Map.Entry<String, JsonNode>> it = perDataset.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String k : CLEAN_COUNTS) {
        long n = e.getValue().path(k).asLong();
        counts.put(k, n);
        totals.merge(k, n, Long::sum);
      }
      datasets.put(e.getKey(), counts);
    }
    Map<String, Object> out =
        success(
            o.customerId(),
            "cleaned "
                + o.customerId()
                + ": "
                + totals.get("clean")
                + " clean, "
                + totals.get("quarantined")
                + " quarantined, "
                + totals.get("duplicates")
                + " duplicates of "
                + totals.get("raw")
                + " raw records");
    out.put("clean_sha256", o.cleanSha256());
    out.put("totals", totals);
    out.put("datasets", datasets);
    return out;
  }

  /** {@code {"status": "success", "customer_id", "message", "reports": [name, …]}}. */
  static Map<String, Object> analysed(String customerId, Map<String, JsonNode> reports) {
    List<String> names = List.copyOf(ordered(reports).keySet());
    Map<String, Object> out =
        success(customerId, "analysed " + customerId + ": " + names.size() + " reports");
    out.put("reports", names);
    return out;
  }

  /**
   * The seed's data page {@code {"customer_id", "dataset", "type", "count", "records"}}, plus what
   * Saakh adds: {@code total} (before the limit) and {@code withheld} (kept back by the consent).
   */
  static Map<String, Object> data(CustomerService.DataPage p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer_id", p.customerId());
    out.put("dataset", p.dataset());
    out.put("type", p.type());
    out.put("count", p.records().size());
    out.put("records", p.records());
    out.put("total", p.total());
    out.put("withheld", p.withheld());
    return out;
  }

  /**
   * The seed's flat analytics: {@code {"customer_id": …, "transaction_summary": {…}, …}}, reports
   * in DESIGN §6 order, then {@code risk_score} and {@code consent_scope}.
   */
  static Map<String, Object> analytics(String customerId, Map<String, JsonNode> reports) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer_id", customerId);
    out.putAll(ordered(reports));
    return out;
  }

  /** Reports in DESIGN §6 order, then the score and the consent scope, then any others by name. */
  static Map<String, JsonNode> ordered(Map<String, JsonNode> reports) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(CustomerService.REPORTS);
    order.add(CustomerService.SCORE);
    order.add(CustomerService.SCOPE);
    for (String name : order) {
      if (reports.containsKey(name)) {
        out.put(name, reports.get(name));
      }
    }
    reports.keySet().stream()
        .filter(k -> !out.containsKey(k))
        .sorted()
        .forEach(k -> out.put(k, reports.get(k)));
    return out;
  }

  private static Map<String, Object> success(String customerId, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "success");
    out.put("customer_id", customerId);
    out.put("message", message);
    return out;
  }
}
