package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.TxnType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link NarrationParser} reads every narration exactly as the straightforward {@link
 * ReferenceNarrationParser} does: on every shape of the rules with random slot values, on noisy
 * variants of those, on arbitrary strings, under a rules file built to hit the corner cases, and
 * from many threads at once.
 */
class NarrationParserEquivalenceTest {
  private static final NarrationRules RULES = defaultRules();
  private static final NarrationParser FAST = NarrationParser.defaults();
  private static final ReferenceNarrationParser ORACLE = ReferenceNarrationParser.defaults();

  /** Shapes, separators and rule conditions the shipped rules do not use. */
  private static final String ODD_RULES =
      """
      {"version":"odd","shapes":[
        {"id":"rest_ref","prefix":"R*","separator":"::","channel":"NEFT",
         "slots":["reference*","counterparty"],"ends":"z"},
        {"id":"two_names","prefix":"TWO ","separator":"/","channel":"IMPS","direction":"SELF",
         "slots":["counterparty","counterparty","vpa*"]},
        {"id":"digits_late","prefix":"D","separator":"d","channel":"UPI","digits_slot":2,
         "slots":["skip","ifsc*"]},
        {"id":"strasse","prefix":"straße-","separator":"-","channel":"CARD","slots":["counterparty*"]},
        {"id":"everything","prefix":"","separator":"|","channel":"CASH","slots":["counterparty"]}
      ],
      "remark_suffixes":[" x", "--"],
      "cut_text_min":2,
      "categories":[
        {"contains":"","type":"CREDIT","channel":"CASH","category":"SELF_TRANSFER"},
        {"contains":"ÉTÉ","category":"TRAVEL"},
        {"contains":"ASSURANCE","channel":"CARD","category":"INSURANCE"},
        {"counterparty_any":[" A", "B", "", " ÜBER"],"type":"DEBIT","category":"SHOPPING"},
        {"contains":"::","counterparty_any":[" Z"],"category":"RENT"},
        {"channel":"UPI","direction":"P2M","category":"FOOD"},
        {"contains":"AA","category":"FUEL"},
        {"contains":"AAA","channel":"CASH","category":"HEALTH"},
        {"part":"Ü","category":"EDUCATION"},
        {"part":"0","direction":"SELF","category":"EMI"},
        {"contains":"STRASSE","category":"GAMBLING"},
        {"counterparty_any":[" ZZZ"],"category":"CRYPTO"},
        {"part":"SS","category":"TAX"}
      ],
      "directions":{"SHOPPING":"P2M","default":null}}
      """;

  private static final NarrationParser ODD_FAST = odd(NarrationParser::of);
  private static final ReferenceNarrationParser ODD_ORACLE = odd(ReferenceNarrationParser::of);

  @Property(tries = 3000)
  void everyShapeWithAnySlotValues(
      @ForAll("shaped") String narration, @ForAll("types") TxnType type) {
    assertSame(narration, type);
  }

  @Property(tries = 3000)
  void noisyShapes(@ForAll("noisy") String narration, @ForAll("types") TxnType type) {
    assertSame(narration, type);
  }

  @Property(tries = 2000)
  void anyUnicodeString(@ForAll("unicode") String s, @ForAll("types") TxnType type) {
    assertSame(s, type);
  }

  @Property(tries = 2000)
  void stringsOfNarrationCharacters(@ForAll("near") String s, @ForAll("types") TxnType type) {
    assertSame(s, type);
  }

  @Property(tries = 4000)
  void oddRulesOnNarrationCharacters(@ForAll("oddNear") String s, @ForAll("types") TxnType type) {
    assertThat(ODD_FAST.parse(s, type)).as(s).isEqualTo(ODD_ORACLE.parse(s, type));
  }

  @Property(tries = 20)
  void hugeNarrations(@ForAll("noisy") String narration, @ForAll("types") TxnType type) {
    String huge = narration + " " + "AMAZON/".repeat(NarrationBuffer.KEPT / 7 + 1) + narration;
    assertSame(huge, type);
    assertSame(narration, type);
  }

