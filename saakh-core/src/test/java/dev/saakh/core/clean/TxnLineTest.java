package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The plain reader of transaction lines accepts only what Jackson reads the same way: for any line
 * it accepts, every field's text and state and every unknown name equal Jackson's. Everything else
 * falls through to Jackson.
 */
class TxnLineTest {
  private static final String REAL =
      "{\"transaction_id\":\"CUST_MSM_00004-A1-T00001\",\"account_id\":\"CUST_MSM_00004-A1\","
          + "\"customer_id\":\"CUST_MSM_00004\",\"date\":\"01 Nov 2025\",\"amount\":\"132907.00\","
          + "\"narration\":\"IMPS/DR/894056245718/KONARK COLD STORAGE/BILL 8718\","
          + "\"balance\":\"841362.16\",\"type\":\"Dr\"}";

  @Test
  void anExportLineIsReadPlainAndAgreesWithJackson() {
    TxnLine plain = new TxnLine();
    assertThat(plain.readPlain(REAL)).isTrue();
    assertThat(plain.text[TxnLine.NARRATION])
        .isEqualTo("IMPS/DR/894056245718/KONARK COLD STORAGE/BILL 8718");
    assertSame(plain, REAL);
  }

  @Test
  void numbersNullsBooleansUnknownNamesAndSpacesAreReadPlain() {
    String line =
        " { \"amount\" : -12.5e+3 , \"balance\":null,\"type\":true,\"extra\":\"x\","
            + "\"mode\":\"  UPI \",\"date\":\"   \"}\t";
    TxnLine plain = new TxnLine();
    assertThat(plain.readPlain(line)).isTrue();
    assertThat(plain.text[TxnLine.AMOUNT]).isEqualTo("-12.5e+3");
    assertThat(plain.state[TxnLine.BALANCE]).isEqualTo(TxnLine.NULL);
    assertThat(plain.state[TxnLine.TYPE]).isEqualTo(TxnLine.OTHER);
    assertThat(plain.text[TxnLine.MODE]).isEqualTo("UPI");
    assertThat(plain.missing(TxnLine.DATE)).isTrue();
    assertThat(plain.unknown).containsExactly("extra");
    assertSame(plain, line);
  }

  @Test
  void escapesNestedValuesAndBrokenJsonGoToJackson() {
    for (String line :
        List.of(
            "{\"narration\":\"A \\\"B\\\"\"}",
            "{\"amount\":{\"value\":1}}",
            "{\"amount\":01}",
            "{\"amount\":1.}",
            "{\"amount\":1,}",
            "{\"amount\":1} {}",
            "[1]",
            "")) {
      TxnLine t = new TxnLine();
      assertThat(t.readPlain(line)).as(line).isFalse();
      TxnLine viaParse = new TxnLine();
      TxnLine jackson = new TxnLine();
      assertThat(viaParse.parse(line)).isEqualTo(jackson.readWithJackson(line));
      assertThat(viaParse.problem).isEqualTo(jackson.problem);
      assertThat(viaParse.detail).isEqualTo(jackson.detail);
    }
  }

  @Test
  void repeatedAccountValuesShareOneString() {
    TxnLine t = new TxnLine();
    t.parse(REAL);
    String first = t.text[TxnLine.ACCOUNT];
    t.parse(REAL.replace("T00001", "T00002"));
    assertThat(t.text[TxnLine.ACCOUNT]).isSameAs(first);
  }

  @Property(tries = 3000)
  void plainAgreesWithJacksonOnMutatedLines(@ForAll("mutated") String line) {
    TxnLine plain = new TxnLine();
    if (plain.readPlain(line)) {
      assertSame(plain, line);
    }
  }

  @Property(tries = 3000)
  void plainAgreesWithJacksonOnGeneratedObjects(@ForAll("objects") String line) {
    TxnLine plain = new TxnLine();
    if (plain.readPlain(line)) {
      assertSame(plain, line);
    }
  }

  private static void assertSame(TxnLine plain, String line) {
    TxnLine jackson = new TxnLine();
    assertThat(jackson.readWithJackson(line)).as("Jackson reads %s", line).isTrue();
    assertThat(plain.text).as(line).containsExactly(jackson.text);
    assertThat(plain.state).as(line).containsExactly(jackson.state);
    assertThat(plain.unknown).as(line).isEqualTo(jackson.unknown);
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Character> special =
        Arbitraries.oneOf(
            Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', ' ', '\t', '\n', '\u000b'),
            Arbitraries.of('0', '1', '-', '+', '.', 'e', 'E', 'n', 'u', 'l', 't', 'f', '/'),
            Arbitraries.chars());
    Arbitrary<Tuple.Tuple3<Integer, Integer, Character>> edit =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10_000),
                special)
            .as(Tuple::of);
    Arbitrary<String> base =
        Arbitraries.of(REAL, REAL.replace("\"132907.00\"", "132907.00"), "{\"amount\":-0.5e-2}");
    return Combinators.combine(base, edit.list().ofMinSize(1).ofMaxSize(4)).as(TxnLineTest::apply);
  }

  private static String apply(String base, List<Tuple.Tuple3<Integer, Integer, Character>> edits) {
    StringBuilder s = new StringBuilder(base);
    for (Tuple.Tuple3<Integer, Integer, Character> e : edits) {
      int at = e.get2() % (s.length() + 1);
      switch (e.get1()) {
        case 0 -> s.insert(at, e.get3().charValue());
        case 1 -> {
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
        }
        default -> {
          if (at < s.length()) {
            s.setCharAt(at, e.get3());
          }
        }
      }
    }
    return s.toString();
  }

  @Provide
  Arbitrary<String> objects() {
    Arbitrary<String> space =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of("", " ", "\t", "\r\n")),
            Tuple.of(1, Arbitraries.of(" \u000b", "\u00a0", "\f")));
    Arbitrary<String> name =
        Arbitraries.oneOf(
            Arbitraries.of("amount", "account_id", "type", "narration", "date", "x", ""),
            Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> value =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
            Tuple.of(
                4,
                Arbitraries.of(
                    "0",
                    "-0",
                    "01",
                    "1.",
                    "1.5",
                    "1e5",
                    "1E+5",
                    "-",
                    "1e",
                    ".5",
                    "+1",
                    "null",
                    "nul",
                    "true",
                    "false",
                    "True",
                    "{}",
                    "[]",
                    "[1,2]",
                    "{\"a\":\"b\"}",
                    "\"\"",
                    "\" \"",
                    "\"a\\\"b\"",
                    "\"\\u0041\"",
                    "12345678901234567890123",
                    "NaN")),
            Tuple.of(4, Arbitraries.strings().ofMaxLength(12).map(s -> '"' + s + '"')));
    Arbitrary<String> member =
        Combinators.combine(space, name, space, value, space)
            .as((a, n, b, v, c) -> a + '"' + n + '"' + b + ':' + c + v + a);
    return Combinators.combine(
            space, member.list().ofMaxSize(6), Arbitraries.of("", "", "", ",", " x"))
        .as((s, members, tail) -> s + '{' + String.join(",", members) + '}' + s + tail);
  }

  @Test
  void generatedObjectsAreOftenReadPlain() {
    List<String> lines = new ArrayList<>();
    objects().sampleStream().limit(2000).forEach(lines::add);
    long plain = lines.stream().filter(l -> new TxnLine().readPlain(l)).count();
    assertThat(plain).as("lines the plain reader took").isGreaterThan(100);
  }
}
