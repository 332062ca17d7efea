package dev.saakh.core.statement;

import static dev.saakh.core.statement.BankStatementFileTest.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal code, each with the message that names the source, where, and what was wrong. */
class StatementRefusalTest {
  @TempDir Path tmp;

  private static void refused(String text, Code code, String message) {
    assertThatThrownBy(() -> BankStatementFileTest.parse(text))
        .isInstanceOfSatisfying(StatementException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessage(message);
  }

  private static void refusedStartingWith(String text, Code code, String start) {
    assertThatThrownBy(() -> BankStatementFileTest.parse(text))
        .isInstanceOfSatisfying(StatementException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith(start);
  }

  private static String line(Transaction t) throws IOException {
    return LakeJson.mapper().writeValueAsString(t);
  }

  @Test
  void empty() {
    refused("", Code.EMPTY, "test.json: the file is empty");
    refused("\uFEFF \r\n\t", Code.EMPTY, "test.json: the file is empty");
  }

  @Test
  void tooLarge() throws IOException {
    Path file = tmp.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(BankStatementFile.MAX_BYTES + 1); // sparse: no disk used
    }
    assertThatThrownBy(() -> BankStatementFile.read(file))
        .isInstanceOfSatisfying(
            StatementException.class, e -> assertThat(e.code()).isEqualTo(Code.TOO_LARGE))
        .hasMessage(file + ": 512.0 MiB is larger than a statement may be (512 MiB)");
  }

  @Test
  void aMissingFileIsAnIoProblem() {
    assertThatThrownBy(() -> BankStatementFile.read(tmp.resolve("nope.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void notJson() {
    refused(
        "{\"Account\": ",
        Code.NOT_JSON,
        "test.json: not valid JSON at line 1, column 13: Unexpected end-of-input within/between"
            + " Object entries");
    refusedStartingWith(
        "{\"Account\": {}}\n{\"Account\": {}}",
        Code.NOT_JSON,
        "test.json: more than one JSON value (another starts at line 2); a ReBIT document is one");
    byte[] latin1 =
        "{\"Account\": {\"maskedAccNumber\": \"caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> BankStatementFile.parse(latin1, "latin1.json"))
        .isInstanceOfSatisfying(
            StatementException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_JSON))
        .hasMessageStartingWith(
            "latin1.json: not valid JSON at line 1, column 39: Invalid UTF-8 middle byte 0x22");
  }

  @Test
  void unknownFormat() {
    String accepted =
        "; expected clean transactions NDJSON as 'saakh clean' writes, or ReBIT DEPOSIT JSON:"
            + " {\"Account\": {…}}, a JSON array of them, or {\"customer_id\": …, \"accounts\": […]},"
            + " or the same ReBIT DEPOSIT document in XML (<Account …>), or an AA gateway's"
            + " response holding one, or a ReBIT consent (by input only)";
    refused(
        "Date,Narration,Amount\n04/11/2025,UPI/123,100",
        Code.UNKNOWN_FORMAT,
        "test.json: not a statement Saakh reads (it does not start with '{', '[' or '<')"
            + accepted);
    refused(
        "{\"customer_id\": \"CUST_CON_00001\", \"gst\": []}",
        Code.UNKNOWN_FORMAT,
        "test.json: not a statement Saakh reads (a JSON object with top-level keys"
            + " [customer_id, gst], and no ReBIT account (an object with Profile, Summary or"
            + " Transactions) inside)"
            + accepted);
  }

  @Test
  void badCleanLines() throws IOException {
    Transaction t = BankStatementFileTest.parse(ACCOUNT).data().transactions().get(0);
    String good = line(t);
    refused(
        good + "\n" + good.replace("\"date\":\"2025-02-01\",", ""),
        Code.BAD_RECORD,
        "test.json: line 2, field date: missing or null");
    refused(
        good + "\n\n" + good.replace("\"type\":\"CREDIT\"", "\"type\":\"SIDEWAYS\""),
        Code.BAD_RECORD,
        "test.json: line 3, field type: cannot read SIDEWAYS as TxnType");
    refused(
        good.replace("\"currency\"", "\"colour\":\"red\",\"currency\""),
        Code.BAD_RECORD,
        "test.json: line 1, field colour: not a field of a clean transaction");
    refused(
        good.replace("\"amount\":50000.00", "\"amount\":-5"),
        Code.BAD_RECORD,
        "test.json: line 1: amount must be positive: -5.00");
    refused(
        good.replace("\"amount\":50000.00", "\"amount\":1e999999999"),
        Code.BAD_RECORD,
        "test.json: line 1, field amount: number out of range: 1E+999999999");
    refused(good + "\n[1]", Code.BAD_RECORD, "test.json: line 2: not a JSON object (found [)");
    refused(
        good.replace(BankStatementFile.ANONYMOUS_CUSTOMER, "CUST_XYZ_1"),
        Code.BAD_RECORD,
        "test.json: line 1, field customer_id: not a customer id: 'CUST_XYZ_1' (expected"
            + " CUST_MSM_00001 or CUST_CON_00001 style)");
  }

  @Test
  void badReBitElements() {
    refused("[1]", Code.BAD_RECORD, "test.json: $[0]: expected {\"Account\": {…}}, found a number");
    refusedStartingWith(
        "[{\"account\": {}}]",
        Code.UNKNOWN_FORMAT,
        "test.json: not a statement Saakh reads (a JSON array whose first element has keys"
            + " [account], and no ReBIT account");
    refused(
        "{\"accounts\": {}}",
        Code.BAD_RECORD,
        "test.json: $.accounts: expected an array of {\"Account\": {…}}, found an object");
    refused(
        ACCOUNT.replace("\"amount\": \"7000.00\"", "\"amount\": {\"value\": 7000}"),
        Code.BAD_RECORD,
        "test.json: $.Account.Transactions.Transaction[2].amount: expected a value, found an"
            + " object");
    refused(
        ACCOUNT.replace("\"name\": \"ASHA RAO\"", "\"name\": [\"ASHA\"]"),
        Code.BAD_RECORD,
        "test.json: $.Account.Profile.Holders.Holder[0].name: expected a value, found an array");
    refused(
        ACCOUNT.replace("\"Transaction\": [", "\"Transaction\": [7, "),
        Code.BAD_RECORD,
        "test.json: $.Account.Transactions.Transaction[0]: expected a transaction object, found"
            + " a number");
    refused(
        "{\"customer_id\": \"ASHA\", \"accounts\": [" + ACCOUNT + "]}",
        Code.BAD_RECORD,
        "test.json: $.customer_id: not a customer id: 'ASHA' (expected CUST_MSM_00001 or"
            + " CUST_CON_00001 style)");
  }

  @Test
  void mixedCustomers() throws IOException {
    Transaction t = BankStatementFileTest.parse(ACCOUNT).data().transactions().get(0);
    String a = line(t);
    String b = a.replace(BankStatementFile.ANONYMOUS_CUSTOMER, "CUST_CON_00007");
    refused(
        a + "\n" + a + "\n" + b,
        Code.MIXED_CUSTOMERS,
        "test.json: line 3 is customer CUST_CON_00007, but line 1 is CUST_CON_999999999; a"
            + " statement is one customer's");
  }

  @Test
  void sameIdOtherContent() throws IOException {
    Transaction t = BankStatementFileTest.parse(ACCOUNT).data().transactions().get(0);
    String a = line(t);
    String b = a.replace("\"amount\":50000.00", "\"amount\":5000.00");
    refused(
        a + "\n" + a + "\n" + b,
        Code.DUPLICATE_ID_CONFLICT,
        "test.json: line 3 has the transaction_id R1 of line 1 but a different amount; a"
            + " statement holds each transaction once, so which is right cannot be told");
  }

  @Test
  void noTransactions() {
    refused(
        "[]",
        Code.NO_TRANSACTIONS,
        "test.json: no Transactions.Transaction entries in the document (no accounts)");
    refused(
        "{\"Account\": {\"maskedAccNumber\": \"XX1\", \"Transactions\": {\"Transaction\": []}}}",
        Code.NO_TRANSACTIONS,
        "test.json: no Transactions.Transaction entries in 1 account(s)");
  }

  @Test
  void notXml() {
    refusedStartingWith(
        "<Account><Summary></Account>", Code.NOT_XML, "test.json: not well-formed XML at line 1: ");
  }

  @Test
  void everyCodeIsCoveredAbove() {
    assertThat(Code.values())
        .containsExactlyInAnyOrder(
            Code.EMPTY,
            Code.TOO_LARGE,
            Code.NOT_JSON,
            Code.NOT_XML,
            Code.UNKNOWN_FORMAT,
            Code.BAD_RECORD,
            Code.MIXED_CUSTOMERS,
            Code.DUPLICATE_ID_CONFLICT,
            Code.NO_TRANSACTIONS);
  }
}
