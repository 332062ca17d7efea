package dev.saakh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.DatasetResult;
import dev.saakh.core.clean.Duplicate;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.Reason;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares one customer's clean result with the generator's labels and accumulates, over customers:
 * duplicate precision/recall, what became of every injected defect, field accuracy of clean records
 * against the true records, and the category confusion. Counts only.
 */
final class CleanEvaluation {
  static final List<String> TXN_FIELDS =
      List.of(
          "date",
          "value_date",
          "type",
          "amount",
          "mode",
          "channel",
          "direction",
          "counterparty",
          "vpa",
          "ifsc",
          "reference",
          "category",
          "balance_after");

  long customers;
  long dupTruth;
  long dupPredicted;
  long dupHit;
  long dupPointerRight;
  long flagged;
  long flaggedWithDefect;
  final Map<String, Map<String, Long>> defects = new TreeMap<>();
  final Map<String, long[]> txnFields = new TreeMap<>();
  final Map<String, long[]> noisyFields = new TreeMap<>();
  final Map<String, long[]> unreadFields = new TreeMap<>();
  final Map<String, long[]> recordFields = new TreeMap<>();
  final Map<String, long[]> byChannel = new TreeMap<>();
  final Map<String, Long> confusion = new HashMap<>();

  void add(CleanResult result, List<JsonNode> labels) {
    customers++;
    Map<String, JsonNode> truth = new HashMap<>();
    Map<String, List<JsonNode>> defectsOf = new HashMap<>();
    Set<String> dupTrue = new HashSet<>();
    Map<String, String> dupOf = new HashMap<>();
    for (JsonNode l : labels) {
      String key = l.path("dataset").asText() + "/" + l.path("record_id").asText();
      switch (l.path("kind").asText()) {
        case "truth" -> truth.put(key, l.get("record"));
        case "defect" -> {
          if (l.path("defect").asText().equals("duplicate")) {
            dupTrue.add(key);
            dupOf.put(key, l.path("duplicate_of").asText());
          } else {
            defectsOf.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(l);
          }
        }
        default -> {}
      }
    }
    Map<String, JsonNode> clean = new HashMap<>();
    Map<String, List<Reason>> quarantined = new HashMap<>();
    for (DatasetResult d : result.datasets().values()) {
      String ds = d.dataset().fileName();
      for (Record r : d.clean()) {
        JsonNode node = LakeJson.mapper().valueToTree(r);
        clean.put(ds + "/" + node.path(d.dataset().idField()).asText(), node);
      }
      for (Quarantined q : d.quarantined()) {
        quarantined.put(ds + "/" + q.recordId(), q.reasons());
        flag(ds + "/" + q.recordId(), defectsOf);
      }
      duplicates(ds, d.duplicates(), dupTrue, dupOf);
    }
    dupTruth += dupTrue.size();
    for (Map.Entry<String, List<JsonNode>> e : defectsOf.entrySet()) {
      for (JsonNode defect : e.getValue()) {
        outcome(defect, clean.get(e.getKey()), quarantined.get(e.getKey()));
      }
    }
    compare(clean, truth, defectsOf);
  }

  private void flag(String key, Map<String, List<JsonNode>> defectsOf) {
    flagged++;
    if (defectsOf.containsKey(key)) {
      flaggedWithDefect++;
    }
  }

  private void duplicates(
      String ds, List<Duplicate> predicted, Set<String> dupTrue, Map<String, String> dupOf) {
    for (Duplicate d : predicted) {
      dupPredicted++;
      String key = ds + "/" + d.recordId();
      if (dupTrue.contains(key)) {
        dupHit++;
        if (d.duplicateOf().equals(dupOf.get(key))) {
          dupPointerRight++;
        }
      }
    }
  }

