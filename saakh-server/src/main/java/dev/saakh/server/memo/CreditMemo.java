package dev.saakh.server.memo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.money.IndianFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The credit memo of one decision: what the PDF, the workbook and the KFS show, read once from the
 * customer's reports, the decision record and the clean transactions. Plain values; nothing here
 * reads a store or formats a page.
 *
 * @param transactionsNote why transactions are missing (e.g. outside the consent), else null
 */
public record CreditMemo(
    Header header,
    Verdict verdict,
    Banking banking,
    Gst gst,
    List<Fact> bureau,
    List<Fact> insurance,
    List<Fact> funds,
    List<Fact> ocen,
    List<Fact> ondc,
    List<Anomaly> anomalies,
    List<Txn> transactions,
    String transactionsNote) {
  public CreditMemo {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(banking, "banking");
    Objects.requireNonNull(gst, "gst");
    bureau = List.copyOf(bureau);
    insurance = List.copyOf(insurance);
    funds = List.copyOf(funds);
    ocen = List.copyOf(ocen);
    ondc = List.copyOf(ondc);
    anomalies = List.copyOf(anomalies);
    transactions = List.copyOf(transactions);
  }

  /**
   * The memo of {@code decision} (a decision record's JSON, or a stopped run's), on the customer's
   * {@code reports} (by name, as {@code CustomerService.reports} gives them) and clean
   * transactions.
   */
  public static CreditMemo of(
      Map<String, JsonNode> reports,
      JsonNode decision,
      List<JsonNode> transactions,
      String transactionsNote) {
    return Assembly.memo(reports, decision, transactions, transactionsNote);
  }

  /** How a fact's number reads. */
  public enum Kind {
    /** Rupees, lakh-grouped. */
    RUPEES,
    /** A ratio shown as a percent (0.25 is 25.0%). */
    PERCENT,
    /** A plain decimal (a growth multiple, a day count). */
    DECIMAL,
    /** A whole count, lakh-grouped. */
    COUNT,
    /** Text only. */
    TEXT
  }

  /** One labelled figure; {@code number} is null when not observed or not numeric. */
  public record Fact(String label, Kind kind, BigDecimal number, String text) {
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
    }

    static Fact of(String label, Kind kind, BigDecimal number) {
      return new Fact(label, kind, number, null);
    }

    static Fact text(String label, String text) {
      return new Fact(label, Kind.TEXT, null, text);
    }

    /** As a person reads it; {@code —} when not observed. */
    public String display() {
      if (kind == Kind.TEXT) {
        return text == null ? "—" : text;
      }
      if (number == null) {
        return text == null ? "—" : text;
      }
      return switch (kind) {
        case RUPEES -> IndianFormat.rupees(number);
        case PERCENT -> number.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
        case DECIMAL -> number.setScale(2, RoundingMode.HALF_UP).toPlainString();
        case COUNT -> IndianFormat.count(number.longValue());
        case TEXT -> text;
      };
    }
  }

  /** Who, under which policy and consent. */
  public record Header(
      String customerId,
      String name,
      String segment,
      String decisionId,
      String decidedAt,
      String engineVersion,
      String policyId,
      String policyVersion,
      String policySha256,
      String consentId,
      Integer purposeCode,
      String purposeText,
      LocalDate fiDataFrom,
      LocalDate fiDataTo,
      String consentExpiry) {
    public Header {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(decisionId, "decisionId");
    }
  }

  /** The decision: outcome, who decided, the score and the rules, the limits and the offer. */
  public record Verdict(
      String outcome,
      String decidedBy,
      Integer score,
      String band,
      String grade,
      List<SubScore> subScores,
      List<Reason> reasons,
      List<Rule> rules,
      List<Limit> limits,
      String bindingLimit,
      BigDecimal amount,
      Offer offer,
      List<String> notice) {
    public Verdict {
      Objects.requireNonNull(outcome, "outcome");
      subScores = List.copyOf(subScores);
      reasons = List.copyOf(reasons);
      rules = List.copyOf(rules);
      limits = List.copyOf(limits);
      notice = List.copyOf(notice);
    }

    /** The knock-outs that fired, in policy order. */
    public List<Rule> knockOuts() {
      return rules.stream().filter(Rule::fired).toList();
    }
  }

  public record SubScore(String kind, Integer score) {}

  public record Reason(String code, String text, String observation) {}

  public record Rule(
      String id,
      String signal,
      BigDecimal observed,
      String test,
      boolean fired,
      String outcome,
      String reason) {}

  public record Limit(String name, BigDecimal amount, String basis, boolean binds) {}

  /** The offer's Key Facts Statement, as the decision record carries it. */
  public record Offer(
      BigDecimal principal,
      Integer tenureMonths,
      BigDecimal annualRatePercent,
      String processingFeeTerms,
      BigDecimal emi,
      BigDecimal processingFee,
      BigDecimal gstOnProcessingFee,
      BigDecimal otherUpfrontCharges,
      BigDecimal totalUpfrontCharges,
      BigDecimal netDisbursedAmount,
      BigDecimal totalInterest,
      BigDecimal totalPayable,
      BigDecimal annualPercentageRate,
      List<Instalment> schedule) {
    public Offer {
      schedule = List.copyOf(schedule);
    }
  }

  public record Instalment(
      int number,
      BigDecimal openingPrincipal,
      BigDecimal interest,
      BigDecimal principal,
      BigDecimal instalment,
      BigDecimal closingPrincipal) {}

  /** The bank statements, as the transaction summary gives them. */
  public record Banking(
      List<Month> months,
      List<BalanceDay> balanceDays,
      List<Split> categories,
      List<Split> channels,
      List<Party> payers,
      List<Party> payees,
      List<Fact> facts) {
    public Banking {
      months = List.copyOf(months);
      balanceDays = List.copyOf(balanceDays);
      categories = List.copyOf(categories);
      channels = List.copyOf(channels);
      payers = List.copyOf(payers);
      payees = List.copyOf(payees);
      facts = List.copyOf(facts);
    }
  }

  public record Month(
      String month,
      String status,
      BigDecimal inflow,
      BigDecimal outflow,
      BigDecimal net,
      Long credits,
      Long debits) {}

  public record BalanceDay(String day, BigDecimal average, Long months) {}

  public record Split(String name, BigDecimal credits, BigDecimal debits, Long count) {}

  public record Party(String name, BigDecimal amount, Long count, BigDecimal share) {}

  /** The GST returns: turnover by month, the ratios, and the fraud indicators with evidence. */
  public record Gst(
      List<GstMonth> months,
      List<String> missingMonths,
      List<Fact> facts,
      String severity,
      String summary,
      List<FraudFlag> flags) {
    public Gst {
      months = List.copyOf(months);
      missingMonths = List.copyOf(missingMonths);
      facts = List.copyOf(facts);
      flags = List.copyOf(flags);
    }
  }

  public record GstMonth(
      String period,
      BigDecimal turnover,
      BigDecimal gstr1Turnover,
      BigDecimal outputTax,
      BigDecimal itcClaimed) {}

  /** One fraud indicator on one return: what was observed against which threshold, and why. */
  public record FraudFlag(
      String returnId,
      String period,
      String returnType,
      String code,
      BigDecimal observed,
      BigDecimal threshold,
      String explanation) {}

  /** One anomaly of the statement or the returns, with its evidence (record ids) and periods. */
  public record Anomaly(
      String code,
      String severity,
      String explanation,
      List<String> evidence,
      List<String> periods) {
    public Anomaly {
      evidence = List.copyOf(evidence);
      periods = List.copyOf(periods);
    }
  }

  /** One clean transaction. */
  public record Txn(
      String id,
      LocalDate date,
      String account,
      String narration,
      BigDecimal amount,
      String type,
      BigDecimal balance,
      String category,
      String channel,
      String counterparty) {
    public boolean credit() {
      return "CREDIT".equals(type);
    }
  }
}
