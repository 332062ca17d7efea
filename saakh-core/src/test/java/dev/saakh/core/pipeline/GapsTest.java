package dev.saakh.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.Reason;
import dev.saakh.core.clean.ReasonCode;
import dev.saakh.core.decide.RuleResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quarantined lines are lost input, and the REFER rule they make. */
class GapsTest {
  private static Quarantined q(String dataset, long line, ReasonCode code) {
    return new Quarantined(
        "CUST_CON_00001",
        dataset,
        line,
        null,
        List.of(new Reason(code, null, null)),
        3,
        "UTF-8",
        "x");
  }

  @Test
  void onlyLinesThatWereNotRecordsAreLost() {
    List<InputGap> gaps =
        Gaps.lostLines(
            List.of(
                q("transactions", 4, ReasonCode.NOT_JSON),
                q("transactions", 9, ReasonCode.UNPARSEABLE_AMOUNT),
                q("transactions", 12, ReasonCode.INVALID_UTF8),
                q("gst", 2, ReasonCode.LINE_TOO_LONG)));
    assertThat(gaps)
        .containsExactly(
            new InputGap(
                2,
                "raw/raw_transactions.ndjson",
                "2 lines of this customer could not be read as records (line 4 NOT_JSON, line 12"
                    + " INVALID_UTF8)"),
            new InputGap(
                1,
                "raw/raw_gst.ndjson",
                "1 line of this customer could not be read as records (line 2 LINE_TOO_LONG)"));
    List<RuleResult> rules = Gaps.rules(gaps);
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).outcome()).isEqualTo("REFER");
    assertThat(rules.get(0).observed()).isEqualTo(3.0);
    assertThat(rules.get(0).fired()).isTrue();
  }

  @Test
  void noGapsNoRule() {
    assertThat(Gaps.lostLines(List.of(q("gst", 1, ReasonCode.EMPTY)))).isEmpty();
    assertThat(Gaps.rules(List.of())).isEmpty();
  }
}
