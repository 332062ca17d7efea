package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.Reason;
import dev.saakh.core.clean.ReasonCode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.statement.StatementException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** What a bank export is refused for, and what is kept for the cleaner to quarantine instead. */
class BankExportRefusalTest {
  private static final String SBI_HEADER =
      "Txn Date,Value Date,Description,Ref No.,Debit,Credit,Balance";

  static BankExport csv(String text) throws IOException {
    return BankExport.csv("x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static AbstractThrowableAssert<?, ?> refused(String text, Code code) {
    return assertThatThrownBy(() -> csv(text))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith("x.csv: ")
        .satisfies(e -> assertThat(((StatementException) e).code()).isEqualTo(code));
  }

  @Test
  void noKnownHeaderIsRefusedShowingTheHeadersSeen() {
    refused("Name,Asha\nWhen,What,How much,Left\n1/1/26,tea,10,90\n", Code.UNKNOWN_FORMAT)
        .hasMessageContaining("no header row of a known bank layout")
        .hasMessageContaining("[When, What, How much, Left]");
  }

  @Test
  void aHeaderBeyondTheSixtiethRowIsNotLookedFor() {
    String text = "note\n".repeat(BankExport.HEADER_ROWS) + SBI_HEADER + "\n1/1/26,,tea,,10,,90\n";
    refused(text, Code.UNKNOWN_FORMAT).hasMessageContaining("first 60 rows");
  }

  @Test
  void aHeaderWithoutRowsIsNoTransactions() {
    refused(
            "Account Number: 1234567\n" + SBI_HEADER + "\n,,,,,,\n**** end ****\n",
            Code.NO_TRANSACTIONS)
        .hasMessageContaining("SBI header at row 2");
  }

  @Test
  void nothingAtAllIsEmpty() {
    refused("\uFEFF\r\n,,,\r\n  \r\n", Code.EMPTY);
    refused("", Code.EMPTY);
  }

  @Test
  void aQuoteNeverClosedIsRefusedWithItsLine() {
    refused(SBI_HEADER + "\n1/1/26,,\"tea,,10,,90\n2/1/26,,x,,1,,89\n", Code.BAD_RECORD)
        .hasMessageContaining("opened at line 2 is never closed");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] latin1 =
        (SBI_HEADER + "\n1/1/26,,caf\u00e9,,10,,90\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> BankExport.csv("x.csv", new ByteArrayInputStream(latin1)))
        .isInstanceOf(StatementException.class)
        .hasMessage("x.csv: not UTF-8 text");
  }

  @Test
  void aBadDateOrAmountIsKeptForTheCleanerToQuarantineNotTheFileRefused() throws IOException {
    BankExport part =
        csv(
            SBI_HEADER
                + "\n1 Nov 2026,,OPENING CREDIT,,,1000.00,1000.00"
                + "\n31/02/2026,,BAD DATE,,10.00,,990.00"
                + "\n2 Nov 2026,,BAD AMOUNT,,1O.00,,980.00"
                + "\n3 Nov 2026,,BOTH SIDES,,5.00,5.00,980.00"
                + "\n4 Nov 2026,,GOOD,,80.00,,900.00\n");
    assertThat(part.transactionCount()).isEqualTo(5);
    StatementData s = new StatementSet().add("x.csv", Format.BANK_CSV, "SBI", part).clean();
    List<Quarantined> q = s.clean().dataset(Dataset.TRANSACTIONS).quarantined();
    List<ReasonCode> codes = new ArrayList<>();
    q.forEach(r -> r.reasons().stream().map(Reason::code).forEach(codes::add));
    assertThat(codes).contains(ReasonCode.IMPOSSIBLE_DATE, ReasonCode.UNPARSEABLE_AMOUNT);
    assertThat(q).hasSize(3);
    assertThat(s.data().transactions())
        .extracting(Transaction::narration)
        .containsExactly("OPENING CREDIT", "GOOD");
  }

  @Test
  void headersAreMatchedWhateverTheirCaseSpacingAndPunctuation() throws IOException {
    BankExport part =
        csv(
            " DATE | NARRATION | CHQ REF NO | VALUE DT | WITHDRAWAL AMT | DEPOSIT AMT | CLOSING"
                + "  BALANCE \n 01/11/2026 | RENT | 1 | 01/11/2026 | 1,00,000.00 |  | 2,50,000.00 \n");
    assertThat(part.layout()).isEqualTo("HDFC");
    StatementData s = new StatementSet().add("x.csv", Format.BANK_CSV, "HDFC", part).clean();
    Transaction t = s.data().transactions().get(0);
    assertThat(t.amount().toString()).isEqualTo("100000.00");
    assertThat(t.balanceAfter().toString()).isEqualTo("250000.00");
  }

  @Test
  void rowsOfCellsAreReadAsACsvIs() {
    List<List<String>> rows =
        List.of(
            List.of("Account No.", " 7311099915 "),
            List.of(
                "Sl. No.",
                "Transaction Date",
                "Description",
                "Chq / Ref No.",
                "Amount",
                "Dr / Cr",
                "Balance",
                "Dr / Cr"),
            List.of("1", "01 Nov 2026", " SALARY ", "", "\u00a05,000.00 ", "CR", "5,000.00", "CR"));
    BankExport part = BankExport.rows("sheet", rows);
    assertThat(part.layout()).isEqualTo("KOTAK");
    StatementData s = new StatementSet().add("sheet", Format.BANK_XLSX, "KOTAK", part).clean();
    assertThat(s.data().accounts().get(0).maskedAccNumber()).isEqualTo("XXXXXX9915");
    assertThat(s.data().transactions().get(0).narration()).isEqualTo("SALARY");
    assertThat(s.data().transactions().get(0).amount().toString()).isEqualTo("5000.00");
  }
}