  @Test
  void caseMappingsThatChangeTheLengthNeitherThrowNorMisalign() {
    for (String s :
        List.of("INTERE\uFB06 PAID", "INTERE\uFB06 PAID TILL", "A\u00DFURANCE", "\u00DFUPI/1/X")) {
      for (TxnType type : TxnType.values()) {
        assertSame(s, type);
      }
    }
    assertThat(FAST.parse("INTERE\uFB06 PAID", TxnType.CREDIT).shape()).isNull();
    assertThat(ODD_FAST.parse("STRAßE-hans x", TxnType.DEBIT).counterparty()).isEqualTo("HANS");
  }

  @Test
  void oddCornersReadAsTheOracleDoes() {
    for (String s : List.of("TWO A Z/B", "TWO A ZZ", "TWO ß/x", "TWO 0/0/0", "Dd1d", "R*1::zz")) {
      for (TxnType type : List.of(TxnType.CREDIT, TxnType.DEBIT)) {
        assertThat(ODD_FAST.parse(s, type)).as(s).isEqualTo(ODD_ORACLE.parse(s, type));
      }
      assertThat(ODD_FAST.parse(s, null)).as(s).isEqualTo(ODD_ORACLE.parse(s, null));
    }
  }

  @Test
  void manyThreadsReadAsOne() {
    List<String> narrations = new ArrayList<>();
    Arbitrary<String> noisy = noisy();
    noisy.sampleStream().limit(4000).forEach(narrations::add);
    List<Narration> expected =
        narrations.stream().map(s -> ORACLE.parse(s, TxnType.DEBIT)).toList();
    List<Narration> parallel =
        IntStream.range(0, narrations.size())
            .parallel()
            .mapToObj(i -> FAST.parse(narrations.get(i), TxnType.DEBIT))
            .toList();
    assertThat(parallel).isEqualTo(expected);
  }

  private static void assertSame(String narration, TxnType type) {
    assertThat(FAST.parse(narration, type)).as(narration).isEqualTo(ORACLE.parse(narration, type));
  }

  @Provide
  Arbitrary<TxnType> types() {
    return Arbitraries.of(TxnType.values()).injectNull(0.05);
  }

  @Provide
  Arbitrary<String> shaped() {
    return shaped(RULES);
  }

  @Provide
  Arbitrary<String> noisy() {
    return noisy(shaped());
  }

  @Provide
  Arbitrary<String> unicode() {
    return TestingFormats.unicode();
  }

