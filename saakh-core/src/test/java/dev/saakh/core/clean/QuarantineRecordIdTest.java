package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.lake.Dataset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quarantined line carries its own record id, read from its own text, or none: never the id of
 * the line before it (issue #11: an INVALID_UTF8 line got the previous line's id).
 */
class QuarantineRecordIdTest {
  private static final String C = TestingRaw.CUSTOMER;

  private static String txn(String id) {
    return "{\"transaction_id\":\""
        + id
        + "\",\"account_id\":\"A1\",\"customer_id\":\""
        + C
        + "\",\"date\":\"2025-11-01\",\"amount\":\"1,250.00 Dr\"}";
  }

  private static List<Quarantined> transactions(RawLine... lines) {
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    raw.put(Dataset.TRANSACTIONS, new ArrayList<>(List.of(lines)));
    return Cleaner.withDefaults().clean(C, raw).dataset(Dataset.TRANSACTIONS).quarantined();
  }

  @Test
  void aLineThatIsNotUtf8GetsItsOwnIdNotThePreviousLines() {
    String latin1 = txn("T2").replace("\"amount\"", "\"narration\":\"CAF\u00c9\",\"amount\"");
    List<Quarantined> q =
        transactions(
            RawLine.of(1, txn("T1")),
            new RawLine(2, latin1, latin1.length(), ReasonCode.INVALID_UTF8));
    assertThat(q).singleElement().satisfies(e -> assertThat(e.recordId()).isEqualTo("T2"));
  }

  @Test
  void aDamagedLineWhoseIdCannotBeReadHasNone() {
    List<Quarantined> q =
        transactions(
            RawLine.of(1, txn("T1")),
            new RawLine(2, "{\"narration\":\"\u00c9\"", 18, ReasonCode.INVALID_UTF8),
            new RawLine(3, "{\"transaction_id\":\"T3", 4 << 20, ReasonCode.LINE_TOO_LONG),
            RawLine.of(4, "{\"transaction_id\":\"T4\",\"amount\":}"),
            RawLine.of(5, "[\"transaction_id\",\"T1\"]"));
    assertThat(q).extracting(Quarantined::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(q).extracting(Quarantined::recordId).containsExactly(null, null, "T4", null);
  }

  @Test
  void theOtherDatasetsReadTheIdOfADamagedLineToo() {
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    String gst = "{\"return_id\":\"R2\",\"customer_id\":\"" + C + "\",\"period\":\"\u00e9\"}";
    raw.put(
        Dataset.GST,
        List.of(
            RawLine.of(1, "{\"return_id\":\"R1\",\"customer_id\":\"" + C + "\"}"),
            new RawLine(2, gst, gst.length(), ReasonCode.INVALID_UTF8),
            RawLine.of(3, "{\"return_id\":\"R3\",")));
    List<Quarantined> q = Cleaner.withDefaults().clean(C, raw).dataset(Dataset.GST).quarantined();
    assertThat(q).extracting(Quarantined::recordId).containsExactly("R1", "R2", "R3");
  }
}
