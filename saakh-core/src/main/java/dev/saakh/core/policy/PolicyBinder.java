package dev.saakh.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import dev.saakh.core.policy.PolicyException.Code;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a schema-valid policy tree to records, checking the rules across fields that the schema
 * cannot say: unique knock-out ids and grade names, refer-min not above approve-min, grades in
 * strictly decreasing order down to 0, min-amount not above max-amount, tenures ascending and the
 * default among them.
 */
final class PolicyBinder {
  private final String source;

  private PolicyBinder(String source) {
    this.source = source;
  }

  static Policy bind(JsonNode doc, String source, String sha256) {
    PolicyBinder b = new PolicyBinder(source);
    List<KnockOut> knockOuts = b.knockOuts(doc.get("knock-outs"));
    CutOffs cutOffs = b.cutOffs(doc.get("cut-offs"));
    List<Grade> grades = b.grades(doc.get("grades"));
    Map<Segment, Product> products = new EnumMap<>(Segment.class);
    for (Segment s : Segment.values()) {
      String path = "products." + s.name();
      products.put(s, b.product(doc.get("products").get(s.name()), path));
    }
    return b.build(
        "",
        () ->
            new Policy(
                doc.get("policy-id").asText(),
                doc.get("version").asText(),
                sha256,
                doc.path("description").asText("").strip(),
                knockOuts,
                cutOffs,
                grades,
                products));
  }

  private List<KnockOut> knockOuts(JsonNode list) {
    List<KnockOut> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode r = list.get(i);
      String path = "knock-outs[" + i + "]";
      Integer first = seen.putIfAbsent(r.get("id").asText(), i);
      if (first != null) {
        throw rule(
            path + ".id",
            Values.quote(r.get("id")) + " is already the id of knock-outs[" + first + "]");
      }
      out.add(build(path, () -> knockOut(r)));
    }
    return out;
  }

  private static KnockOut knockOut(JsonNode r) {
    return new KnockOut(
        r.get("id").asText(),
        Signal.ofLabel(r.get("signal").asText()),
        Comparison.ofSymbol(r.get("op").asText()),
        r.get("threshold").asDouble(),
        RuleOutcome.valueOf(r.get("outcome").asText()),
        IfMissing.valueOf(r.path("if-missing").asText(IfMissing.PASS.name())),
        r.get("reason").asText().strip());
  }

  private CutOffs cutOffs(JsonNode c) {
    int approve = c.get("approve-min").asInt();
    int refer = c.get("refer-min").asInt();
    if (refer > approve) {
      throw rule("cut-offs.refer-min", refer + " is above approve-min " + approve);
    }
    return build("cut-offs", () -> new CutOffs(approve, refer));
  }

  private List<Grade> grades(JsonNode list) {
    List<Grade> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode g = list.get(i);
      String path = "grades[" + i + "]";
      Integer first = seen.putIfAbsent(g.get("grade").asText(), i);
      if (first != null) {
        throw rule(
            path + ".grade", Values.quote(g.get("grade")) + " is already grades[" + first + "]");
      }
      int min = g.get("min-score").asInt();
      if (i > 0 && min >= out.get(i - 1).minScore()) {
        throw rule(
            path + ".min-score",
            min + " must be below the min-score of the grade above, " + out.get(i - 1).minScore());
      }
      out.add(
          build(
              path,
              () ->
                  new Grade(
                      g.get("grade").asText(),
                      min,
                      g.get("annual-rate-percent").decimalValue(),
                      g.get("processing-fee-percent").decimalValue())));
    }
    int last = out.get(out.size() - 1).minScore();
    if (last != 0) {
      throw rule(
          "grades[" + (out.size() - 1) + "].min-score",
          "the last grade must start at 0 so every score has a grade, got " + last);
    }
    return out;
  }

  private Product product(JsonNode p, String path) {
    Money min = Money.of(p.get("min-amount").decimalValue());
    Money max = Money.of(p.get("max-amount").decimalValue());
    if (min.compareTo(max) > 0) {
      throw rule(path + ".min-amount", min + " is above max-amount " + max);
    }
    List<Integer> tenures = new ArrayList<>();
    p.get("tenure-months").forEach(t -> tenures.add(t.asInt()));
    if (!tenures.stream().sorted().toList().equals(tenures)) {
      throw rule(path + ".tenure-months", "must be in ascending order, got " + tenures);
    }
    int def = p.get("default-tenure-months").asInt();
    if (!tenures.contains(def)) {
      throw rule(path + ".default-tenure-months", def + " is not one of tenure-months " + tenures);
    }
    return build(
        path,
        () ->
            new Product(
                min,
                max,
                tenures,
                def,
                p.get("foir-cap").asDouble(),
                p.get("turnover-multiple").asDouble()));
  }

  /** A record built, its own checks (a backstop behind the ones above) turned into RULE errors. */
  private <T> T build(String path, java.util.function.Supplier<T> record) {
    try {
      return record.get();
    } catch (IllegalArgumentException e) {
      throw new PolicyException(Code.RULE, source, path, e.getMessage(), e);
    }
  }

  private PolicyException rule(String field, String reason) {
    return new PolicyException(Code.RULE, source, field, reason);
  }
}
