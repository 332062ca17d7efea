package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.clean.AmountParser.Marker;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        "' 1250 '|125000|NONE",
        ".5|50|NONE",
        "1250.005|125001|NONE",
        "1250.004|125000|NONE",
        "1,250.00 Dr.|125000|DEBIT",
        "1250 Debit|125000|DEBIT",
        "500 credit|50000|CREDIT",
        "-Rs. 500|50000|MINUS",
        "-1250 Dr|125000|DEBIT",
        "0.00|0|NONE",
        "INR1250|125000|NONE"
      })
  void goldenFormats(String raw, long paise, Marker marker) {
    assertThat(parser.parse(raw)).as(raw).isTrue();
    assertThat(parser.paise()).as(raw).isEqualTo(paise);
    assertThat(parser.marker()).as(raw).isEqualTo(marker);
    assertThat(parser.reason()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "1,2,3.4.5",
        "Dr",
        "1,250.00 Drr",
        "Rs.",
        "₹",
        "--5",
        "(5",
        "1e5",
        "1,,000",
        "1000,",
        "١٢٣",
        "12 34",
        "CR TRADERS"
      })
  void garbageIsUnparseable(String raw) {
    assertThat(parser.parse(raw)).as(raw).isFalse();
    assertThat(parser.reason()).as(raw).isEqualTo(ReasonCode.UNPARSEABLE_AMOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1250 Cr", "(1,250.00) Cr", "+500 Dr"})
  void conflictingSignsSaySo(String raw) {
    assertThat(parser.parse(raw)).isFalse();
    assertThat(parser.reason()).isEqualTo(ReasonCode.CONFLICTING_SIGN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000001", "99999999999999999999999"})
  void hugeAmountsAreOutOfRange(String raw) {
    assertThat(parser.parse(raw)).isFalse();
    assertThat(parser.reason()).isEqualTo(ReasonCode.AMOUNT_OUT_OF_RANGE);
  }

  @Property(tries = 1000)
  void neverThrowsOnAnyString(@ForAll String s) {
    boolean ok = parser.parse(s);
    assertThat(ok || parser.reason() != null).isTrue();
  }

  @Property(tries = 1000)
  void everyStyleRoundTrips(
      @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long paise,
      @ForAll("styles") int style,
      @ForAll boolean debit) {
    String raw = render(paise, style, debit);
    assertThat(parser.parse(raw)).as(raw).isTrue();
    assertThat(parser.paise()).as(raw).isEqualTo(paise);
    Marker expected =
        switch (style) {
          case 0, 3 -> debit ? Marker.DEBIT : Marker.CREDIT;
          case 1 -> debit && paise > 0 ? Marker.MINUS : Marker.NONE;
          case 2 -> debit ? Marker.MINUS : Marker.NONE;
          default -> Marker.NONE;
        };
    assertThat(parser.marker()).as(raw).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Integer> styles() {
    return Arbitraries.integers().between(0, 5);
  }

  /** Test-side renderers, independent of the generator's. */
  static String render(long paise, int style, boolean debit) {
    String plain = String.format(Locale.ROOT, "%d.%02d", paise / 100, paise % 100);
    return switch (style) {
      case 0 -> indian(paise) + (debit ? " Dr" : " Cr");
      case 1 -> (debit && paise > 0 ? "-" : "") + plain;
      case 2 -> debit ? "(" + indian(paise) + ")" : indian(paise);
      case 3 -> "₹ " + indian(paise) + (debit ? " DR" : " CR");
      case 4 -> "Rs. " + indian(paise) + "/-";
      default -> "INR " + String.format(Locale.ROOT, "%,d.%02d", paise / 100, paise % 100);
    };
  }

  static String indian(long paise) {
    String r = Long.toString(paise / 100);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      int fromEnd = r.length() - i;
      if (i > 0 && (fromEnd == 3 || (fromEnd > 3 && (fromEnd - 3) % 2 == 0))) {
        b.append(',');
      }
      b.append(r.charAt(i));
    }
    return b.append(String.format(Locale.ROOT, ".%02d", paise % 100)).toString();
  }
}
