package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written transaction writer gives exactly the lake mapping's bytes. */
class TransactionJsonTest {
  @TempDir Path tmp;

  @Test
  void writesWhatTheLakeMappingWrites() throws IOException {
    CleanResult r =
        TestingRaw.customer()
            .txn(
                "T1",
                "A",
                "4 Nov 25",
                "1,250.00 Dr",
                "UPI/123456789012/RAVI/ravi@okhdfc/HDFC",
                "₹ 45,320.50 CR",
                null)
            .txn("T2", "A", "05/11/2025", "12.5", "NEFT CR-HDFC0001234-ACME \"X\"-N1", null, "CR")
            .txn("T3", "A", "06/11/2025", "100", "", "-99.00", "DR")
            .clean();
    List<Transaction> txns = r.records(Dataset.TRANSACTIONS, Transaction.class);
    assertThat(txns).hasSize(3);
    Path file = tmp.resolve("t.ndjson");
    CleanFiles.lines(file, txns);
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < txns.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(LakeJson.mapper().writeValueAsString(txns.get(i)));
    }
  }
}
