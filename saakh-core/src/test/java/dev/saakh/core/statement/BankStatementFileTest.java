package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import dev.saakh.core.statement.BankStatementFile.Format;
import dev.saakh.core.statement.BankStatementFile.StatementData;
import dev.saakh.core.statement.StatementException.Code;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** One statement file, in each accepted format, and every way it can be refused. */
class BankStatementFileTest {
  /** A fictional person's ReBIT DEPOSIT account with three entries. */
  static final String REBIT =
      """
      {"Account": {"type": "deposit", "maskedAccNumber": "XXXXXXXX4321",
        "Profile": {"Holders": {"Holder": [{"name": "ASHA RAO", "pan": "ABCPR1234K",
                                            "mobile": "9876543210"}]}},
        "Summary": {"currentBalance": "41500.00", "type": "SAVINGS", "ifscCode": "HDFC0001234",
                    "branch": "Pune", "openingDate": "2020-01-01",
                    "balanceDateTime": "2025-02-05T23:59:59+05:30", "currency": "INR"},
        "Transactions": {"Transaction": [
          {"txnId": "R1", "type": "CREDIT", "mode": "FT", "amount": "50000.00",
           "currentBalance": "50000.00", "transactionTimestamp": "2025-02-01T10:00:00+05:30",
           "valueDate": "2025-02-01", "narration": "NEFT CR-HDFC0001234-ACME LTD-SALARY FEB"},
          {"txnId": "R2", "type": "DEBIT", "mode": "CARD", "amount": "1500.00",
           "currentBalance": "48500.00", "transactionTimestamp": "2025-02-02T12:00:00+05:30",
           "valueDate": "2025-02-02", "narration": "POS 4111XXXX1111 DMART"},
          {"txnId": "R3", "type": "DEBIT", "mode": "ATM", "amount": "7000.00",
           "currentBalance": "41500.00", "transactionTimestamp": "2025-02-05T18:00:00+05:30",
           "valueDate": "2025-02-05", "narration": "ATM-WDL/S1U1/PUNE"}
        ]}}}
      """;

  private static StatementData parse(String text) {
    return BankStatementFile.parse(text.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  @Test
  void aReBitDocumentIsCleanedLikeTheLake() {
    StatementData s = parse(REBIT);
    assertThat(s.format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
    assertThat(s.customerId()).isEqualTo("CUST_CON_000000000");
    List<Transaction> txns = s.data().transactions();
    assertThat(txns).extracting(Transaction::transactionId).containsExactly("R1", "R2", "R3");
    assertThat(txns.get(0).type()).isEqualTo(TxnType.CREDIT);
    assertThat(txns.get(0).category()).isEqualTo(Category.INCOME_SALARY);
    assertThat(txns.get(0).date()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(txns.get(1).amount()).isEqualTo(Money.of("1500.00"));
    assertThat(txns.get(2).category()).isEqualTo(Category.CASH_WITHDRAWAL);
    assertThat(txns.get(2).balanceAfter()).isEqualTo(Money.of("41500.00"));
    assertThat(s.data().accounts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.holderPan()).isEqualTo("ABCPR1234K");
              assertThat(a.accountId()).isEqualTo("CUST_CON_000000000-XXXXXXXX4321");
            });
  }

  @Test
  void theSameDocumentInAListOrUnderAccountsReadsTheSame() {
    List<Transaction> single = parse(REBIT).data().transactions();
    assertThat(parse("[" + REBIT + "]").data().transactions()).isEqualTo(single);
    StatementData wrapped =
        parse("{\"customer_id\": \"CUST_CON_00042\", \"accounts\": [" + REBIT + "]}");
    assertThat(wrapped.customerId()).isEqualTo("CUST_CON_00042");
    assertThat(wrapped.data().transactions()).hasSize(3);
  }

  @Test
  void cleanNdjsonRoundTrips() throws Exception {
    List<Transaction> txns = parse(REBIT).data().transactions();
    StringBuilder b = new StringBuilder("\uFEFF");
    for (Transaction t : txns) {
      b.append(LakeJson.mapper().writeValueAsString(t)).append("\r\n");
    }
    StatementData s = parse(b.toString());
    assertThat(s.format()).isEqualTo(Format.CLEAN_NDJSON);
    assertThat(s.data().transactions()).isEqualTo(txns);
    assertThat(s.clean()).isNull();
  }

  @Test
  void everyRefusalNamesWhatWasWrong() {
    assertRefused("  \n", Code.EMPTY, "test.json: the file is empty");
    assertRefused("{\"Account\": ", Code.NOT_JSON, "test.json: not valid JSON at line 1");
    assertRefused("<html/>", Code.UNKNOWN_FORMAT, "expected clean transactions NDJSON");
    assertRefused("{\"x\": 1}", Code.UNKNOWN_FORMAT, "ReBIT DEPOSIT JSON");
    assertRefused("[1]", Code.BAD_RECORD, "accounts[0] is not a ReBIT Account object");
    assertRefused(
        "{\"Account\": {\"Transactions\": {\"Transaction\": []}}}",
        Code.NO_TRANSACTIONS,
        "no Transactions.Transaction entries");
    String line =
        "{\"transaction_id\":\"T1\",\"account_id\":\"A\",\"customer_id\":\"CUST_CON_00001\"}";
    assertRefused(line + "\n" + line, Code.BAD_RECORD, "line 1 is not a clean transaction");
  }

  @Test
  void linesOfTwoCustomersAreRefused() throws Exception {
    Transaction t = parse(REBIT).data().transactions().get(0);
    String a = LakeJson.mapper().writeValueAsString(t);
    String b = a.replace("CUST_CON_000000000", "CUST_CON_00007");
    assertRefused(a + "\n" + b, Code.MIXED_CUSTOMERS, "line 2 is customer CUST_CON_00007");
  }

  private static void assertRefused(String text, Code code, String message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(StatementException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(message);
  }

  @Property(tries = 300)
  void anyBytesGiveDataOrACodedRefusal(@ForAll @Size(max = 300) byte[] bytes) {
    survives(bytes);
  }

  @Property(tries = 300)
  void anyCutOrFlipOfAValidDocumentGivesDataOrACodedRefusal(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1500) int at, @ForAll byte flip) {
    byte[] doc = REBIT.getBytes(StandardCharsets.UTF_8);
    int i = at % doc.length;
    survives(java.util.Arrays.copyOf(doc, i));
    byte[] flipped = doc.clone();
    flipped[i] = flip;
    survives(flipped);
  }

  private static void survives(byte[] bytes) {
    try {
      BankStatementFile.parse(bytes, "fuzz");
    } catch (StatementException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz: ");
    }
  }
}