  private void outcome(JsonNode defect, JsonNode clean, List<Reason> reasons) {
    String kind = defect.path("dataset").asText() + " " + defect.path("defect").asText();
    if (defect.path("defect").asText().equals("missing_field")) {
      kind += " " + defect.path("field").asText();
    }
    String field = defect.path("field").asText();
    String result;
    if (reasons != null) {
      result =
          reasons.stream().anyMatch(r -> r.field() != null && r.field().endsWith(field))
              ? "quarantined, naming the field"
              : "quarantined for another reason";
    } else if (clean == null) {
      result = "removed as duplicate";
    } else if (defect.path("defect").asText().equals("narration_noise")) {
      result = "kept (see noisy-narration accuracy)";
    } else {
      List<JsonNode> values = find(clean, field.equals("balance") ? "balance_after" : field);
      JsonNode want = defect.get("truth");
      if (values.stream().anyMatch(v -> same(v, want))) {
        result = "recovered exactly";
      } else if (values.stream().allMatch(v -> v == null || v.isNull() || v.asText().isEmpty())) {
        result = "kept as null / empty";
      } else {
        result = "WRONG VALUE";
      }
    }
    defects.computeIfAbsent(kind, k -> new TreeMap<>()).merge(result, 1L, Long::sum);
  }

  private void compare(
      Map<String, JsonNode> clean, Map<String, JsonNode> truth, Map<String, List<JsonNode>> noisy) {
    for (Map.Entry<String, JsonNode> e : clean.entrySet()) {
      JsonNode want = truth.get(e.getKey());
      if (want == null) {
        continue;
      }
      JsonNode got = e.getValue();
      if (e.getKey().startsWith(Dataset.TRANSACTIONS.fileName() + "/")) {
        List<JsonNode> ds = noisy.getOrDefault(e.getKey(), List.of());
        boolean isNoisy =
            ds.stream().anyMatch(d -> d.path("defect").asText().equals("narration_noise"));
        boolean noNarration =
            ds.stream()
                .anyMatch(
                    d ->
                        d.path("defect").asText().equals("missing_field")
                            && d.path("field").asText().equals("narration"));
        transaction(got, want, noNarration ? unreadFields : isNoisy ? noisyFields : txnFields);
      } else {
        String ds = e.getKey().substring(0, e.getKey().indexOf('/'));
        for (var it = want.fieldNames(); it.hasNext(); ) {
          String f = it.next();
          tick(recordFields, ds + "." + f, same(got.get(f), want.get(f)));
        }
      }
    }
  }

  private void transaction(JsonNode got, JsonNode want, Map<String, long[]> into) {
    for (String f : TXN_FIELDS) {
      tick(into, f, same(got.get(f), want.get(f)));
    }
    if (into == unreadFields) {
      return;
    }
    long[] c = byChannel.computeIfAbsent(want.path("channel").asText(), k -> new long[3]);
    c[0]++;
    c[1] += same(got.get("channel"), want.get("channel")) ? 1 : 0;
    boolean category = same(got.get("category"), want.get("category"));
    c[2] += category ? 1 : 0;
    if (!category) {
      confusion.merge(
          want.path("category").asText() + " → " + got.path("category").asText(), 1L, Long::sum);
    }
  }

  private static void tick(Map<String, long[]> into, String key, boolean right) {
    long[] c = into.computeIfAbsent(key, k -> new long[2]);
    c[0] += right ? 1 : 0;
    c[1]++;
  }

  /** The value of {@code field} at the top level, else every nested one (lists of records). */
  private static List<JsonNode> find(JsonNode node, String field) {
    return node.has(field)
        ? java.util.Collections.singletonList(node.get(field))
        : node.findValues(field);
  }

  /** Equal JSON values, numbers compared by value, null equal to missing. */
  static boolean same(JsonNode a, JsonNode b) {
    boolean aNull = a == null || a.isNull();
    boolean bNull = b == null || b.isNull();
    if (aNull || bNull) {
      return aNull && bNull;
    }
    BigDecimal x = decimal(a);
    BigDecimal y = decimal(b);
    if (x != null && y != null) {
      return x.compareTo(y) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      for (var it = b.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!same(a.get(f), b.get(f))) {
          return false;
        }
      }
      return a.size() == b.size();
    }
    if (a.isContainerNode() || b.isContainerNode()) {
      return false;
    }
    return a.asText().equals(b.asText());
  }

  private static BigDecimal decimal(JsonNode n) {
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isTextual() && n.asText().matches("-?[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(n.asText());
    }
    return null;
  }
}
