package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.clean.AmountParser.Marker;
import dev.saakh.core.clean.TestingFormats.AmountStyle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Properties: every rendering round-trips with its sign; no string makes the parser throw. */
class AmountParserPropertiesTest {
  private final AmountParser parser = new AmountParser();

  @Property(tries = 1000)
  void everyStyleRoundTrips(
      @ForAll @LongRange(min = -10_000_000_000_000L, max = 10_000_000_000_000L) long paise,
      @ForAll("padding") String before,
      @ForAll("padding") String after) {
    for (AmountStyle style : AmountStyle.values()) {
      assertRoundTrip(before + style.render(paise) + after, paise, style);
    }
  }

  @Property(tries = 200)
  void everyStyleRoundTripsUpToTheLimit(
      @ForAll @LongRange(min = -AmountParser.MAX_PAISE, max = AmountParser.MAX_PAISE) long paise) {
    for (AmountStyle style : AmountStyle.values()) {
      assertRoundTrip(style.render(paise), paise, style);
    }
  }

  private void assertRoundTrip(String raw, long paise, AmountStyle style) {
    assertThat(parser.parse(raw)).as("%s %s → %s", style, raw, parser.reason()).isTrue();
    assertThat(parser.paise()).as(raw).isEqualTo(Math.abs(paise));
    assertThat(parser.marker()).as(raw).isEqualTo(style.marker(paise));
    assertThat(parser.signedPaise()).as(raw).isEqualTo(paise);
  }

  @Property(tries = 1000)
  void anyUnicodeStringGivesAnAmountOrAReason(@ForAll("unicode") String s) {
    assertAmountOrReason(s);
  }

  @Property(tries = 1000)
  void nearMissesGiveAnAmountOrAReason(@ForAll("nearMisses") String s) {
    assertAmountOrReason(s);
  }

  @Property(tries = 1000)
  void mutatedRenderingsGiveAnAmountOrAReason(@ForAll("mutated") String s) {
    assertAmountOrReason(s);
  }

  @Property(tries = 10)
  void hugeStringsGiveAnAmountOrAReason(@ForAll("huge") String s) {
    assertAmountOrReason(s);
  }

  private void assertAmountOrReason(String s) {
    if (parser.parse(s)) {
      assertThat(parser.reason()).isNull();
      assertThat(parser.paise()).as(s).isBetween(0L, AmountParser.MAX_PAISE);
    } else {
      assertThat(parser.reason()).as(s).isNotNull();
      assertThat(parser.paise()).isZero();
      assertThat(parser.marker()).isEqualTo(Marker.NONE);
    }
  }

  @Provide
  Arbitrary<String> padding() {
    return TestingFormats.padding();
  }

  @Provide
  Arbitrary<String> unicode() {
    return TestingFormats.unicode();
  }

  @Provide
  Arbitrary<String> nearMisses() {
    return Arbitraries.strings()
        .withChars("0123456789,.-+()/ ₹RrSsIiNnDdCcEeBbTt\u00A0\u2212१")
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Combinators.combine(
            Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L),
            Arbitraries.of(AmountStyle.class),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 30),
            Arbitraries.oneOf(
                Arbitraries.chars().with("0123456789,.-+()/ ₹DrCr"), Arbitraries.chars().all()))
        .as((p, style, op, at, c) -> DateParserPropertiesTest.mutate(style.render(p), op, at, c));
  }

  @Provide
  Arbitrary<String> huge() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(200_000),
        nearMisses().filter(s -> !s.isEmpty()).map(s -> s.repeat((1 << 20) / s.length())));
  }
}
