package dev.saakh.server.memo;

import static dev.saakh.server.memo.Fields.count;
import static dev.saakh.server.memo.Fields.decimal;
import static dev.saakh.server.memo.Fields.list;
import static dev.saakh.server.memo.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.saakh.server.memo.CreditMemo.Anomaly;
import dev.saakh.server.memo.CreditMemo.Header;
import dev.saakh.server.memo.CreditMemo.Instalment;
import dev.saakh.server.memo.CreditMemo.Limit;
import dev.saakh.server.memo.CreditMemo.Offer;
import dev.saakh.server.memo.CreditMemo.Reason;
import dev.saakh.server.memo.CreditMemo.Rule;
import dev.saakh.server.memo.CreditMemo.SubScore;
import dev.saakh.server.memo.CreditMemo.Txn;
import dev.saakh.server.memo.CreditMemo.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a {@link CreditMemo} out of the stored JSON: the decision part and the transactions. */
final class Assembly {
  private Assembly() {}

  static CreditMemo memo(
      Map<String, JsonNode> reports,
      JsonNode decision,
      List<JsonNode> transactions,
      String transactionsNote) {
    JsonNode overall = report(reports, "overall_summary");
    List<Txn> txns = new ArrayList<>(transactions.size());
    transactions.forEach(t -> txns.add(txn(t)));
    return new CreditMemo(
        header(decision, overall),
        verdict(decision),
        Sections.banking(report(reports, "transaction_summary")),
        Sections.gst(report(reports, "gst_summary")),
        Sections.bureau(report(reports, "credit_summary")),
        Sections.insurance(report(reports, "insurance_summary")),
        Sections.funds(report(reports, "mutual_funds_summary")),
        Sections.ocen(report(reports, "ocen_summary")),
        Sections.ondc(report(reports, "ondc_summary")),
        list(report(reports, "anomalies_report"), "anomalies", Assembly::anomaly),
        txns,
        transactionsNote);
  }

  private static JsonNode report(Map<String, JsonNode> reports, String name) {
    JsonNode n = reports.get(name);
    return n == null ? MissingNode.getInstance() : n;
  }

  static Header header(JsonNode d, JsonNode overall) {
    String customer = text(d, "customer_id");
    if (customer == null) {
      customer = text(overall, "customer_id");
    }
    JsonNode policy = d.path("policy");
    JsonNode consent = d.path("consent");
    String decidedAt = text(d, "decided_at");
    return new Header(
        customer == null ? "unknown" : customer,
        text(overall, "name"),
        text(d, "segment") != null ? text(d, "segment") : text(overall, "segment"),
        text(d, "decision_id") == null ? "none (stopped)" : text(d, "decision_id"),
        decidedAt == null ? text(d, "stopped_at") : decidedAt,
        text(d, "engine_version"),
        text(policy, "id"),
        text(policy, "version"),
        text(policy, "sha256"),
        text(consent, "id"),
        count(consent, "purpose_code") == null ? null : count(consent, "purpose_code").intValue(),
        text(consent, "purpose_text"),
        Fields.date(consent, "fi_data_from"),
        Fields.date(consent, "fi_data_to"),
        text(consent, "expiry"));
  }

  /** The decision; a stopped run (no {@code decision} field) is STOPPED with its reason. */
  static Verdict verdict(JsonNode record) {
    JsonNode d = record.get("decision");
    if (d == null || !d.isObject()) {
      String reason = text(record, "reason");
      return new Verdict(
          "STOPPED",
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          null,
          null,
          null,
          reason == null ? List.of() : List.of(reason));
    }
    JsonNode score = d.path("score");
    String binding = text(d, "binding_limit");
    return new Verdict(
        text(d, "outcome") == null ? "UNKNOWN" : text(d, "outcome"),
        text(d, "decided_by"),
        count(score, "score") == null ? null : count(score, "score").intValue(),
        text(score, "band"),
        text(d, "grade"),
        list(
            score,
            "sub_scores",
            s ->
                new SubScore(
                    text(s, "kind"),
                    count(s, "score") == null ? null : count(s, "score").intValue())),
        list(
            score,
            "reasons",
            r -> new Reason(text(r, "code"), text(r, "text"), text(r, "observation"))),
        list(d, "rules", Assembly::rule),
        list(
            d,
            "limits",
            l ->
                new Limit(
                    text(l, "name"),
                    decimal(l, "amount"),
                    text(l, "basis"),
                    text(l, "name") != null && text(l, "name").equals(binding))),
        binding,
        decimal(d, "amount"),
        offer(d.get("offer")),
        Fields.texts(d, "notice"));
  }

  private static Rule rule(JsonNode r) {
    return new Rule(
        text(r, "id"),
        text(r, "signal"),
        decimal(r, "observed"),
        text(r, "test"),
        Fields.flag(r, "fired"),
        text(r, "outcome"),
        text(r, "reason"));
  }

  /** The offer's KFS, or null when the decision carries none. */
  static Offer offer(JsonNode o) {
    if (o == null || !o.isObject()) {
      return null;
    }
    JsonNode terms = o.path("terms");
    return new Offer(
        decimal(terms, "principal"),
        count(terms, "tenure_months") == null ? null : count(terms, "tenure_months").intValue(),
        decimal(terms, "annual_rate_percent"),
        feeTerms(terms.path("processing_fee")),
        decimal(o, "emi"),
        decimal(o, "processing_fee"),
        decimal(o, "gst_on_processing_fee"),
        decimal(o, "other_upfront_charges"),
        decimal(o, "total_upfront_charges"),
        decimal(o, "net_disbursed_amount"),
        decimal(o, "total_interest"),
        decimal(o, "total_payable"),
        decimal(o, "annual_percentage_rate"),
        list(
            o,
            "schedule",
            i ->
                new Instalment(
                    count(i, "number") == null ? 0 : count(i, "number").intValue(),
                    decimal(i, "opening_principal"),
                    decimal(i, "interest"),
                    decimal(i, "principal"),
                    decimal(i, "instalment"),
                    decimal(i, "closing_principal"))));
  }

  private static String feeTerms(JsonNode fee) {
    String type = text(fee, "type");
    if ("percent".equals(type) && decimal(fee, "percent") != null) {
      return decimal(fee, "percent").stripTrailingZeros().toPlainString() + "% of the loan amount";
    }
    if ("flat".equals(type) && decimal(fee, "amount") != null) {
      return dev.saakh.core.money.IndianFormat.rupees(decimal(fee, "amount")) + " flat";
    }
    return type;
  }

  static Anomaly anomaly(JsonNode a) {
    return new Anomaly(
        text(a, "code"),
        text(a, "severity"),
        text(a, "explanation"),
        Fields.texts(a, "evidence"),
        Fields.texts(a, "periods"));
  }

  static Txn txn(JsonNode t) {
    return new Txn(
        text(t, "transaction_id"),
        Fields.date(t, "date"),
        text(t, "account_id"),
        text(t, "narration"),
        decimal(t, "amount"),
        text(t, "type"),
        decimal(t, "balance_after"),
        text(t, "category"),
        text(t, "channel"),
        text(t, "counterparty"));
  }
}