  @Provide
  Arbitrary<String> near() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withChars("UPINEFTRGSACHDWOZM/-* @0123456789abcxyz.&:\u00A0\t\u00DF\uFB06")
            .ofMaxLength(60),
        Combinators.combine(
                Arbitraries.of(RULES.shapes).map(NarrationRules.Shape::prefix),
                Arbitraries.strings().withChars("/-* @0123ABCNAP\u00DF").ofMaxLength(30))
            .as((p, tail) -> p + tail));
  }

  @Provide
  Arbitrary<String> oddNear() {
    Arbitrary<String> chars =
        Arbitraries.strings()
            .withChars("R*:TWO /Dd0123456789straßeSTRAẞE-|ÉTéAaBbZÜüx \u00A0\uFB06")
            .ofMaxLength(40);
    Arbitrary<String> tokens =
        Arbitraries.of(
                "R*",
                "TWO ",
                "D",
                "d",
                "straße-",
                "STRASSE-",
                "ß",
                " / ",
                "::",
                "|",
                "z",
                " Z",
                " ZZ",
                "x",
                " x",
                "--",
                "Ü",
                "ü",
                "ÜB",
                "0",
                "12",
                "AA",
                "A",
                "B",
                "été",
                " ",
                "\uFB06",
                "@")
            .list()
            .ofMaxSize(10)
            .map(l -> String.join("", l));
    return Arbitraries.oneOf(chars, tokens);
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T odd(Loader<T> loader) {
    try {
      return loader.load(new ByteArrayInputStream(ODD_RULES.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static NarrationRules defaultRules() {
    try (InputStream in =
        NarrationParser.class.getResourceAsStream("/dev/saakh/core/clean/narration-rules.json")) {
      return NarrationRules.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A narration of one of the shapes of {@code rules}, slots filled with plausible values. */
  static Arbitrary<String> shaped(NarrationRules rules) {
    List<String> words = new ArrayList<>(List.of(NAMES));
    rules.categories.forEach(
        r -> {
          if (r.contains() != null) {
            words.add(r.contains().strip());
          }
          r.counterpartyAny().forEach(w -> words.add(w.strip()));
        });
    rules.remarkSuffixes.forEach(w -> words.add(w.strip()));
    Arbitrary<String> names =
        Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    return Arbitraries.of(rules.shapes).flatMap(shape -> narrationOf(shape, names));
  }

  private static final String[] NAMES = {
    "RAHUL",
    "SHARMA",
    "MEERA GUPTA",
    "SHUBH",
    "CR",
    "DR",
    "P2M",
    "P2A",
    "NA",
    "UPI",
    "UPI--",
    "XX--",
    "INV",
    "7998",
    "LTD",
    "Sent from Paytm",
    "Payment from Ph",
    "NOV",
    "2025",
    "&",
    "CO"
  };

  private static Arbitrary<String> narrationOf(
      NarrationRules.Shape shape, Arbitrary<String> names) {
    int k = shape.slots().size();
    return Arbitraries.oneOf(
            Arbitraries.just(k), Arbitraries.just(k), Arbitraries.integers().between(0, k + 2))
        .flatMap(
            n -> {
              if (n == 0) {
                return Arbitraries.just(shape.prefix());
              }
              List<Arbitrary<String>> values = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                values.add(i < k ? value(shape.slots().get(i), names) : any());
              }
              return Combinators.combine(values)
                  .as(parts -> shape.prefix() + String.join(shape.separator(), parts));
            });
  }

  private static Arbitrary<String> value(String slot, Arbitrary<String> names) {
    Arbitrary<String> typical =
        switch (slot.replace("*", "")) {
          case "counterparty", "remark" -> names;
          case "vpa" ->
              Combinators.combine(names, Arbitraries.of("ybl", "okhdfcbank", "icici", "upi"))
                  .as((n, h) -> n.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + h);
          case "ifsc" ->
              Combinators.combine(
                      Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
                      Arbitraries.strings()
                          .withChars("0123456789ABC")
                          .ofMinLength(5)
                          .ofMaxLength(7))
                  .as((bank, branch) -> bank + "0" + branch);
          case "reference" ->
              Arbitraries.oneOf(
                  Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(16),
                  Arbitraries.strings().withChars("0123456789").ofLength(11).map(d -> "SBINN" + d));
          default -> Arbitraries.of("HDFC Bank", "SBIN", "Yes Bank", "MUMBAI", "416021XXXXXX1234");
        };
    return Arbitraries.frequencyOf(Tuple.of(5, typical), Tuple.of(1, any()));
  }

  private static Arbitrary<String> any() {
    return Arbitraries.strings().withChars("AZaz09/-*@ .&:").ofMaxLength(15);
  }

  /** {@code clean} with export noise: case changes, spaces around separators, truncation. */
  static Arbitrary<String> noisy(Arbitrary<String> clean) {
    return Combinators.combine(
            clean,
            Arbitraries.integers().between(0, 7).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 9999))
        .as(
            (s, ops, at) -> {
              String out = s;
              for (int op : ops) {
                out = noise(out, op, at);
              }
              return out;
            });
  }

  private static String noise(String s, int op, int at) {
    int i = at % (s.length() + 1);
    return switch (op) {
      case 0 -> s.toLowerCase(Locale.ROOT);
      case 1 -> s.toUpperCase(Locale.ROOT);
      case 2 -> s.replace("/", " / ").replace("-", "  -");
      case 3 -> s.replace("-", " - ").replace("*", " * ");
      case 4 ->
          s.substring(0, i)
              + List.of(" ", "  ", "\t", "\u00A0", " \u00A0 ").get(at % 5)
              + s.substring(i);
      case 5 -> s.substring(0, i);
      case 6 -> "  " + s + "   ";
      default -> flipCase(s, at);
    };
  }

  private static String flipCase(String s, int seed) {
    StringBuilder out = new StringBuilder(s);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if ((i * 31 + seed) % 3 == 0) {
        out.setCharAt(
            i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
    }
    return out.toString();
  }
}
