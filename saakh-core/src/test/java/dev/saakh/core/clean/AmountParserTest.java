package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.clean.AmountParser.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden tests: every amount format of DESIGN §4.3 and the nasty cases, with reason codes. */
class AmountParserTest {
  private final AmountParser parser = new AmountParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,250.00 Dr|125000|DEBIT",
        "₹1,250.00 Cr|125000|CREDIT",
        "Rs. 1,25,000/-|12500000|NONE",
        "Rs 500|50000|NONE",
        "INR 1250|125000|NONE",
        "(1,250.00)|125000|MINUS",
        "-1250|125000|MINUS",
        "1250 DR|125000|DEBIT",
        "1250.5|125050|NONE",
        "₹ 45,320.50 CR|4532050|CREDIT",
        "45,320.50CR|4532050|CREDIT",
        "+1,000|100000|PLUS",
        "1,00,00,000.00|1000000000|NONE",
        "1,000,000.00|100000000|NONE",
        "'  1250  '|125000|NONE",
        ".5|50|NONE"
      })
  void everyFormat(String raw, long paise, Marker marker) {
    assertParses(raw, paise, marker);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rs.500|50000|NONE",
        "rs. 500|50000|NONE",
        "RS500|50000|NONE",
        "INR1250|125000|NONE",
        "inr 1250.75|125075|NONE",
        "₹500|50000|NONE",
        "Rs. 1,250.50/-|125050|NONE",
        "1250/- Cr|125000|CREDIT",
        "1,250.00 Dr.|125000|DEBIT",
        "1,250.00 dr|125000|DEBIT",
        "1250 cR.|125000|CREDIT",
        "1250 Debit|125000|DEBIT",
        "500 CREDIT|50000|CREDIT",
        "−1250|125000|MINUS",
        "- 5|500|MINUS",
        "-Rs. 500|50000|MINUS",
        "Rs. -500|50000|MINUS",
        "-₹1,250|125000|MINUS",
        "₹-1,250|125000|MINUS",
        "(₹1,250.00)|125000|MINUS",
        "₹(1,250.00)|125000|MINUS",
        "( 1,250.00 )|125000|MINUS",
        "-1250 Dr|125000|DEBIT",
        "(1,250.00) Dr|125000|DEBIT",
        "+500 Cr|50000|CREDIT",
        "0.00|0|NONE",
        "0|0|NONE",
        "-0|0|MINUS",
        "0.00 Cr|0|CREDIT",
        "007|700|NONE",
        "12,345|1234500|NONE",
        "12,34,567|123456700|NONE",
        "1,23,45,678.90|1234567890|NONE",
        "999,999.99|99999999|NONE",
        "1000000000000000|100000000000000000|NONE",
        "1,00,00,00,00,00,00,000.00 Dr|100000000000000000|DEBIT"
      })
  void variants(String raw, long paise, Marker marker) {
    assertParses(raw, paise, marker);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1250.005|125001",
        "1250.004|125000",
        "1250.0049999|125000",
        "1250.00500|125001",
        "0.995|100",
        "0.994|99",
        "0.001|0",
        "999999999999999.995|100000000000000000",
        ".125|13"
      })
  void moreThanTwoDecimalsRoundHalfUp(String raw, long paise) {
    assertParses(raw, paise, Marker.NONE);
    assertParses("-" + raw, paise, Marker.MINUS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "1,2,3.4.5",
        "1,2,3",
        "Dr",
        "Cr.",
        "1,250.00 Drr",
        "1250 DrCr",
        "1250 Dr Cr",
        "Rs.",
        "Rs",
        "INR",
        "₹",
        "₹₹500",
        "Rs. INR 500",
        "1250 Rs",
        "--5",
        "-+5",
        "(5",
        "5)",
        "((5))",
        "()",
        "-",
        "+",
        ".",
        "5.",
        "1250.00.00",
        "1.250,00",
        "1e5",
        "1E5",
        "0x10",
        "1_000",
        "Infinity",
        "NaN",
        "$500",
        "1,,000",
        "1000,",
        ",100",
        "1,0000",
        "1,00",
        "100,00,000",
        "1,00,000,000",
        "1,000,00",
        "12 34",
        "1250-",
        "1250 /-/-",
        "CR TRADERS",
        "१२५०",
        "١٢٣",
        "１２５０",
        "12\u000150"
      })
  void garbageIsUnparseable(String raw) {
    assertFails(raw, ReasonCode.UNPARSEABLE_AMOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1250 Cr", "(1,250.00) Cr", "+500 Dr", "(-5)", "-(5)", "(+5)"})
  void conflictingSignsSaySo(String raw) {
    assertFails(raw, ReasonCode.CONFLICTING_SIGN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1000000000000001",
        "1000000000000000.01",
        "1000000000000000.005",
        "-1,000,000,000,000,001 Dr",
        "99999999999999999999999",
        "₹ 99,99,99,99,99,99,99,999.00 CR"
      })
  void beyondTenToTheFifteenRupeesIsOutOfRange(String raw) {
    assertFails(raw, ReasonCode.AMOUNT_OUT_OF_RANGE);
  }

  @Test
  void garbageAroundAHugeNumberIsStillGarbage() {
    assertFails("99999999999999999999 abc", ReasonCode.UNPARSEABLE_AMOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\r\n", "\u00A0"})
  void blankIsEmpty(String raw) {
    assertFails(raw, ReasonCode.EMPTY);
  }

  @Test
  void nullIsEmpty() {
    assertFails(null, ReasonCode.EMPTY);
  }

  @Test
  void aMegabyteIsRefusedOrTrimmedNeverFatal() {
    assertFails("1".repeat(1 << 20), ReasonCode.UNPARSEABLE_AMOUNT);
    assertFails("1,000".repeat(1 << 18), ReasonCode.UNPARSEABLE_AMOUNT);
    assertFails("\u00A0".repeat(1 << 20), ReasonCode.EMPTY);
    String padded = " ".repeat(1 << 19) + "₹ 45,320.50 CR" + "\t".repeat(1 << 19);
    assertParses(padded, 4532050, Marker.CREDIT);
  }

  @Test
  void signedPaiseFollowsTheMarker() {
    assertThat(parser.parse("1,250.00 Dr")).isTrue();
    assertThat(parser.signedPaise()).isEqualTo(-125000);
    assertThat(parser.parse("(5)")).isTrue();
    assertThat(parser.signedPaise()).isEqualTo(-500);
    assertThat(parser.parse("5 Cr")).isTrue();
    assertThat(parser.signedPaise()).isEqualTo(500);
    assertThat(parser.parse("+5")).isTrue();
    assertThat(parser.signedPaise()).isEqualTo(500);
    assertThat(parser.parse("5")).isTrue();
    assertThat(parser.signedPaise()).isEqualTo(500);
  }

  @Test
  void parsesARangeOfALineBufferWithoutCopying() {
    String line = "{\"amount\":\"1,250.00 Dr\",\"x\":1}";
    int start = line.indexOf("1,250");
    assertThat(parser.parse(line, start, start + 11)).isTrue();
    assertThat(parser.paise()).isEqualTo(125000);
    assertThat(parser.marker()).isEqualTo(Marker.DEBIT);
    assertThatThrownBy(() -> parser.parse(line, -1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aReusedParserForgetsThePreviousValue() {
    assertThat(parser.parse("1,250.00 Dr")).isTrue();
    assertThat(parser.parse("-1250 Cr")).isFalse();
    assertThat(parser.paise()).isZero();
    assertThat(parser.marker()).isEqualTo(Marker.NONE);
    assertThat(parser.parse("5")).isTrue();
    assertThat(parser.reason()).isNull();
  }

  private void assertParses(String raw, long paise, Marker marker) {
    assertThat(parser.parse(raw)).as("%s → %s", raw, parser.reason()).isTrue();
    assertThat(parser.paise()).as(raw).isEqualTo(paise);
    assertThat(parser.marker()).as(raw).isEqualTo(marker);
    assertThat(parser.reason()).isNull();
  }

  private void assertFails(String raw, ReasonCode reason) {
    assertThat(parser.parse(raw)).as(raw).isFalse();
    assertThat(parser.reason()).as(raw).isEqualTo(reason);
    assertThat(parser.paise()).isZero();
    assertThat(parser.marker()).isEqualTo(Marker.NONE);
  }
}
