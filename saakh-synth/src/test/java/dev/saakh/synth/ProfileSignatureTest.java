package dev.saakh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every profile's signature (DESIGN §5), measured on a generated population from the files the
 * generator wrote, not from its internals: GST turnover shapes from the GST truth records,
 * concentration and GST-vs-bank agreement from the transaction truth records.
 */
class ProfileSignatureTest {
  @TempDir static Path tmp;
  static final Map<String, String> PROFILE = new TreeMap<>();
  static final Map<String, List<JsonNode>> TRUTH = new HashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(48, 30, true), tmp.resolve("lake"), 2));
    for (JsonNode label : TestingLake.lines(lake.labels())) {
      String cid = label.get("customer_id").asText();
      if (label.get("kind").asText().equals("customer")) {
        PROFILE.put(cid, label.get("profile").asText());
      } else if (label.get("kind").asText().equals("truth")) {
        TRUTH
            .computeIfAbsent(cid + "|" + label.get("dataset").asText(), k -> new ArrayList<>())
            .add(label.get("record"));
      }
    }
  }

  static List<String> withProfile(String profile) {
    List<String> ids =
        PROFILE.entrySet().stream()
            .filter(e -> e.getValue().equals(profile))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(ids).as("customers with profile " + profile).isNotEmpty();
    return ids;
  }

  static List<JsonNode> records(String cid, Dataset d) {
    return TRUTH.getOrDefault(cid + "|" + d.fileName(), List.of());
  }

  /** GSTR-3B taxable value by period, oldest first. */
  static TreeMap<String, Double> turnover(String cid) {
    TreeMap<String, Double> byPeriod = new TreeMap<>();
    for (JsonNode r : records(cid, Dataset.GST)) {
      if (r.get("return_type").asText().equals("GSTR3B")) {
        byPeriod.put(r.get("period").asText(), r.get("taxable_value").asDouble());
      }
    }
    return byPeriod;
  }

  static double mean(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  static double firstOverLast(String cid) {
    List<Double> v = new ArrayList<>(turnover(cid).values());
    return mean(v.subList(0, 3)) / mean(v.subList(v.size() - 3, v.size()));
  }

  @Test
  void highGrowthTurnoverRisesAtLeastSixfold() {
    for (String cid : withProfile("high_growth")) {
      assertThat(1 / firstOverLast(cid)).as(cid).isGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void decliningTurnoverFallsAtLeastFivefold() {
    for (String cid : withProfile("declining")) {
      assertThat(firstOverLast(cid)).as(cid).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void seasonalTurnoverIsThreeTimesHigherInOctoberToDecember() {
    for (String cid : withProfile("high_seasonality")) {
      List<Double> festive = new ArrayList<>();
      List<Double> rest = new ArrayList<>();
      turnover(cid)
          .forEach(
              (period, v) -> (Integer.parseInt(period.substring(5)) >= 10 ? festive : rest).add(v));
      assertThat(mean(festive) / mean(rest)).as(cid).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void stableTurnoverStaysWithinFivePercentOfItsMean() {
    for (String cid : withProfile("stable_income")) {
      double mean = mean(new ArrayList<>(turnover(cid).values()));
      turnover(cid)
          .forEach(
              (p, v) ->
                  assertThat(Math.abs(v / mean - 1)).as(cid + " " + p).isLessThanOrEqualTo(0.05));
    }
  }

  @Test
  void fraudClaimsItcAboveNinetyFivePercentAndFilesLate() {
    for (String cid : withProfile("fraud")) {
      int returns = 0;
      int late = 0;
      for (JsonNode r : records(cid, Dataset.GST)) {
        returns++;
        long days =
            ChronoUnit.DAYS.between(
                LocalDate.parse(r.get("due_date").asText()),
                LocalDate.parse(r.get("filing_date").asText()));
        late += days > 30 ? 1 : 0;
        if (r.get("return_type").asText().equals("GSTR3B")) {
          assertThat(r.get("itc_claimed").asDouble() / r.get("output_tax").asDouble())
              .as(cid)
              .isGreaterThan(0.95);
        }
      }
      assertThat((double) late / returns)
          .as(cid + " share of returns filed 30+ days late")
          .isGreaterThan(0.5);
    }
  }

  @Test
  void fraudGstTurnoverIsInflatedOverBankCreditsWhileOthersAgree() {
    for (String cid : PROFILE.keySet()) {
      if (cid.startsWith("CUST_CON")) {
        continue;
      }
      double ratio = gstOverBank(cid);
      if (PROFILE.get(cid).equals("fraud")) {
        assertThat(ratio).as(cid).isGreaterThanOrEqualTo(1.4);
      } else {
        assertThat(ratio).as(cid + " " + PROFILE.get(cid)).isBetween(0.8, 1.2);
      }
    }
  }

  /** Gross GST sales (taxable + tax) over bank business credits, summed over the bank months. */
  static double gstOverBank(String cid) {
    Map<String, Double> bank = new HashMap<>();
    for (JsonNode t : records(cid, Dataset.TRANSACTIONS)) {
      if (t.get("category").asText().equals("INCOME_BUSINESS")
          || t.get("category").asText().equals("CASH_DEPOSIT")) {
        bank.merge(t.get("date").asText().substring(0, 7), t.get("amount").asDouble(), Double::sum);
      }
    }
    double gst = 0;
    double credits = 0;
    for (JsonNode r : records(cid, Dataset.GST)) {
      String period = r.get("period").asText();
      if (r.get("return_type").asText().equals("GSTR3B") && bank.containsKey(period)) {
        gst += r.get("taxable_value").asDouble() + r.get("output_tax").asDouble();
        credits += bank.get(period);
      }
    }
    return gst / credits;
  }

  @Test
  void concentratedCustomersGetSixtyPercentOfBusinessCreditsFromOneBuyer() {
    for (String cid : withProfile("customer_concentration")) {
      assertThat(topBuyerShare(cid)).as(cid).isGreaterThanOrEqualTo(0.6);
    }
    for (String cid : withProfile("baseline")) {
      assertThat(topBuyerShare(cid)).as(cid).isLessThan(0.6);
    }
  }

  static double topBuyerShare(String cid) {
    Map<String, Double> byBuyer = new HashMap<>();
    double total = 0;
    for (JsonNode t : records(cid, Dataset.TRANSACTIONS)) {
      if (t.get("category").asText().equals("INCOME_BUSINESS")) {
        byBuyer.merge(t.get("counterparty").asText(), t.get("amount").asDouble(), Double::sum);
        total += t.get("amount").asDouble();
      }
    }
    return byBuyer.values().stream().mapToDouble(Double::doubleValue).max().orElse(0) / total;
  }

  @Test
  void highDebtCustomersPayManyEmisAndHoldManyLoans() {
    for (String cid : withProfile("high_debt")) {
      long emis =
          records(cid, Dataset.TRANSACTIONS).stream()
              .filter(
                  t ->
                      t.get("category").asText().equals("EMI")
                          || t.get("category").asText().equals("BOUNCE"))
              .count();
      assertThat(emis / 12.0).as(cid + " EMIs a month").isGreaterThanOrEqualTo(4);
      long open = 0;
      for (JsonNode line : records(cid, Dataset.CREDIT_REPORTS).get(0).get("accounts")) {
        open += line.get("closed_date").isNull() ? 1 : 0;
      }
      assertThat(open).as(cid + " open tradelines").isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void fundReturnsAndInsuranceFollowTheProfileTable() {
    check("high_growth", 3, 6, 0.15, 0.45);
    check("stable_income", 3, 6, 0.15, 0.45);
    check("declining", 1, 3, -0.10, 0.05);
    check("fraud", 4, 7, -0.20, -0.05);
    int lapsed = 0;
    for (String cid : withProfile("fraud")) {
      for (JsonNode p : records(cid, Dataset.POLICIES)) {
        assertThat(p.get("sum_assured").asDouble()).isBetween(3e6, 1e7);
        lapsed += p.get("status").asText().equals("LAPSED") ? 1 : 0;
      }
    }
    assertThat(lapsed).as("lapsed policies among fraud customers").isPositive();
    for (String cid : withProfile("high_growth")) {
      assertThat(records(cid, Dataset.POLICIES)).hasSizeBetween(3, 5);
    }
  }

  private static void check(String profile, int min, int max, double lo, double hi) {
    for (String cid : withProfile(profile)) {
      List<JsonNode> funds = records(cid, Dataset.MUTUAL_FUNDS);
      assertThat(funds).as(cid).hasSizeBetween(min, max);
      for (JsonNode f : funds) {
        double ret = f.get("current_value").asDouble() / f.get("cost_value").asDouble() - 1;
        assertThat(ret).as(cid + " return").isBetween(lo - 0.001, hi + 0.001);
      }
    }
  }

  @Test
  void everyDatasetIsNonEmptyForEveryCustomer() {
    for (String cid : PROFILE.keySet()) {
      for (Dataset d : Dataset.values()) {
        if (d == Dataset.GST && cid.startsWith("CUST_CON")) {
          assertThat(records(cid, d)).as(cid + " consumers file no GST").isEmpty();
        } else {
          assertThat(records(cid, d)).as(cid + " " + d.fileName()).isNotEmpty();
        }
      }
    }
  }

  @Test
  void msmesHaveTwoToFiveAccountsAndFiveHundredToFiveThousandTransactions() {
    for (String cid : PROFILE.keySet()) {
      if (cid.startsWith("CUST_MSM")) {
        assertThat(records(cid, Dataset.ACCOUNTS)).as(cid).hasSizeBetween(2, 5);
        assertThat(records(cid, Dataset.TRANSACTIONS)).as(cid).hasSizeBetween(500, 6000);
      }
    }
  }

  @Test
  void everyConsumerProfileAppears() {
    for (String p :
        List.of(
            "salaried_stable", "impulse_spender", "over_leveraged", "gig_income", "fraud_p2p")) {
      withProfile(p);
    }
  }
}
