package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "4 Nov 25|2025-11-04",
        "04 Nov 2025|2025-11-04",
        "04/11/2025|2025-11-04",
        "4/11/25|2025-11-04",
        "04-11-2025|2025-11-04",
        "04.11.2025|2025-11-04",
        "2025-11-04|2025-11-04",
        "04-Nov-2025|2025-11-04",
        "04-NOV-25|2025-11-04",
        "4 november 2025|2025-11-04",
        "4 Sept 2025|2025-09-04",
        "2025-11-04T10:22:31+05:30|2025-11-04",
        "2025-11-04T23:59:59Z|2025-11-04",
        "2025-11-04T10:22:31.123+05:30|2025-11-04",
        "2025-11-04 10:22:31|2025-11-04",
        "20251104|2025-11-04",
        "45965|2025-11-04",
        "'  04/11/2025  '|2025-11-04",
        "29/02/2024|2024-02-29",
        "31-12-99|1999-12-31",
        "01/01/69|2069-01-01",
        "01/01/70|1970-01-01",
        "60|"
      })
  void goldenFormats(String raw, String expected) {
    if (expected == null) {
      assertThat(parser.parse(raw)).isFalse();
      return;
    }
    assertThat(parser.parse(raw)).as(raw).isTrue();
    assertThat(LocalDate.ofEpochDay(parser.epochDay())).isEqualTo(LocalDate.parse(expected));
    assertThat(parser.reason()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"31/02/2025", "00/11/2025", "29/02/2025", "32-01-2025", "04/13/2025", "20251304"})
  void impossibleDatesSaySo(String raw) {
    assertThat(parser.parse(raw)).isFalse();
    assertThat(parser.reason()).isEqualTo(ReasonCode.IMPOSSIBLE_DATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4 Nox 25",
        "Nov 4 2025",
        "04/11",
        "2025-11-04X",
        "1e5",
        "١٢/١١/٢٠٢٥",
        "04//",
        "abc",
        "1234",
        "2025-11-004",
        "04/11/2025 garbage"
      })
  void garbageIsUnparseable(String raw) {
    assertThat(parser.parse(raw)).as(raw).isFalse();
    assertThat(parser.reason()).isEqualTo(ReasonCode.UNPARSEABLE_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void blankIsEmpty(String raw) {
    assertThat(parser.parse(raw)).isFalse();
    assertThat(parser.reason()).isEqualTo(ReasonCode.EMPTY);
    assertThat(parser.parse(null)).isFalse();
  }

  @Property(tries = 1000)
  void neverThrowsOnAnyString(@ForAll String s) {
    boolean ok = parser.parse(s);
    assertThat(ok || parser.reason() != null).isTrue();
  }

  @Property(tries = 1000)
  void everyFormatRoundTrips(@ForAll("dates") LocalDate date, @ForAll("patterns") String pattern) {
    String raw = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date.atTime(10, 22, 31));
    assertThat(parser.parse(raw)).as(raw).isTrue();
    assertThat(parser.epochDay()).as(raw).isEqualTo(date.toEpochDay());
  }

  @Property(tries = 300)
  void excelSerialsRoundTrip(@ForAll("dates") LocalDate date) {
    long serial = date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    assertThat(parser.parse(Long.toString(serial))).isTrue();
    assertThat(parser.epochDay()).isEqualTo(date.toEpochDay());
  }

  @Property(tries = 5)
  void aMegabyteStringIsRefusedNotFatal(@ForAll("huge") String s) {
    assertThat(parser.parse(s)).isFalse();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1970, 1, 1).toEpochDay(), LocalDate.of(2069, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(
        "d MMM yy",
        "dd MMM yyyy",
        "dd/MM/yyyy",
        "d/M/yy",
        "dd-MM-yyyy",
        "dd.MM.yyyy",
        "yyyy-MM-dd",
        "dd-MMM-yyyy",
        "dd-MMM-yy",
        "d MMMM yyyy",
        "yyyyMMdd",
        "yyyy-MM-dd'T'HH:mm:ss'+05:30'",
        "yyyy-MM-dd HH:mm:ss",
        "dd/MM/yy");
  }

  @Provide
  Arbitrary<String> huge() {
    return Arbitraries.of('0', '/', 'a', '₹').map(c -> String.valueOf(c).repeat(1 << 20));
  }
}
