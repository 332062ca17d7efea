package dev.saakh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI's one syntax per kind of value, and the one message per refusal. */
class ValuesTest {
  private static final String AS_OF_PROBLEM =
      "--as-of must be a date like 2026-11-23 or a date and time like 2026-11-23T10:00:00+05:30"
          + " between 2000 and 2099, was ";

  @Test
  void asOfIsADateWithAnOptionalTimeInIndiaUnlessAnOffsetIsWritten() {
    assertThat(Values.asOf("--as-of", "2026-11-23"))
        .isEqualTo(Instant.parse("2026-11-22T18:30:00Z"));
    assertThat(Values.asOf("--as-of", "2026-11-23T10:00"))
        .isEqualTo(Instant.parse("2026-11-23T04:30:00Z"));
    assertThat(Values.asOf("--as-of", "2026-11-23T10:00:00"))
        .isEqualTo(Instant.parse("2026-11-23T04:30:00Z"));
    assertThat(Values.asOf("--as-of", "2026-11-23T10:00:00+05:30"))
        .isEqualTo(Instant.parse("2026-11-23T04:30:00Z"));
    assertThat(Values.asOf("--as-of", "2026-11-23T10:00:00Z"))
        .isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(Values.asOf("--as-of", "2026-11-23T10:00:00-05:00"))
        .isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    assertThat(Values.asOfClock("--as-of", "2026-11-23").instant())
        .isEqualTo(Instant.parse("2026-11-22T18:30:00Z"));
  }

