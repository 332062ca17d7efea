package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.lake.Dataset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input crashes the clean stage, and every raw line is accounted for exactly once (the
 * conservation check in {@link DatasetResult} throws otherwise): arbitrary strings, and JSON
 * objects with the right keys and arbitrary values, in every dataset.
 */
class CleanerFuzzTest {
  private static final List<String> KEYS =
      List.of(
          "transaction_id",
          "account_id",
          "customer_id",
          "date",
          "amount",
          "balance",
          "type",
          "narration",
          "mode",
          "value_date",
          "reference",
          "return_id",
          "period",
          "due_date",
          "return_type",
          "taxable_value",
          "accounts",
          "items",
          "report_id",
          "score",
          "order_id",
          "consent_id",
          "holding_id",
          "units",
          "nav",
          "policy_number",
          "application_id");

  @Property(tries = 300)
  void arbitraryLinesNeverCrashAndAreAllAccountedFor(@ForAll("lines") List<String> lines) {
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      List<RawLine> list = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        list.add(RawLine.of(i + 1, lines.get(i)));
      }
      raw.put(d, list);
    }
    CleanResult r = Cleaner.withDefaults().clean("CUST_CON_00001", raw);
    for (DatasetResult d : r.datasets().values()) {
      assertThat(d.raw()).isEqualTo(lines.size());
    }
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30).map(CleanerFuzzTest::quote),
            Arbitraries.of(
                "\"CUST_CON_00001\"",
                "\"CUST_CON_00001-A1\"",
                "\"T1\"",
                "null",
                "1",
                "-5.5",
                "[]",
                "{}",
                "[{}]",
                "\"\"",
                "\"1,250.00 Dr\"",
                "\"04/11/2025\"",
                "\"112023\"",
                "\"GSTR3B\"",
                "true",
                "1e400",
                "\"45965\""));
    Arbitrary<String> object =
        Combinators.combine(Arbitraries.of(KEYS).list().ofMaxSize(12), value.list().ofSize(12))
            .as(
                (keys, values) -> {
                  StringBuilder b = new StringBuilder("{\"customer_id\":\"CUST_CON_00001\"");
                  for (int i = 0; i < keys.size(); i++) {
                    b.append(",\"").append(keys.get(i)).append("\":").append(values.get(i));
                  }
                  return b.append('}').toString();
                });
    return Arbitraries.oneOf(any, object, object).list().ofMaxSize(25);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
