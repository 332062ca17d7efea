package dev.saakh.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditorPagesTest {
  @Test
  void durationsAreWrittenInTheirLargestWholeUnit() {
    assertThat(AuditorPages.span(Duration.ofDays(90))).isEqualTo("90 days");
    assertThat(AuditorPages.span(Duration.ofHours(24))).isEqualTo("24 hours");
    assertThat(AuditorPages.span(Duration.ofHours(36))).isEqualTo("36 hours");
    assertThat(AuditorPages.span(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(AuditorPages.span(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(AuditorPages.span(Duration.ZERO)).isEqualTo("0 minutes");
    assertThat(AuditorPages.span(Duration.ofSeconds(61))).isEqualTo("PT1M1S");
  }

  @Test
  void theLookAheadIsZeroTo365Days() {
    assertThat(AuditorPages.days(null)).isEqualTo(30);
    assertThat(AuditorPages.days(" ")).isEqualTo(30);
    assertThat(AuditorPages.days("0")).isZero();
    assertThat(AuditorPages.days(" 365 ")).isEqualTo(365);
    for (String bad : new String[] {"366", "-1", "7.5", "soon", "99999999999"}) {
      assertThatThrownBy(() -> AuditorPages.days(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("days must be a whole number from 0 to 365, not '" + bad + "'");
    }
  }

  @Test
  void filterTextIsMatchedLiterallyAnyCase() {
    assertThat(AuditorLog.like("Audit.Read")).isEqualTo("%audit.read%");
    assertThat(AuditorLog.like("100%_x\\")).isEqualTo("%100\\%\\_x\\\\%");
  }

  @Test
  void filtersAreTrimmedAndChecked() {
    AuditorLog.Filter f = new AuditorLog.Filter(" CUST_MSM_00001 ", null, " read ", "denied");
    assertThat(f.customer()).isEqualTo("CUST_MSM_00001");
    assertThat(f.actor()).isEmpty();
    assertThat(f.outcome()).isEqualTo("DENIED");
    assertThat(f.describe()).isEqualTo("action~read, outcome DENIED");
    assertThatThrownBy(() -> new AuditorLog.Filter(null, "x".repeat(121), null, null))
        .hasMessage("the actor filter may have up to 120 characters");
    assertThatThrownBy(() -> new AuditorLog.Filter(null, null, null, "maybe"))
        .hasMessage("outcome must be OK, DENIED or FAILED, not 'MAYBE'");
  }
}
