package dev.saakh.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gst_summary on hand-built returns; every expected figure worked out in the comments. */
class GstSummaryTest {
  private static GstReturn ret(GstReturnType type, YearMonth p, long turnover, int daysLate) {
    LocalDate due = p.plusMonths(1).atDay(type.dueDayOfNextMonth());
    return new GstReturn(
        type + "-" + p,
        "C",
        "27ABCDE1234F1Z5",
        type,
        p,
        due,
        due.plusDays(daysLate),
        Money.ofPaise(turnover * 100),
        Money.ofPaise(turnover * 18), // 18% tax
        type == GstReturnType.GSTR3B ? Money.ofPaise(turnover * 9) : null,
        null, // ITC half
        Money.ofPaise(0),
        Money.ofPaise(daysLate > 0 ? 5000 : 0),
        null,
        false);
  }

  @Test
  void figuresOverTwentySixMonthsWithAGap() {
    List<GstReturn> returns = new ArrayList<>();
    YearMonth start = YearMonth.of(2023, 4);
    for (int i = 0; i < 26; i++) {
      YearMonth m = start.plusMonths(i);
      if (i == 13) {
        continue; // 2024-05 not filed: a gap
      }
      long turnover = i < 12 ? 1000 : 2000;
      returns.add(ret(GstReturnType.GSTR3B, m, turnover, i == 3 ? 10 : 0));
      returns.add(ret(GstReturnType.GSTR1, m, turnover + 100, 0));
    }
    GstSummary s = GstSummary.of(returns, Map.of());
    assertThat(s.months()).isEqualTo(26);
    assertThat(s.returnsFiled()).isEqualTo(25);
    assertThat(s.missingMonths()).containsExactly(YearMonth.of(2024, 5));
    assertThat(s.monthly().get(13).turnover()).isNull();
    // first 12 months 12,000; last 12 (months 14..25) 24,000 → 2.0
    assertThat(s.growth()).isEqualTo(2.0);
    // FY2023-24: 12 × 1,000; FY2024-25: 11 × 2,000 (May 2024 missing); FY2025-26: 2 × 2,000
    assertThat(s.turnoverByFinancialYear())
        .containsExactly(
            Map.entry("FY2023-24", Money.of("12000")),
            Map.entry("FY2024-25", Money.of("22000")),
            Map.entry("FY2025-26", Money.of("4000")));
    // 1 late return of 50 → on-time 49/50, average delay 10 days
    assertThat(s.onTimeRate()).isEqualTo(49.0 / 50);
    assertThat(s.averageDelayDays()).isEqualTo(10.0);
    // GSTR-1 is 100 above: 12 months at 100/1000, 13 at 100/2000 → (1.2 + 0.65) / 25 = 0.074
    assertThat(s.gstr1VsGstr3bGap()).isCloseTo(0.074, within(1e-12));
    assertThat(s.itcRatio()).isCloseTo(0.5, within(1e-12));
    assertThat(s.lateFees()).isEqualTo(Money.of("50.00"));
    assertThat(s.gstVsBankGap()).isNull();
    assertThat(s.notes()).anyMatch(n -> n.startsWith("GST vs bank"));
  }

  @Test
  void noReturnsSayNoDataAndSerialiseWithoutNaN() throws Exception {
    GstSummary s = GstSummary.of(List.of(), Map.of());
    assertThat(s.growth()).isNull();
    assertThat(s.notes()).containsExactly("no GST returns: every figure is null");
    assertThat(s.totalTurnover()).isNull();
    assertThat(s.lateFees()).isNull();
    assertThat(s.interest()).isNull();
    assertThat(LakeJson.mapper().writeValueAsString(s))
        .doesNotContain("NaN", "Infinity", "0.0")
        .contains("\"total_turnover\":null", "\"late_fees\":null", "\"interest\":null");
    GstSummary one =
        GstSummary.of(List.of(ret(GstReturnType.GSTR3B, YearMonth.of(2025, 1), 0, 0)), Map.of());
    assertThat(one.volatility()).isNull();
    assertThat(one.itcRatio()).isNull();
    assertThat(LakeJson.mapper().writeValueAsString(one)).doesNotContain("NaN", "Infinity");
  }

  @Test
  void financialYearsRunAprilToMarch() {
    assertThat(GstSummary.financialYear(YearMonth.of(2026, 3))).isEqualTo("FY2025-26");
    assertThat(GstSummary.financialYear(YearMonth.of(2026, 4))).isEqualTo("FY2026-27");
    assertThat(GstSummary.financialYear(YearMonth.of(1999, 12))).isEqualTo("FY1999-00");
  }
}
