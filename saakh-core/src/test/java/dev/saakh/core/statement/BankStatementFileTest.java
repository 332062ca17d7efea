package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each accepted statement format read into clean data, cleaned as the lake is. */
class BankStatementFileTest {
  /** A fictional person's ReBIT DEPOSIT account (Asha Rao, Pune) with five entries. */
  static final String ACCOUNT =
      """
      {"Account": {"type": "deposit", "version": "2.0.0", "maskedAccNumber": "XXXXXXXX4321",
        "Profile": {"Holders": {"type": "SINGLE", "Holder": [
          {"name": "ASHA RAO", "pan": "ABCPR1234K", "mobile": "9876543210"}]}},
        "Summary": {"currentBalance": "23500.00", "currency": "INR", "type": "SAVINGS",
                    "facility": null, "ifscCode": "HDFC0001234", "branch": "Pune Camp",
                    "openingDate": "2020-01-15", "currentODLimit": "0",
                    "balanceDateTime": "2025-02-06T23:59:59+05:30"},
        "Transactions": {"startDate": "2025-02-01", "endDate": "2025-02-06", "Transaction": [
          {"txnId": "R1", "type": "CREDIT", "mode": "FT", "amount": "50000.00",
           "currentBalance": "50000.00", "transactionTimestamp": "2025-02-01T10:00:00+05:30",
           "valueDate": "2025-02-01", "narration": "NEFT CR-HDFC0001234-ACME LTD-SALARY FEB",
           "reference": "HDFCN52025020100001"},
          {"txnId": "R2", "type": "DEBIT", "mode": "CARD", "amount": "1500.00",
           "currentBalance": "48500.00", "transactionTimestamp": "2025-02-02T12:00:00+05:30",
           "valueDate": "2025-02-02", "narration": "POS 4111XXXX1111 DMART"},
          {"txnId": "R3", "type": "DEBIT", "mode": "ATM", "amount": "7000.00",
           "currentBalance": "41500.00", "transactionTimestamp": "2025-02-03T18:00:00+05:30",
           "valueDate": "2025-02-03", "narration": "NWD-416021XXXXXX4321-S1AW0042-PUNE"},
          {"txnId": "R4", "type": "DEBIT", "mode": "OTHERS", "amount": "15000.00",
           "currentBalance": "26500.00", "transactionTimestamp": "2025-02-05T08:00:00+05:30",
           "valueDate": "2025-02-05", "narration": "NACH-DR-HERO FINCORP-3986013048"},
          {"txnId": "R5", "type": "DEBIT", "mode": "UPI", "amount": 3000,
           "currentBalance": 23500.00, "transactionTimestamp": "2025-02-06T21:00:00+05:30",
           "valueDate": "2025-02-06", "narration": "UPI/BLINKIT/576487341518/UPI",
           "reference": "576487341518"}
        ]}}}
      """;

  @TempDir Path tmp;

  static StatementData parse(String text) {
    return BankStatementFile.parse(text.getBytes(StandardCharsets.UTF_8), "test.json");
  }

