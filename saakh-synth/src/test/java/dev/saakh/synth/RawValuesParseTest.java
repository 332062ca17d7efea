package dev.saakh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.clean.AmountParser;
import dev.saakh.core.clean.AmountParser.Marker;
import dev.saakh.core.clean.DateParser;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's renderers and the clean stage's parsers are written independently; every raw
 * date, amount, balance and type column the generator writes must parse back to its true value.
 */
class RawValuesParseTest {
  @TempDir Path tmp;
  private final DateParser dates = new DateParser();
  private final AmountParser amounts = new AmountParser();
  private final Map<String, JsonNode> truth = new HashMap<>();
  private final Set<String> typeDropped = new HashSet<>();

  @Test
  void everyWrittenDateAmountAndBalanceParsesToTheTruth() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(8, 6, true), tmp.resolve("lake"), 2));
    for (JsonNode l : TestingLake.lines(lake.labels())) {
      String kind = l.get("kind").asText();
      if (kind.equals("defect") && "type".equals(l.get("field").asText(null))) {
        typeDropped.add(l.get("record_id").asText());
      } else if (kind.equals("truth") && l.get("dataset").asText().equals("transactions")) {
        truth.put(l.get("record_id").asText(), l.get("record"));
      }
    }
    int checked = 0;
    int unsigned = 0;
    for (JsonNode raw : TestingLake.lines(lake.raw(Dataset.TRANSACTIONS))) {
      JsonNode t = truth.get(raw.get("transaction_id").asText());
      if (t == null) {
        continue; // a duplicate: its original is checked
      }
      checkDate(raw, t);
      unsigned += checkAmount(raw, t) ? 1 : 0;
      checkType(raw, t);
      checkBalance(raw, t);
      checked++;
    }
    assertThat(checked).isGreaterThan(10_000);
    assertThat(unsigned).as("amounts with no sign of their own").isGreaterThan(1000);
  }

  private void checkDate(JsonNode raw, JsonNode t) {
    if (present(raw, "date")) {
      assertThat(dates.parse(raw.get("date").asText())).as(raw.toString()).isTrue();
      assertThat(LocalDate.ofEpochDay(dates.epochDay()).toString())
          .as(raw.toString())
          .isEqualTo(t.get("date").asText());
    }
  }

  /** Checks the amount; returns whether it carried no direction of its own. */
  private boolean checkAmount(JsonNode raw, JsonNode t) {
    if (!present(raw, "amount")) {
      return false;
    }
    String id = raw.get("transaction_id").asText();
    assertThat(amounts.parse(raw.get("amount").asText())).as(raw.toString()).isTrue();
    assertThat(amounts.paise()).as(id).isEqualTo(paise(t.get("amount")));
    boolean debit = t.get("type").asText().equals("DEBIT");
    Marker m = amounts.marker();
    if (m == Marker.NONE || m == Marker.PLUS) {
      // Unsigned with no type column: a credit by the signed source's own convention.
      assertThat(present(raw, "type") || typeDropped.contains(id) || !debit)
          .as(id + " an unsigned debit needs a type column")
          .isTrue();
      return true;
    }
    assertThat(m == Marker.DEBIT || m == Marker.MINUS).as(raw.toString()).isEqualTo(debit);
    return false;
  }

  private static void checkType(JsonNode raw, JsonNode t) {
    if (present(raw, "type")) {
      char first = Character.toUpperCase(raw.get("type").asText().charAt(0));
      assertThat(first == 'D').as(raw.toString()).isEqualTo(t.get("type").asText().equals("DEBIT"));
    }
  }

  private void checkBalance(JsonNode raw, JsonNode t) {
    if (present(raw, "balance")) {
      assertThat(amounts.parse(raw.get("balance").asText())).as(raw.toString()).isTrue();
      assertThat(amounts.signedPaise()).as(raw.toString()).isEqualTo(paise(t.get("balance_after")));
    }
  }

  private static long paise(JsonNode decimal) {
    return decimal.decimalValue().movePointRight(2).longValueExact();
  }

  private static boolean present(JsonNode raw, String field) {
    return raw.hasNonNull(field) && !raw.get(field).asText().isEmpty();
  }
}
