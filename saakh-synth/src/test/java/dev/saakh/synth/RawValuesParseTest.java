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
 * date, amount and balance the generator writes must parse back to its true value.
 */
class RawValuesParseTest {
  @TempDir Path tmp;

  @Test
  void everyWrittenDateAmountAndBalanceParsesToTheTruth() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(8, 6, true), tmp.resolve("lake"), 2));
    Map<String, JsonNode> truth = new HashMap<>();
    Set<String> typeDropped = new HashSet<>();
    for (JsonNode l : TestingLake.lines(lake.labels())) {
      if (l.get("kind").asText().equals("defect") && "type".equals(l.get("field").asText(null))) {
        typeDropped.add(l.get("record_id").asText());
      }
      if (l.get("kind").asText().equals("truth")
          && l.get("dataset").asText().equals("transactions")) {
        truth.put(l.get("record_id").asText(), l.get("record"));
      }
    }
    DateParser dates = new DateParser();
    AmountParser amounts = new AmountParser();
    int checked = 0;
    int unsigned = 0;
    for (JsonNode raw : TestingLake.lines(lake.raw(Dataset.TRANSACTIONS))) {
      JsonNode t = truth.get(raw.get("transaction_id").asText());
      if (t == null) {
        continue; // a duplicate: its original is checked
      }
      String id = raw.get("transaction_id").asText();
      if (present(raw, "date")) {
        assertThat(dates.parse(raw.get("date").asText())).as(id + " " + raw.get("date")).isTrue();
        assertThat(LocalDate.ofEpochDay(dates.epochDay()).toString())
            .as(id)
            .isEqualTo(t.get("date").asText());
      }
      if (present(raw, "amount")) {
        assertThat(amounts.parse(raw.get("amount").asText()))
            .as(id + " " + raw.get("amount"))
            .isTrue();
        assertThat(amounts.paise())
            .as(id)
            .isEqualTo(t.get("amount").decimalValue().movePointRight(2).longValueExact());
        boolean debit = t.get("type").asText().equals("DEBIT");
        Marker m = amounts.marker();
        if (m == Marker.NONE || m == Marker.PLUS) {
          // Unsigned with no type column: a credit by the signed source's own convention.
          assertThat(present(raw, "type") || typeDropped.contains(id) || !debit)
              .as(id + " an unsigned debit needs a type column")
              .isTrue();
          unsigned++;
        } else {
          assertThat(m == Marker.DEBIT || m == Marker.MINUS)
              .as(id + " " + raw.get("amount"))
              .isEqualTo(debit);
        }
      }
      if (present(raw, "type")) {
        char first = Character.toUpperCase(raw.get("type").asText().charAt(0));
        assertThat(first == 'D')
            .as(id + " type " + raw.get("type"))
            .isEqualTo(t.get("type").asText().equals("DEBIT"));
      }
      if (present(raw, "type")) {
        char first = Character.toUpperCase(raw.get("type").asText().charAt(0));
        assertThat(first == 'D')
            .as(id + " type " + raw.get("type"))
            .isEqualTo(t.get("type").asText().equals("DEBIT"));
      }
      if (present(raw, "balance")) {
        assertThat(amounts.parse(raw.get("balance").asText()))
            .as(id + " " + raw.get("balance"))
            .isTrue();
        long signed =
            amounts.marker() == Marker.DEBIT || amounts.marker() == Marker.MINUS
                ? -amounts.paise()
                : amounts.paise();
        assertThat(signed)
            .as(id + " " + raw.get("balance"))
            .isEqualTo(t.get("balance_after").decimalValue().movePointRight(2).longValueExact());
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(10_000);
    assertThat(unsigned)
        .as("amounts without a sign, directed by the type column")
        .isGreaterThan(1000);
  }

  private static boolean present(JsonNode raw, String field) {
    return raw.hasNonNull(field) && !raw.get(field).asText().isEmpty();
  }
}
