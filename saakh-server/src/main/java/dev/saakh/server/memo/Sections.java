package dev.saakh.server.memo;

import static dev.saakh.server.memo.Fields.count;
import static dev.saakh.server.memo.Fields.decimal;
import static dev.saakh.server.memo.Fields.list;
import static dev.saakh.server.memo.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.memo.CreditMemo.BalanceDay;
import dev.saakh.server.memo.CreditMemo.Banking;
import dev.saakh.server.memo.CreditMemo.Fact;
import dev.saakh.server.memo.CreditMemo.FraudFlag;
import dev.saakh.server.memo.CreditMemo.Gst;
import dev.saakh.server.memo.CreditMemo.GstMonth;
import dev.saakh.server.memo.CreditMemo.Kind;
import dev.saakh.server.memo.CreditMemo.Month;
import dev.saakh.server.memo.CreditMemo.Party;
import dev.saakh.server.memo.CreditMemo.Split;
import java.util.ArrayList;
import java.util.List;

/** Reads the memo's sections out of the analytics reports, each by its documented fields. */
final class Sections {
  private Sections() {}

  /** A report field shown as a fact: its JSON name, its label and how its number reads. */
  private record Field(String name, String label, Kind kind) {}

  private static Field f(String name, String label, Kind kind) {
    return new Field(name, label, kind);
  }

  /** The listed fields of {@code report}, in order; a field holding an object lists its entries. */
  private static List<Fact> facts(JsonNode report, List<Field> fields) {
    List<Fact> out = new ArrayList<>();
    for (Field field : fields) {
      JsonNode v = report.get(field.name());
      if (v != null && v.isObject()) {
        for (String key : Fields.names(v)) {
          JsonNode e = v.get(key);
          out.add(
              e.isNumber()
                  ? Fact.of(field.label() + ": " + key, field.kind(), e.decimalValue())
                  : Fact.text(field.label() + ": " + key, e.asText()));
        }
      } else if (v != null && v.isBoolean()) {
        out.add(Fact.text(field.label(), v.asBoolean() ? "yes" : "no"));
      } else if (field.kind() == Kind.TEXT) {
        out.add(Fact.text(field.label(), text(report, field.name())));
      } else {
        out.add(Fact.of(field.label(), field.kind(), decimal(report, field.name())));
      }
    }
    Fields.texts(report, "notes").forEach(n -> out.add(Fact.text("Note", n)));
    return out;
  }

  static Banking banking(JsonNode t) {
    List<Fact> facts =
        facts(
            t,
            List.of(
                f("from", "Statement from", Kind.TEXT),
                f("to", "Statement to", Kind.TEXT),
                f("accounts", "Accounts", Kind.COUNT),
                f("transactions", "Transactions", Kind.COUNT),
                f("average_balance", "Average balance", Kind.RUPEES),
                f("top_payer_share", "Largest payer's share of credits", Kind.PERCENT),
                f("emi_count", "EMI debits", Kind.COUNT),
                f("emi_total", "EMIs paid", Kind.RUPEES),
                f("bounce_count", "Bounces", Kind.COUNT),
                f("bounce_total", "Bounced amount", Kind.RUPEES),
                f("cash_withdrawal_ratio", "Cash withdrawals of debits", Kind.PERCENT),
                f("cash_deposit_ratio", "Cash deposits of credits", Kind.PERCENT),
                f("negative_balance_days", "Days with a negative balance", Kind.COUNT)));
    return new Banking(
        list(
            t,
            "monthly",
            m ->
                new Month(
                    text(m, "month"),
                    text(m, "status"),
                    decimal(m, "inflow"),
                    decimal(m, "outflow"),
                    decimal(m, "net"),
                    count(m, "credits"),
                    count(m, "debits"))),
        list(
            t,
            "balance_days",
            b -> new BalanceDay(text(b, "day"), decimal(b, "average"), count(b, "months"))),
        splits(t.path("by_category")),
        splits(t.path("by_channel")),
        list(t, "top_payers", Sections::party),
        list(t, "top_payees", Sections::party),
        facts);
  }

  private static List<Split> splits(JsonNode by) {
    List<Split> out = new ArrayList<>();
    for (String name : Fields.names(by)) {
      JsonNode s = by.get(name);
      out.add(new Split(name, decimal(s, "credits"), decimal(s, "debits"), count(s, "count")));
    }
    return out;
  }

  private static Party party(JsonNode p) {
    return new Party(text(p, "name"), decimal(p, "amount"), count(p, "count"), decimal(p, "share"));
  }

