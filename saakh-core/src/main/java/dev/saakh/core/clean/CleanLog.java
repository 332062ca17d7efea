package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-customer clean log (DESIGN §4.1) as JSON: for each dataset the raw, clean, quarantined
 * and duplicate counts, quarantine reasons by code, rule counts; every account's balance chain;
 * totals; and the time each dataset took (the only part that changes between identical runs).
 */
public final class CleanLog {
  private CleanLog() {}

  public static ObjectNode of(CleanResult result) {
    ObjectMapper mapper = LakeJson.mapper();
    ObjectNode log = mapper.createObjectNode();
    log.put("customer_id", result.customerId());
    log.put("narration_rules", result.narrationRules());
    log.put("conservation", "raw = clean + quarantined + duplicates, checked for every dataset");
    ObjectNode datasets = log.putObject("datasets");
    long[] totals = new long[4];
    for (Map.Entry<Dataset, DatasetResult> e : result.datasets().entrySet()) {
      DatasetResult d = e.getValue();
      ObjectNode n = datasets.putObject(e.getKey().fileName());
      n.put("raw", d.raw());
      n.put("clean", d.clean().size());
      n.put("quarantined", d.quarantined().size());
      n.put("duplicates", d.duplicates().size());
      n.set("quarantine_reasons", mapper.valueToTree(reasons(d)));
      n.set("rules", mapper.valueToTree(d.rules()));
      totals[0] += d.raw();
      totals[1] += d.clean().size();
      totals[2] += d.quarantined().size();
      totals[3] += d.duplicates().size();
    }
    ObjectNode t = log.putObject("totals");
    t.put("raw", totals[0]);
    t.put("clean", totals[1]);
    t.put("quarantined", totals[2]);
    t.put("duplicates", totals[3]);
    log.set("balance_chains", mapper.valueToTree(result.chains()));
    ObjectNode timings = log.putObject("timings_ms");
    result.nanos().forEach((k, v) -> timings.put(k.fileName(), Math.round(v / 1e4) / 100.0));
    return log;
  }

  /** Quarantined records per reason code (a record with two reasons counts under both). */
  static Map<String, Long> reasons(DatasetResult d) {
    Map<String, Long> counts = new TreeMap<>();
    for (Quarantined q : d.quarantined()) {
      q.reasons().stream()
          .map(r -> r.code().name())
          .distinct()
          .forEach(code -> counts.merge(code, 1L, Long::sum));
    }
    return counts;
  }
}
