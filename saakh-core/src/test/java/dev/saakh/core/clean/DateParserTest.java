package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden tests: every format of DESIGN §4.3 and the nasty cases, with their reason codes. */
class DateParserTest {
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

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
        "4 November 2025|2025-11-04",
        "20251104|2025-11-04",
        "45965|2025-11-04",
        "4 11 2025|2025-11-04",
        "2025/11/04|2025-11-04",
        "2025.11.04|2025-11-04",
        "2025-Nov-04|2025-11-04",
        "04Nov2025|2025-11-04",
        "04NOV25|2025-11-04",
        "4   Nov   25|2025-11-04"
      })
  void everyFormat(String raw, String expected) {
    assertParses(raw, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-11-04T10:22:31+05:30|2025-11-04",
        "2025-11-04T10:22:31Z|2025-11-04",
        "2025-11-04T10:22:31.123+05:30|2025-11-04",
        "2025-11-04T10:22:31.123456789Z|2025-11-04",
        "2025-11-04T10:22:31|2025-11-04",
        "2025-11-04T23:59:59-08:00|2025-11-04",
        "2025-11-04T00:00:00+14:00|2025-11-04",
        "2025-11-04t10:22:31z|2025-11-04",
        "2025-11-04T10:22+0530|2025-11-04",
        "2025-11-04T10:22:31+05|2025-11-04",
        "2025-11-04 10:22:31|2025-11-04",
        "2025-11-04 10:22:31 +05:30|2025-11-04",
        "2025-11-04 10:22:31,5|2025-11-04",
        "04/11/2025 10:22:31|2025-11-04",
        "04/11/2025 10:22 PM|2025-11-04",
        "04-Nov-2025 9:05 am|2025-11-04",
        "2016-12-31T23:59:60Z|2016-12-31"
      })
  void timestampsGiveTheLocalDateAsWritten(String raw, String expected) {
    assertParses(raw, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "29/02/2024|2024-02-29",
        "29/02/2000|2000-02-29",
        "31-12-99|1999-12-31",
        "01/01/69|2069-01-01",
        "01/01/70|1970-01-01",
        "01/01/00|2000-01-01",
        "1 Jan 1900|1900-01-01",
        "31 Dec 2199|2199-12-31",
        "4 Sept 2025|2025-09-04",
        "4 sep 2025|2025-09-04",
        "04 nOv 2025|2025-11-04",
        "1 MAY 2025|2025-05-01",
        "1 june 2025|2025-06-01"
      })
  void edgesOfTheCalendar(String raw, String expected) {
    assertParses(raw, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20000", "45965", "45965.5", "45965.999", "80000"})
  void excelSerialsUseThe1900DateSystem(String raw) {
    int serial = Integer.parseInt(raw.substring(0, 5));
    assertParses(raw, EXCEL_EPOCH.plusDays(serial).toString());
  }

  @Test
  void excelSerialsOfKnownDates() {
    assertParses("45658", "2025-01-01"); // as Excel shows =DATE(2025,1,1)
    assertParses("36526", "2000-01-01");
    assertParses("25569", "1970-01-01");
  }

  @Test
  void monthNamesInAnyCase() {
    for (int m = 1; m <= 12; m++) {
      String name = TestingFormats.MONTHS[m - 1];
      String expected = LocalDate.of(2025, m, 1).toString();
      for (String form :
          new String[] {name, name.substring(0, 3), name.toUpperCase(Locale.ROOT), "x"}) {
        String raw = "01 " + (form.equals("x") ? name.toLowerCase(Locale.ROOT) : form) + " 2025";
        assertParses(raw, expected);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31/02/2025",
        "00/11/2025",
        "29/02/2025",
        "29/02/1900",
        "32-01-2025",
        "04/13/2025",
        "04/00/2025",
        "30 Feb 2025",
        "20251304",
        "20250230",
        "2025-02-29",
        "0000-00-00",
        "2025-11-04T24:00:00",
        "2025-11-04T10:60",
        "2025-11-04T10:22:61",
        "2025-11-04 13:00 PM",
        "2025-11-04 0:30 AM",
        "2025-11-04T10:22:31+19:00",
        "2025-11-04T10:22:31+05:60"
      })
  void impossibleDatesSaySo(String raw) {
    assertFails(raw, ReasonCode.IMPOSSIBLE_DATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "19999",
        "80001",
        "99999",
        "10000",
        "01/01/1899",
        "31/12/2200",
        "0001-01-01",
        "9999-12-31",
        "18991231"
      })
  void outOfRangeSaysSo(String raw) {
    assertFails(raw, ReasonCode.DATE_OUT_OF_RANGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4 Nox 25",
        "4 Novem 2025",
        "4 Novembers 2025",
        "Nov 4 2025",
        "04/11",
        "04//",
        "04//2025",
        "04/11/2025/1",
        "04/11-2025",
        "04-11/2025",
        "4,Nov,2025",
        "4 Nov 202",
        "4 Nov 2",
        "123/11/2025",
        "04/011/2025",
        "2025-11-004",
        "2025-11-04X",
        "2025-11-04Z",
        "2025-11-04T",
        "2025-11-04T10",
        "2025-11-04T10:2",
        "2025-11-04T10:22:3",
        "2025-11-04T10:22:31.",
        "2025-11-04T10:22:31.1234567890",
        "2025-11-04T10:22:31+5:30",
        "2025-11-04T10:22:31+053:00",
        "2025-11-04T10:22:31+053",
        "2025-11-04T10:22:31+05:3",
        "2025-11-04T10:22:31+05:",
        "2025-11-04T10:22:31+05:30 extra",
        "2025-11-04T10:22:31ZZ",
        "04/11/2025 garbage",
        "20251104T102231",
        "1e5",
        "abc",
        "1234",
        "60",
        "123456",
        "451965",
        "45965.",
        "45965.5.5",
        "−04/11/2025",
        "١٢/١١/٢٠٢٥",
        "०४/११/२०२५",
        "０４/１１/２０２５",
        "04\u000111\u00012025"
      })
  void garbageIsUnparseable(String raw) {
    assertFails(raw, ReasonCode.UNPARSEABLE_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\r\n", "\u00A0\u202F"})
  void blankIsEmpty(String raw) {
    assertFails(raw, ReasonCode.EMPTY);
  }

  @Test
  void nullIsEmpty() {
    assertFails(null, ReasonCode.EMPTY);
  }

  @Test
  void surroundingWhitespaceOfEveryKindIsIgnored() {
    assertParses("  04/11/2025  ", "2025-11-04");
    assertParses("\t4 Nov 25\r\n", "2025-11-04");
    assertParses("\u00A004-Nov-2025\u00A0", "2025-11-04");
    assertParses("\uFEFF2025-11-04", "2025-11-04");
  }

  @Test
  void aMegabyteIsRefusedOrTrimmedNeverFatal() {
    String mb = "0".repeat(1 << 20);
    assertFails(mb, ReasonCode.UNPARSEABLE_DATE);
    assertFails("4/".repeat(1 << 19), ReasonCode.UNPARSEABLE_DATE);
    assertFails(" ".repeat(1 << 20), ReasonCode.EMPTY);
    String padded = " ".repeat(1 << 19) + "4 Nov 25" + " ".repeat(1 << 19);
    assertParses(padded, "2025-11-04");
  }

  @Test
  void parsesARangeOfALineBufferWithoutCopying() {
    String line = "{\"date\":\"04/11/2025\",\"x\":1}";
    int start = line.indexOf("04/");
    assertThat(parser.parse(line, start, start + 10)).isTrue();
    assertThat(LocalDate.ofEpochDay(parser.epochDay())).isEqualTo(LocalDate.of(2025, 11, 4));
    assertThat(parser.parse(line, start, start + 5)).isFalse();
    assertThatThrownBy(() -> parser.parse(line, 5, line.length() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aReusedParserForgetsThePreviousValue() {
    assertThat(parser.parse("31/02/2025")).isFalse();
    assertThat(parser.parse("04/11/2025")).isTrue();
    assertThat(parser.reason()).isNull();
    assertThat(parser.parse("garbage")).isFalse();
    assertThat(parser.epochDay()).isZero();
    assertThat(parser.reason()).isEqualTo(ReasonCode.UNPARSEABLE_DATE);
  }

  @Test
  void calendarArithmeticMatchesJavaTimeOnEveryDayInRange() {
    for (LocalDate d = LocalDate.of(DateParser.MIN_YEAR, 1, 1);
        d.getYear() <= DateParser.MAX_YEAR;
        d = d.plusDays(1)) {
      int y = d.getYear();
      int m = d.getMonthValue();
      assertThat(CivilDate.epochDay(y, m, d.getDayOfMonth())).isEqualTo(d.toEpochDay());
      assertThat(CivilDate.lengthOfMonth(y, m)).isEqualTo(d.lengthOfMonth());
    }
    assertThat(CivilDate.epochDay(1, 1, 1)).isEqualTo(LocalDate.of(1, 1, 1).toEpochDay());
    assertThat(CivilDate.epochDay(-400, 3, 1)).isEqualTo(LocalDate.of(-400, 3, 1).toEpochDay());
  }

  private void assertParses(String raw, String expected) {
    assertThat(parser.parse(raw)).as("%s → %s", raw, parser.reason()).isTrue();
    assertThat(LocalDate.ofEpochDay(parser.epochDay())).as(raw).hasToString(expected);
    assertThat(parser.reason()).isNull();
  }

  private void assertFails(String raw, ReasonCode reason) {
    assertThat(parser.parse(raw)).as(raw).isFalse();
    assertThat(parser.reason()).as(raw).isEqualTo(reason);
    assertThat(parser.epochDay()).isZero();
  }
}