  static Gst gst(JsonNode g) {
    List<Fact> facts =
        facts(
            g,
            List.of(
                f("first_period", "First period", Kind.TEXT),
                f("last_period", "Last period", Kind.TEXT),
                f("months", "Months covered", Kind.COUNT),
                f("returns_filed", "Returns filed", Kind.COUNT),
                f("total_turnover", "Total turnover", Kind.RUPEES),
                f("turnover_by_financial_year", "Turnover", Kind.RUPEES),
                f("growth", "Turnover growth (ratio)", Kind.DECIMAL),
                f("volatility", "Volatility of monthly turnover", Kind.DECIMAL),
                f("on_time_rate", "Returns filed on time", Kind.PERCENT),
                f("average_delay_days", "Average filing delay (days)", Kind.DECIMAL),
                f("gstr1_vs_gstr3b_gap", "GSTR-1 vs GSTR-3B turnover gap", Kind.PERCENT),
                f("gst_vs_bank_gap", "GST turnover vs bank credits gap", Kind.PERCENT),
                f("itc_ratio", "Input tax credit of output tax", Kind.PERCENT),
                f("nil_returns", "Nil returns", Kind.COUNT),
                f("late_fees", "Late fees", Kind.RUPEES),
                f("interest", "Interest paid", Kind.RUPEES)));
    JsonNode fraud = g.path("fraud");
    List<FraudFlag> flags = new ArrayList<>();
    for (JsonNode r : fraud.path("flagged")) {
      for (JsonNode i : r.path("indicators")) {
        flags.add(
            new FraudFlag(
                text(r, "return_id"),
                text(r, "period"),
                text(r, "return_type"),
                text(i, "code"),
                decimal(i, "observed"),
                decimal(i, "threshold"),
                text(i, "explanation")));
      }
    }
    return new Gst(
        list(
            g,
            "monthly",
            m ->
                new GstMonth(
                    text(m, "period"),
                    decimal(m, "turnover"),
                    decimal(m, "gstr1_turnover"),
                    decimal(m, "output_tax"),
                    decimal(m, "itc_claimed"))),
        Fields.texts(g, "missing_months"),
        facts,
        text(fraud, "severity"),
        text(fraud, "summary"),
        flags);
  }

  static List<Fact> bureau(JsonNode c) {
    return facts(
        c,
        List.of(
            f("bureau", "Bureau", Kind.TEXT),
            f("report_id", "Report", Kind.TEXT),
            f("report_date", "Report date", Kind.TEXT),
            f("score", "Bureau score", Kind.COUNT),
            f("score_note", "Score note", Kind.TEXT),
            f("open_accounts", "Open accounts", Kind.COUNT),
            f("closed_accounts", "Closed accounts", Kind.COUNT),
            f("open_by_type", "Open", Kind.COUNT),
            f("sanctioned_open", "Sanctioned (open accounts)", Kind.RUPEES),
            f("outstanding", "Outstanding", Kind.RUPEES),
            f("overdue", "Overdue", Kind.RUPEES),
            f("monthly_obligations", "Monthly obligations (EMIs)", Kind.RUPEES),
            f("foir", "FOIR", Kind.PERCENT),
            f("worst_dpd12", "Worst DPD, 12 months", Kind.COUNT),
            f("worst_dpd36", "Worst DPD, 36 months", Kind.COUNT),
            f("enquiries6m", "Enquiries, 6 months", Kind.COUNT),
            f("enquiries12m", "Enquiries, 12 months", Kind.COUNT)));
  }

  static List<Fact> insurance(JsonNode i) {
    return facts(
        i,
        List.of(
            f("policies", "Policies", Kind.COUNT),
            f("active", "Active", Kind.COUNT),
            f("lapsed", "Lapsed", Kind.COUNT),
            f("lapse_rate", "Lapse rate", Kind.PERCENT),
            f("active_cover", "Active cover", Kind.RUPEES),
            f("cover_by_type", "Cover", Kind.RUPEES),
            f("annual_premium", "Annual premium", Kind.RUPEES)));
  }

  static List<Fact> funds(JsonNode m) {
    return facts(
        m,
        List.of(
            f("holdings", "Holdings", Kind.COUNT),
            f("folios", "Folios", Kind.COUNT),
            f("amcs", "Fund houses", Kind.COUNT),
            f("cost", "Invested", Kind.RUPEES),
            f("current", "Current value", Kind.RUPEES),
            f("gain", "Gain", Kind.RUPEES),
            f("return_ratio", "Return", Kind.PERCENT),
            f("sips", "SIPs", Kind.COUNT),
            f("monthly_sip", "Monthly SIP", Kind.RUPEES),
            f("value_by_amc", "Value", Kind.RUPEES)));
  }

  static List<Fact> ocen(JsonNode o) {
    return facts(
        o,
        List.of(
            f("applications", "Applications", Kind.COUNT),
            f("by_status", "Status", Kind.COUNT),
            f("approval_rate", "Approval rate", Kind.PERCENT),
            f("requested", "Requested", Kind.RUPEES),
            f("offered", "Offered", Kind.RUPEES),
            f("disbursed", "Disbursed (loans)", Kind.COUNT),
            f("lenders_last180_days", "Lenders, last 180 days", Kind.COUNT),
            f("applications_last90_days", "Applications, last 90 days", Kind.COUNT),
            f("stacking", "Loan stacking", Kind.TEXT)));
  }

  static List<Fact> ondc(JsonNode o) {
    return facts(
        o,
        List.of(
            f("orders", "Orders", Kind.COUNT),
            f("as_seller", "As seller", Kind.COUNT),
            f("as_buyer", "As buyer", Kind.COUNT),
            f("by_state", "Orders", Kind.COUNT),
            f("cancellation_rate", "Cancellation rate", Kind.PERCENT),
            f("completed_value", "Completed value", Kind.RUPEES),
            f("orders_by_month", "Orders in", Kind.COUNT)));
  }
}
