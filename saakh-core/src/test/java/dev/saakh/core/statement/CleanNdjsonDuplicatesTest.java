package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clean NDJSON statement never counts a transaction twice, and never picks between two. */
class CleanNdjsonDuplicatesTest {
  private static List<Transaction> txns() {
    return BankStatementFileTest.parse(BankStatementFileTest.ACCOUNT).data().transactions();
  }

  private static String line(Transaction t) {
    try {
      return LakeJson.mapper().writeValueAsString(t);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static StatementData read(String text) {
    return BankStatementFile.parse(text.getBytes(StandardCharsets.UTF_8), "clean.ndjson");
  }

  @Test
  void anExactlyRepeatedLineIsRemovedAndReported() {
    List<Transaction> t = txns();
    String text =
        line(t.get(0))
            + "\n"
            + line(t.get(1))
            + "\n"
            + line(t.get(0))
            + "\n\n"
            + line(t.get(2))
            + "\n"
            + line(t.get(1))
            + "\n";
    StatementData s = read(text);
    assertThat(s.data().transactions()).containsExactly(t.get(0), t.get(1), t.get(2));
    assertThat(s.duplicates())
        .containsExactly(
            new DuplicateLine(3, t.get(0).transactionId(), 1),
            new DuplicateLine(6, t.get(1).transactionId(), 2));
  }

  @Test
  void theSameIdWithOtherContentRefusesTheFileNamingBothLinesAndTheFields() {
    List<Transaction> t = txns();
    Transaction changed = t.get(1).recategorised(t.get(2).category(), t.get(1).direction());
    String other =
        line(changed).replace("\"1500.00\"", "\"1600.00\"").replace("1500.00", "1600.00");
    String text = line(t.get(0)) + "\n" + line(t.get(1)) + "\n" + line(t.get(2)) + "\n" + other;
    assertThat(other).isNotEqualTo(line(t.get(1)));
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> {
              assertThat(e.code()).isEqualTo(Code.DUPLICATE_ID_CONFLICT);
              assertThat(e.getMessage())
                  .startsWith(
                      "clean.ndjson: line 4 has the transaction_id "
                          + t.get(1).transactionId()
                          + " of line 2 but a different ")
                  .contains("amount", "category");
            });
  }

  @Test
  void aStatementWithoutRepeatsHasNoDuplicates() {
    StringBuilder b = new StringBuilder();
    txns().forEach(t -> b.append(line(t)).append('\n'));
    assertThat(read(b.toString()).duplicates()).isEmpty();
    assertThat(read(b.toString()).data().transactions()).hasSize(5);
  }
}
