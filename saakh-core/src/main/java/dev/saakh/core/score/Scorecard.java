package dev.saakh.core.score;

import static dev.saakh.core.score.SubScore.Kind.BUSINESS_HEALTH;
import static dev.saakh.core.score.SubScore.Kind.CASHFLOW_STABILITY;
import static dev.saakh.core.score.SubScore.Kind.DEBT_CAPACITY;

import dev.saakh.core.customer.Segment;
import dev.saakh.core.score.Characteristic.Bin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecards, one per segment, sharing the cashflow and debt lines; business health reads GST
 * and customer concentration for an MSME and spending behaviour for a consumer. Points are expert
 * judgement, stated here and in {@code docs/scoring.md}, not fitted to outcomes. Bins read {@code
 * bound:points}, best first; the last bin ({@code inf} or {@code -inf}) catches the rest.
 */
final class Scorecard {
  private Scorecard() {}

  /** Sub-score weights in the overall score. */
  static Map<SubScore.Kind, Double> weights(Segment s) {
    return s == Segment.MSME
        ? Map.of(CASHFLOW_STABILITY, 0.35, BUSINESS_HEALTH, 0.35, DEBT_CAPACITY, 0.30)
        : Map.of(CASHFLOW_STABILITY, 0.40, BUSINESS_HEALTH, 0.25, DEBT_CAPACITY, 0.35);
  }

  static List<Characteristic> of(Segment s) {
    List<Characteristic> c = new ArrayList<>(cashflow());
    c.addAll(s == Segment.MSME ? business() : behaviour());
    c.addAll(debt());
    return c;
  }

  private static Characteristic lower(
      String obs, SubScore.Kind k, int missing, String code, String reason, String bins) {
    return line(obs, k, false, missing, code, reason, bins);
  }

  private static Characteristic higher(
      String obs, SubScore.Kind k, int missing, String code, String reason, String bins) {
    return line(obs, k, true, missing, code, reason, bins);
  }

  private static Characteristic line(
      String obs,
      SubScore.Kind k,
      boolean higher,
      int missing,
      String code,
      String reason,
      String binText) {
    List<Bin> bins = new ArrayList<>();
    for (String pair : binText.split(" ")) {
      String[] p = pair.split(":");
      bins.add(
          new Bin(Double.parseDouble(p[0].replace("inf", "Infinity")), Integer.parseInt(p[1])));
    }
    return new Characteristic(obs, k, higher, bins, missing, code, reason);
  }

  private static List<Characteristic> cashflow() {
    return List.of(
        lower(
            "income_cv",
            CASHFLOW_STABILITY,
            8,
            "R01_INCOME_VOLATILE",
            "Monthly income in the bank statement varies from month to month.",
            "0.15:25 0.30:18 0.50:10 inf:3"),
        higher(
            "balance_buffer",
            CASHFLOW_STABILITY,
            8,
            "R02_LOW_BALANCES",
            "Balances kept in the account are low compared with monthly income.",
            "1.0:25 0.5:18 0.2:10 -inf:3"),
        lower(
            "negative_balance_days",
            CASHFLOW_STABILITY,
            10,
            "R03_OVERDRAWN_DAYS",
            "The account was overdrawn on several days.",
            "0:20 5:12 15:6 inf:0"),
        lower(
            "bounces",
            CASHFLOW_STABILITY,
            10,
            "R04_BOUNCES",
            "Cheque or NACH payments bounced.",
            "0:20 1:12 3:5 inf:0"),
        higher(
            "months_of_data",
            CASHFLOW_STABILITY,
            0,
            "R05_SHORT_HISTORY",
            "The bank statement covers only a few months.",
            "12:10 6:6 -inf:0"));
  }

  private static List<Characteristic> business() {
    return List.of(
        higher(
            "gst_growth",
            BUSINESS_HEALTH,
            8,
            "R10_TURNOVER_FALLING",
            "GST turnover grew little or fell over the last year.",
            "1.2:25 0.95:18 0.7:8 -inf:2"),
        higher(
            "gst_on_time_rate",
            BUSINESS_HEALTH,
            6,
            "R11_LATE_GST",
            "GST returns are often filed late.",
            "0.9:20 0.7:12 -inf:4"),
        lower(
            "gst_volatility",
            BUSINESS_HEALTH,
            6,
            "R12_TURNOVER_VOLATILE",
            "GST turnover swings widely from month to month.",
            "0.15:15 0.35:10 inf:4"),
        lower(
            "gst_bank_gap",
            BUSINESS_HEALTH,
            8,
            "R13_GST_BANK_MISMATCH",
            "GST turnover and business credits in the bank do not agree.",
            "0.2:20 0.5:10 inf:0"),
        lower(
            "top_payer_share",
            BUSINESS_HEALTH,
            10,
            "R14_CUSTOMER_CONCENTRATION",
            "Most business income comes from very few customers.",
            "0.3:20 0.5:12 inf:4"));
  }

  private static List<Characteristic> behaviour() {
    return List.of(
        lower(
            "impulse_spending_score",
            BUSINESS_HEALTH,
            15,
            "R20_IMPULSE_SPENDING",
            "Much discretionary spending happens right after income arrives.",
            "0.2:30 0.4:20 0.6:10 inf:3"),
        higher(
            "salary_retention_ratio",
            BUSINESS_HEALTH,
            10,
            "R21_LOW_RETENTION",
            "Little of each salary is still in the account a week later.",
            "0.5:25 0.25:15 -inf:5"),
        lower(
            "avg_balance_drop_rate",
            BUSINESS_HEALTH,
            10,
            "R22_BALANCE_DRAINS",
            "The balance falls steeply between payday and the 25th.",
            "0.3:20 0.6:12 inf:4"),
        higher(
            "salary_months",
            BUSINESS_HEALTH,
            0,
            "R23_NO_REGULAR_SALARY",
            "No regular salary is seen in the statement.",
            "10:25 6:15 1:8 -inf:5"));
  }

  private static List<Characteristic> debt() {
    return List.of(
        higher(
            "bureau_score",
            DEBT_CAPACITY,
            12,
            "R30_BUREAU_SCORE",
            "The credit bureau score is below the best band, or there is no credit history.",
            "750:30 700:22 650:14 600:7 -inf:0"),
        lower(
            "foir",
            DEBT_CAPACITY,
            10,
            "R31_HIGH_OBLIGATIONS",
            "Existing loan repayments take a large share of income.",
            "0.3:25 0.45:16 0.6:8 inf:0"),
        lower(
            "worst_dpd_12m",
            DEBT_CAPACITY,
            10,
            "R32_PAST_DUE",
            "A loan was paid late in the last 12 months.",
            "0:20 30:10 60:4 inf:0"),
        lower(
            "enquiries_6m",
            DEBT_CAPACITY,
            5,
            "R33_MANY_ENQUIRIES",
            "Many credit enquiries were made in the last six months.",
            "1:10 3:6 6:2 inf:0"),
        lower(
            "recent_loan_applications",
            DEBT_CAPACITY,
            8,
            "R34_LOAN_SHOPPING",
            "Several loan applications were made in the last 90 days.",
            "1:15 3:8 inf:0"));
  }
}