  @Test
  void theGeneratorsDateIsIndiasDateOfTheInstant() {
    assertThat(Values.asOfDate("--as-of", "2026-11-23")).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(Values.asOfDate("--as-of", "2026-11-22T20:00:00Z"))
        .isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(Values.asOfDate("--as-of", "2026-11-23T23:59"))
        .isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void everyBadAsOfGetsTheSameMessage() {
    for (String bad :
        new String[] {
          "+999999999-12-31T23:59:59Z",
          "1999-12-31",
          "2100-01-01",
          "2026-13-01",
          "2026-02-30",
          "23-11-2026",
          "",
          "now",
          "2026-11-23T25:00",
          "２０２６-11-23"
        }) {
      assertThatThrownBy(() -> Values.asOf("--as-of", bad))
          .isInstanceOf(Values.Refusal.class)
          .hasMessage(AS_OF_PROBLEM + "'" + bad + "'");
    }
  }

  @Test
  void rupeesAreWrittenOutInAnyIndianStyle() {
    for (String ok :
        new String[] {
          "500000",
          "5,00,000",
          "5,00,000.00",
          "₹5,00,000.00",
          "Rs. 5,00,000/-",
          "INR 500000",
          "500,000",
          " 500000 "
        }) {
      assertThat(Values.loanAmount("--amount", ok)).as(ok).isEqualTo(Money.of("500000.00"));
    }
    assertThat(Values.rupees("--amount", "5,00,000.50")).isEqualTo(Money.of("500000.50"));
    assertThat(Values.rupees("--other-charges", "-5")).isEqualTo(Money.of("-5.00"));
  }

  @Test
  void shorthandsAndMarkersAreRefusedAlike() {
    for (String bad : new String[] {"5L", "1e6", "5 lakh", "1,250 Dr", "abc", "", "NaN", "٥٠٠"}) {
      assertThatThrownBy(() -> Values.rupees("--amount", bad))
          .as(bad)
          .hasMessage(
              "--amount must be rupees written out like 500000, 5,00,000.50, ₹5,00,000.00 or"
                  + " Rs. 5,00,000/- (not 5L or 1e6), was '"
                  + bad
                  + "'");
    }
    assertThatThrownBy(() -> Values.loanAmount("--amount", "0"))
        .hasMessage("--amount must be more than ₹0.00, was '0'");
    assertThatThrownBy(() -> Values.loanAmount("--amount", "-5"))
        .hasMessage("--amount must be more than ₹0.00, was '-5'");
    assertThatThrownBy(() -> Values.rupees("--amount", "9".repeat(20)))
        .hasMessageStartingWith("--amount must be at most ₹1,00,00,00,00,00,00,000.00");
  }

  @Test
  void wholeNumbersAreAsciiDigitsInRange() {
    assertThat(Values.wholeNumber("--seed", "42")).isEqualTo(42);
    assertThat(Values.wholeNumber("--seed", "-7")).isEqualTo(-7);
    for (String bad : new String[] {"abc", "", "1e3", "4.0", "1,000", "١٢٣", "NaN"}) {
      assertThatThrownBy(() -> Values.wholeNumber("--seed", bad))
          .hasMessage("--seed must be a whole number, was '" + bad + "'");
    }
    assertThatThrownBy(() -> Values.wholeNumber("--seed", "99999999999999999999"))
        .hasMessageStartingWith("--seed must be a whole number between -9223372036854775808");
    assertThat(Values.wholeNumber("--customers", "7", 0, 10)).isEqualTo(7);
    assertThatThrownBy(() -> Values.wholeNumber("--customers", "99999999999999999999", 0, 10))
        .hasMessage("--customers must be between 0 and 10, was '99999999999999999999'");
    assertThatThrownBy(() -> Values.wholeNumber("--customers", "-1", 0, 10))
        .hasMessage("--customers must be between 0 and 10, was '-1'");
  }

  @Test
  void threadsComeFromTheFlagThenTheEnvironmentAndAreOneTo256() {
    Settings none = new Settings(Map.of());
    assertThat(Values.threads(none, 3)).isEqualTo(3);
    assertThat(Values.threads(none, null)).isBetween(1, 256);
    assertThat(Values.threads(new Settings(Map.of("SAAKH_THREADS", "5")), null)).isEqualTo(5);
    assertThatThrownBy(() -> Values.threads(none, 0))
        .hasMessage("--threads must be between 1 and 256, was '0'");
    assertThatThrownBy(() -> Values.threads(none, 257))
        .hasMessage("--threads must be between 1 and 256, was '257'");
    assertThatThrownBy(() -> Values.threads(new Settings(Map.of("SAAKH_THREADS", "0")), null))
        .hasMessage("SAAKH_THREADS must be between 1 and 256, was '0'");
    assertThatThrownBy(() -> Values.threads(new Settings(Map.of("SAAKH_THREADS", "x")), null))
        .hasMessage("SAAKH_THREADS must be a whole number, was 'x'");
  }

  @Test
  void theEnvironmentIsRefusedInTheFlagsWordsNamingTheVariable() {
    Settings env = new Settings(Map.of("SAAKH_AS_OF", "tomorrow"));
    assertThatThrownBy(() -> Values.asOfClock(env, null))
        .hasMessage(AS_OF_PROBLEM.replace("--as-of", "SAAKH_AS_OF") + "'tomorrow'");
    assertThat(Values.asOfClock(env, "2026-11-23T10:00:00Z").instant())
        .isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(Values.asOfClock(new Settings(Map.of()), null)).isNull();
    assertThat(Values.asOfDate(new Settings(Map.of()), null, LocalDate.of(2026, 1, 1)))
        .isEqualTo(LocalDate.of(2026, 1, 1));
    Settings seed = new Settings(Map.of("SAAKH_SEED", "4x"));
    assertThatThrownBy(() -> seed.pick("seed", null, Long::parseLong, 1L))
        .hasMessage("SAAKH_SEED must be a whole number, was '4x'");
  }

  @Test
  void echoesAreShortAndOnOneLine() {
    assertThat(Values.echo("a\nb")).isEqualTo("'a?b'");
    assertThat(Values.echo("x".repeat(100))).isEqualTo("'" + "x".repeat(40) + "…'");
  }
}
