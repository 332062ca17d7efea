package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seed's MSME director analysis, {@code [{"director", "pan", "behavioral_signals": {name:
 * value}}]}, from the stored {@code overall_summary} report's {@code directors[]} and the PANs of
 * the customer record's {@code directors[]} (joined by {@code director_id}).
 */
final class Directors {
  private Directors() {}

  /**
   * One entry per director: those the report analysed first (report order), then the customer
   * record's others with {@code behavioral_signals} null (no personal account in the data). A
   * consumer, or an MSME without directors, gives an empty list.
   *
   * @param overall the {@code overall_summary} report
   * @param customer the clean {@code customers} record, or null when not at hand
   */
  static List<Map<String, Object>> of(JsonNode overall, JsonNode customer) {
    Map<String, JsonNode> people = new LinkedHashMap<>();
    if (customer != null) {
      customer.path("directors").forEach(d -> people.put(d.path("director_id").asText(), d));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode d : overall.path("directors")) {
      String id = d.path("director_id").asText(null);
      seen.add(id);
      JsonNode person = people.get(id);
      JsonNode signals = d.path("behavioral_signals");
      Map<String, Object> e = entry(id, d.path("name").asText(null), pan(person));
      e.put("accounts", d.path("accounts"));
      e.put("behavioral_signals", FlatFeatures.values(signals));
      e.put("explanations", FlatFeatures.explanations(signals));
      e.put("from", text(signals.path("from")));
      e.put("to", text(signals.path("to")));
      e.put("transactions", signals.path("transactions").asInt());
      out.add(e);
    }
    for (Map.Entry<String, JsonNode> p : people.entrySet()) {
      if (!seen.contains(p.getKey())) {
        Map<String, Object> e =
            entry(p.getKey(), p.getValue().path("name").asText(null), pan(p.getValue()));
        e.put("accounts", List.of());
        e.put("behavioral_signals", null);
        e.put("note", "no personal account of this director in the customer's data");
        out.add(e);
      }
    }
    return out;
  }

  private static Map<String, Object> entry(String id, String name, String pan) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("director", name);
    e.put("director_id", id);
    e.put("pan", pan);
    return e;
  }

  private static String pan(JsonNode person) {
    return person == null ? null : text(person.path("pan"));
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
