package dev.saakh.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** No data, or any statement, gives ten reports that serialise without NaN or Infinity. */
class AnalysisPropertiesTest {
  private static CustomerData data(List<Transaction> txns) {
    return new CustomerData(
        "CUST_CON_00001",
        List.of(),
        List.of(),
        List.of(),
        txns,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static void assertClean(Map<String, Object> reports) throws Exception {
    assertThat(reports).hasSize(10);
    for (Object report : reports.values()) {
      assertThat(LakeJson.mapper().writeValueAsString(report)).doesNotContain("NaN", "Infinity");
    }
  }

  @Test
  void noDataAtAllStillGivesTenReports() throws Exception {
    Map<String, Object> reports = Analysis.run(data(List.of()));
    assertClean(reports);
    assertThat(((OverallSummary) reports.get("overall_summary")).notes())
        .containsExactly("no customer record: name and segment unknown");
  }

  @Property(tries = 150)
  void anyStatementGivesFiniteReports(@ForAll("statements") List<Transaction> txns)
      throws Exception {
    assertClean(Analysis.run(data(txns)));
  }

  @Provide
  Arbitrary<List<Transaction>> statements() {
    Arbitrary<Transaction> t =
        Combinators.combine(
                Arbitraries.integers().between(0, 800),
                Arbitraries.of(TxnType.values()),
                Arbitraries.longs().between(1, 5_000_000_00L),
                Arbitraries.of(Category.values()),
                Arbitraries.of("A", "B", "RAVI", "ACME LTD").injectNull(0.3),
                Arbitraries.longs().between(-1_000_000_00L, 10_000_000_00L).injectNull(0.2),
                Arbitraries.of("CUST_CON_00001-A1", "CUST_CON_00001-A2"))
            .as(
                (day, type, paise, category, who, balance, account) ->
                    new Transaction(
                        "T" + day + type + paise,
                        account,
                        "CUST_CON_00001",
                        LocalDate.of(2024, 1, 1).plusDays(day),
                        LocalDate.of(2024, 1, 1).plusDays(day),
                        type,
                        Money.ofPaise(paise),
                        TxnMode.FT,
                        Channel.NEFT,
                        null,
                        who,
                        null,
                        null,
                        null,
                        category,
                        "X",
                        balance == null ? null : Money.ofPaise(balance),
                        "INR"));
    return t.list()
        .ofMaxSize(60)
        .map(
            l -> {
              List<Transaction> sorted = new ArrayList<>(l);
              sorted.sort((a, b) -> a.date().compareTo(b.date()));
              return sorted;
            });
  }
}
