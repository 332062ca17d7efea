package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Several inputs of one customer cleaned once. */
class StatementSetTest {
  private static final String T1 =
      "{\"txnId\":\"T1\",\"type\":\"CREDIT\",\"mode\":\"UPI\",\"amount\":\"500.00\","
          + "\"currentBalance\":\"1500.00\",\"transactionTimestamp\":\"2026-06-02T10:00:00+05:30\","
          + "\"narration\":\"UPI/CR/1234/ASHA\"}";
  private static final String T2_FIRST =
      "{\"txnId\":\"T2\",\"type\":\"DEBIT\",\"mode\":\"FT\",\"amount\":\"200.00\","
          + "\"currentBalance\":\"1300.00\",\"transactionTimestamp\":\"2026-06-03T10:00:00+05:30\","
          + "\"narration\":\"NEFT-ACME\"}";
  private static final String T2_OTHER =
      "{\"txnId\":\"T2\",\"type\":\"DEBIT\",\"mode\":\"FT\",\"amount\":\"100.00\","
          + "\"currentBalance\":\"1200.00\",\"transactionTimestamp\":\"2026-06-04T10:00:00+05:30\","
          + "\"narration\":\"NEFT-BETA\"}";

  private static final String PROFILE =
      "\"Profile\":{\"Holders\":{\"Holder\":{\"name\":\"Asha Traders\"}}},";

  private static String summary(String ifsc) {
    return "\"Summary\":{\"type\":\"SAVINGS\",\"ifscCode\":\""
        + ifsc
        + "\",\"openingDate\":\"2019-04-01\",\"currentBalance\":\"1200.00\"},";
  }

  private static RawPart doc(String masked, String ifsc, String... txns) throws IOException {
    String json =
        "{\"Account\":{\"maskedAccNumber\":\""
            + masked
            + "\","
            + PROFILE
            + summary(ifsc)
            + "\"Transactions\":{\"Transaction\":["
            + String.join(",", txns)
            + "]}}}";
    return RebitDocument.parse(
        BankStatementFile.bytes(json.getBytes(StandardCharsets.UTF_8), masked));
  }

  @Test
  void overlappingFilesOfOneAccountGiveOneAccountEachTransactionOnceAndNoIdLost()
      throws IOException {
    StatementData s =
        new StatementSet()
            .add(
                "jan.json",
                Format.REBIT_DEPOSIT_JSON,
                null,
                doc("XX1234", "HDFC0001234", T1, T2_FIRST))
            .add(
                "feb.json",
                Format.REBIT_DEPOSIT_JSON,
                null,
                doc("XX1234", "HDFC0001234", T1, T2_OTHER))
            .clean();

    assertThat(s.data().accounts()).hasSize(1);
    assertThat(s.data().transactions())
        .extracting(Transaction::transactionId)
        .containsExactlyInAnyOrder("T1", "T2", "T2~2");
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).duplicates()).hasSize(1);
    assertThat(s.clean().chains()).hasSize(1);
    assertThat(s.clean().chains().get(0).intact()).isTrue();
    assertThat(s.sources()).extracting(SourceFile::mergedAccounts).containsExactly(0, 1);
    assertThat(s.sources()).extracting(SourceFile::renamedIds).containsExactly(0L, 1L);
    assertThat(s.sources().get(1).holdsTransactionLine(3)).isTrue();
    assertThat(s.sources().get(0).holdsTransactionLine(3)).isFalse();
  }

  @Test
  void twoAccountsOfOneMaskedNumberAtOtherBranchesStayTwo() throws IOException {
    StatementData s =
        new StatementSet()
            .add("a.json", Format.REBIT_DEPOSIT_JSON, null, doc("XX1234", "HDFC0001234", T1))
            .add(
                "b.json",
                Format.REBIT_DEPOSIT_JSON,
                null,
                doc("XX1234", "ICIC0000001", T2_OTHER.replace("T2", "T9")))
            .clean();
    assertThat(s.data().accounts()).hasSize(2);
    assertThat(s.data().transactions())
        .extracting(Transaction::accountId)
        .containsExactlyInAnyOrder("XX1234", "XX1234-2");
  }

  @Test
  void aFileWithNothingReadIsRefusedNamingIt() throws IOException {
    RawPart empty = doc("XX1234", "HDFC0001234");
    assertThatThrownBy(
            () -> new StatementSet().add("empty.json", Format.REBIT_DEPOSIT_JSON, null, empty))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith("empty.json: nothing was read")
        .extracting(e -> ((StatementException) e).code())
        .isEqualTo(StatementException.Code.NO_TRANSACTIONS);
  }
}