  @Test
  void aReBitAccountIsCleanedLikeTheLake() {
    StatementData s = parse(ACCOUNT);
    assertThat(s.format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
    assertThat(s.customerId()).isEqualTo(BankStatementFile.ANONYMOUS_CUSTOMER);
    List<Transaction> txns = s.data().transactions();
    assertThat(txns)
        .extracting(Transaction::transactionId)
        .containsExactly("R1", "R2", "R3", "R4", "R5");
    assertThat(txns).allSatisfy(t -> assertThat(t.accountId()).isEqualTo("XXXXXXXX4321"));
    assertThat(txns)
        .extracting(Transaction::type)
        .containsExactly(
            TxnType.CREDIT, TxnType.DEBIT, TxnType.DEBIT, TxnType.DEBIT, TxnType.DEBIT);
    assertThat(txns)
        .extracting(Transaction::amount)
        .containsExactly(
            Money.of("50000.00"),
            Money.of("1500.00"),
            Money.of("7000.00"),
            Money.of("15000.00"),
            Money.of("3000.00"));
    assertThat(txns)
        .extracting(Transaction::balanceAfter)
        .containsExactly(
            Money.of("50000.00"),
            Money.of("48500.00"),
            Money.of("41500.00"),
            Money.of("26500.00"),
            Money.of("23500.00"));
    assertThat(txns)
        .extracting(Transaction::date)
        .containsExactly(
            LocalDate.of(2025, 2, 1),
            LocalDate.of(2025, 2, 2),
            LocalDate.of(2025, 2, 3),
            LocalDate.of(2025, 2, 5),
            LocalDate.of(2025, 2, 6));
    assertThat(txns)
        .extracting(Transaction::category)
        .containsExactly(
            Category.INCOME_SALARY,
            Category.GROCERIES,
            Category.CASH_WITHDRAWAL,
            Category.EMI,
            Category.GROCERIES);
    assertThat(txns)
        .extracting(Transaction::channel)
        .containsExactly(Channel.NEFT, Channel.POS, Channel.ATM, Channel.NACH, Channel.UPI);
    assertThat(txns.get(4).mode()).isEqualTo(TxnMode.UPI);
    assertThat(txns.get(4).reference()).isEqualTo("576487341518");
    assertThat(txns.get(0).valueDate()).isEqualTo(LocalDate.of(2025, 2, 1));
  }

  @Test
  void theAccountBecomesACleanAccountOfAnIndividual() {
    StatementData s = parse(ACCOUNT);
    Account a = s.data().accounts().get(0);
    assertThat(s.data().accounts()).hasSize(1);
    assertThat(a.accountId()).isEqualTo("XXXXXXXX4321");
    assertThat(a.customerId()).isEqualTo(BankStatementFile.ANONYMOUS_CUSTOMER);
    assertThat(a.bank()).isEqualTo(Bank.HDFC);
    assertThat(a.type()).isEqualTo(AccountType.SAVINGS);
    assertThat(a.facility()).isNull();
    assertThat(a.sanctionedLimit()).isNull();
    assertThat(a.currentBalance()).isEqualTo(Money.of("23500.00"));
    assertThat(a.balanceDate()).isEqualTo(LocalDate.of(2025, 2, 6));
    assertThat(a.openingDate()).isEqualTo(LocalDate.of(2020, 1, 15));
    assertThat(a.holderName()).isEqualTo("ASHA RAO");
    assertThat(a.holderPan()).isEqualTo("ABCPR1234K");
    assertThat(a.holderMobile()).isEqualTo("9876543210");
    assertThat(a.holderRole()).isEqualTo(HolderRole.INDIVIDUAL);
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).quarantined()).isEmpty();
    assertThat(s.clean().chains()).singleElement().satisfies(c -> assertThat(c).isNotNull());
    assertThat(s.data().gst()).isEmpty();
    assertThat(s.data().customers()).isEmpty();
  }

  @Test
  void anAccountAtABankOutsideTheListWithoutOpeningDateOrHolderIsKept() {
    String odd =
        ACCOUNT
            .replace("\"HDFC0001234\"", "\"ZZZB0K12345\"")
            .replace("\"openingDate\": \"2020-01-15\",", "")
            .replace("\"type\": \"SAVINGS\",", "")
            .replace(
                "{\"name\": \"ASHA RAO\", \"pan\": \"ABCPR1234K\", \"mobile\": \"9876543210\"}",
                "{}");
    StatementData s = parse(odd);
    assertThat(s.clean().dataset(Dataset.ACCOUNTS).quarantined()).isEmpty();
    Account a = s.data().accounts().get(0);
    assertThat(a.bank()).isNull();
    assertThat(a.ifsc()).isEqualTo("ZZZB0K12345");
    assertThat(a.openingDate()).isNull();
    assertThat(a.type()).isNull();
    assertThat(a.holderName()).isNull();
    assertThat(s.data().transactions()).hasSize(5);
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).quarantined()).isEmpty();
  }

  @Test
  void theSameAccountInAListOrUnderAccountsReadsTheSame() {
    List<Transaction> single = parse(ACCOUNT).data().transactions();
    assertThat(parse("[" + ACCOUNT + "]").data().transactions()).isEqualTo(single);
    StatementData named =
        parse(
            "{\"customer_id\": \"CUST_CON_00042\", \"accounts\": ["
                + ACCOUNT.replace("\"maskedAccNumber\"", "\"linkedAccRef\": \"ACC-1\", \"x\"")
                + "]}");
    assertThat(named.customerId()).isEqualTo("CUST_CON_00042");
    assertThat(named.data().transactions())
        .allSatisfy(
            t -> {
              assertThat(t.customerId()).isEqualTo("CUST_CON_00042");
              assertThat(t.accountId()).isEqualTo("ACC-1");
            });
    assertThat(named.data().transactions())
        .extracting(Transaction::amount)
        .isEqualTo(single.stream().map(Transaction::amount).toList());
  }

  @Test
  void aCustomerIdAfterTheAccountsAndTwoAccountsWithOneMaskedNumberAreKeptApart() {
    StatementData s =
        parse(
            "{\"accounts\": ["
                + ACCOUNT
                + ", "
                + ACCOUNT.replace("\"R", "\"S")
                + "],"
                + " \"customer_id\": \"CUST_MSM_00007\"}");
    assertThat(s.customerId()).isEqualTo("CUST_MSM_00007");
    assertThat(s.data().accounts())
        .extracting(Account::accountId)
        .containsExactly("XXXXXXXX4321", "XXXXXXXX4321-2");
    assertThat(s.data().transactions()).hasSize(10);
    assertThat(s.clean().chains()).hasSize(2);
  }

  @Test
  void aSingleHolderObjectASingleTransactionObjectAndAMissingTxnIdAreRead() {
    String doc =
        """
        {"Account": {"linkedAccRef": "LINK-9", "maskedAccNumber": "XXXX0077",
          "Profile": {"Holders": {"Holder": {"name": "VIKRAM JOSHI"}}},
          "Summary": {"currentBalance": "900.00", "type": "CURRENT", "ifscCode": "SBIN0000999",
                      "openingDate": "2019-03-01", "facility": "OD", "currentODLimit": "50000"},
          "Transactions": {"Transaction": {"type": "CREDIT", "mode": "CASH", "amount": "900.00",
            "currentBalance": "900.00", "valueDate": "2025-03-04",
            "narration": "CASH DEPOSIT SELF"}}}}
        """;
    StatementData s = parse(doc);
    assertThat(s.data().transactions())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.transactionId()).matches("LINK-9-H[0-9a-f]{16}");
              assertThat(t.date()).isEqualTo(LocalDate.of(2025, 3, 4));
              assertThat(t.category()).isEqualTo(Category.CASH_DEPOSIT);
            });
    Account a = s.data().accounts().get(0);
    assertThat(a.holderName()).isEqualTo("VIKRAM JOSHI");
    assertThat(a.sanctionedLimit()).isEqualTo(Money.of("50000.00"));
    assertThat(a.bank()).isEqualTo(Bank.SBI);
  }

  @Test
  void quarantinedEntriesAreReportedNotRefused() {
    StatementData s = parse(ACCOUNT.replace("\"amount\": \"1500.00\"", "\"amount\": \"abc\""));
    assertThat(s.data().transactions()).extracting(Transaction::transactionId).doesNotContain("R2");
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).quarantined())
        .singleElement()
        .satisfies(q -> assertThat(q.toString()).contains("R2"));
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).raw()).isEqualTo(5);
  }

  @Test
  void cleanNdjsonRoundTripsWithBomAndCrlf() throws IOException {
    List<Transaction> txns = parse(ACCOUNT).data().transactions();
    StringBuilder b = new StringBuilder("\uFEFF");
    for (Transaction t : txns) {
      b.append(LakeJson.mapper().writeValueAsString(t)).append("\r\n");
    }
    Path file = tmp.resolve("transactions_clean.ndjson");
    Files.writeString(file, b.append("\n\n"), StandardCharsets.UTF_8);
    StatementData s = BankStatementFile.read(file);
    assertThat(s.format()).isEqualTo(Format.CLEAN_NDJSON);
    assertThat(s.customerId()).isEqualTo(BankStatementFile.ANONYMOUS_CUSTOMER);
    assertThat(s.data().transactions()).isEqualTo(txns);
    assertThat(s.data().accounts()).isEmpty();
    assertThat(s.clean()).isNull();
  }

  @Test
  void theFormatIsToldByContentNotByName() throws IOException {
    Path misleading = tmp.resolve("statement.ndjson");
    Files.writeString(misleading, "  \n\t" + ACCOUNT, StandardCharsets.UTF_8);
    assertThat(BankStatementFile.read(misleading).format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
  }

  @Test
  void aStatementOfFiftyThousandEntriesIsRead() throws IOException {
    StringBuilder b = new StringBuilder(12_000_000);
    b.append("{\"customer_id\":\"CUST_CON_00003\",\"accounts\":[{\"Account\":{")
        .append("\"linkedAccRef\":\"A1\",\"maskedAccNumber\":\"XX99\",")
        .append("\"Profile\":{\"Holders\":{\"Holder\":[{\"name\":\"MEERA IYER\"}]}},")
        .append("\"Summary\":{\"currentBalance\":\"50000.00\",\"type\":\"SAVINGS\",")
        .append("\"ifscCode\":\"ICIC0000001\",\"openingDate\":\"2015-01-01\"},")
        .append("\"Transactions\":{\"Transaction\":[");
    long balance = 0;
    LocalDate day = LocalDate.of(2020, 1, 1);
    for (int i = 1; i <= 50_000; i++) {
      boolean credit = i % 2 == 1;
      balance += credit ? 300 : -200;
      b.append(i == 1 ? "" : ",")
          .append("{\"txnId\":\"T")
          .append(i)
          .append("\",\"type\":\"")
          .append(credit ? "CREDIT" : "DEBIT")
          .append("\",\"mode\":\"UPI\",\"amount\":\"")
          .append(credit ? "300.00" : "200.00")
          .append("\",\"currentBalance\":\"")
          .append(balance)
          .append(".00\",\"valueDate\":\"")
          .append(day.plusDays(i / 20))
          .append("\",\"narration\":\"UPI/")
          .append(100_000_000_000L + i)
          .append("/RAVI KUMAR/ravi@okaxis/AXIS\"}");
    }
    b.append("]}}}]}");
    Path file = tmp.resolve("big.json");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    StatementData s = BankStatementFile.read(file);
    assertThat(s.data().transactions()).hasSize(50_000);
    assertThat(s.data().transactions().get(49_999).balanceAfter())
        .isEqualTo(Money.of("2500000.00"));
  }
}
