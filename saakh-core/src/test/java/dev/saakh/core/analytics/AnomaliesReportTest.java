package dev.saakh.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.fraud.BankFinding;
import dev.saakh.core.fraud.GstFraud;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Red flags, most severe first; none says NONE. */
class AnomaliesReportTest {
  @Test
  void ordersBySeverityAndSaysNoneWhenClean() {
    AnomaliesReport clean = AnomaliesReport.of(GstFraud.detect(List.of(), Map.of()), List.of());
    assertThat(clean.count()).isZero();
    assertThat(clean.highestSeverity()).isEqualTo("NONE");
    BankFinding medium =
        new BankFinding(
            BankFinding.WINDOW_DRESSING,
            BankFinding.Severity.MEDIUM,
            List.of(YearMonth.of(2025, 1)),
            List.of("T1", "T2"),
            "parked");
    BankFinding high =
        new BankFinding(
            BankFinding.CIRCULAR_FLOW,
            BankFinding.Severity.HIGH,
            List.of(YearMonth.of(2025, 2)),
            List.of("T3", "T4"),
            "round trips");
    AnomaliesReport r =
        AnomaliesReport.of(GstFraud.detect(List.of(), Map.of()), List.of(medium, high));
    assertThat(r.highestSeverity()).isEqualTo("HIGH");
    assertThat(r.anomalies())
        .extracting(AnomaliesReport.Anomaly::code)
        .containsExactly(BankFinding.CIRCULAR_FLOW, BankFinding.WINDOW_DRESSING);
    assertThat(r.anomalies().get(0).periods()).containsExactly("2025-02");
  }
}
