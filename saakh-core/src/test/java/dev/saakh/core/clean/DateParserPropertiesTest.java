package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.clean.TestingFormats.DateStyle;
import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties: every rendering round-trips; no string whatever makes the parser throw. */
class DateParserPropertiesTest {
  private static final long MIN_DAY = LocalDate.of(DateParser.MIN_YEAR, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(DateParser.MAX_YEAR, 12, 31).toEpochDay();

  private final DateParser parser = new DateParser();

  @Property(tries = 1000)
  void everyStyleRoundTrips(
      @ForAll("dates") LocalDate date,
      @ForAll("times") LocalTime time,
      @ForAll("padding") String before,
      @ForAll("padding") String after) {
    for (DateStyle style : DateStyle.values()) {
      String raw = before + style.render(date, time) + after;
      assertThat(parser.parse(raw)).as("%s %s → %s", style, raw, parser.reason()).isTrue();
      assertThat(LocalDate.ofEpochDay(parser.epochDay())).as(raw).isEqualTo(date);
    }
  }

  @Property(tries = 1000)
  void anyUnicodeStringGivesADateOrAReason(@ForAll("unicode") String s) {
    assertDateOrReason(s);
  }

  @Property(tries = 1000)
  void nearMissesGiveADateOrAReason(@ForAll("nearMisses") String s) {
    assertDateOrReason(s);
  }

  @Property(tries = 1000)
  void mutatedRenderingsGiveADateOrAReason(@ForAll("mutated") String s) {
    assertDateOrReason(s);
  }

  @Property(tries = 10)
  void hugeStringsGiveADateOrAReason(@ForAll("huge") String s) {
    assertDateOrReason(s);
  }

  private void assertDateOrReason(String s) {
    if (parser.parse(s)) {
      assertThat(parser.reason()).isNull();
      assertThat(parser.epochDay()).as(s).isBetween(MIN_DAY, MAX_DAY);
    } else {
      assertThat(parser.reason()).as(s).isNotNull();
      assertThat(parser.epochDay()).isZero();
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalTime> times() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 86_399),
            Arbitraries.integers().between(0, 999).map(ms -> ms % 4 == 0 ? 0 : ms))
        .as((second, millis) -> LocalTime.ofSecondOfDay(second).withNano(millis * 1_000_000));
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
        .withChars("0123456789/-.:, TtZz+APMapmNovDecSeptJanuaryMAY\u00A0١")
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> mutated() {
    return Combinators.combine(
            dates(),
            times(),
            Arbitraries.of(DateStyle.class),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 40),
            Arbitraries.oneOf(
                Arbitraries.chars().with("0123456789/-.: TZ+"), Arbitraries.chars().all()))
        .as((d, t, style, op, at, c) -> mutate(style.render(d, t), op, at, c));
  }

  @Provide
  Arbitrary<String> huge() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(200_000),
        nearMisses().filter(s -> !s.isEmpty()).map(s -> s.repeat((1 << 20) / s.length())));
  }

  /** Replaces (0), inserts (1) or deletes (2) one character. */
  static String mutate(String s, int op, int at, char c) {
    int i = Math.min(at, s.length());
    return switch (op) {
      case 0 -> i < s.length() ? s.substring(0, i) + c + s.substring(i + 1) : s + c;
      case 1 -> s.substring(0, i) + c + s.substring(i);
      default -> i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s;
    };
  }
}
