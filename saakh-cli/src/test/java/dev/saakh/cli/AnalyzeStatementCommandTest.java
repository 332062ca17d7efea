package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.BankStatementFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saakh analyze-statement}: a statement with nothing left after cleaning is refused, not
 * analysed as empty; repeated clean lines are removed and counted; quarantine says why.
 */
class AnalyzeStatementCommandTest {
  @TempDir Path tmp;

  /** An HDFC download's table: the header and two transactions, amounts lakh-grouped. */
  private static final String[][] HDFC_TABLE = {
    {
      "Date",
      "Narration",
      "Chq./Ref.No.",
      "Value Dt",
      "Withdrawal Amt.",
      "Deposit Amt.",
      "Closing Balance"
    },
    {
      "03/11/26",
      "UPI-MEERA STORES-meerastores@okaxis-UTIB0000123-412300000101-GROCERY",
      "0000412300000101",
      "03/11/26",
      "1,245.50",
      "",
      "44,433.40"
    },
    {
      "04/11/26",
      "NEFT CR-KKBK0000958-NIMBUS SOFTLABS PVT LTD-SALARY NOV",
      "KKBKN12345000001",
      "04/11/26",
      "",
      "1,23,456.78",
      "1,67,890.18"
    }
  };

  /** A fictional ReBIT DEPOSIT account with three entries; amounts replaceable. */
  private static String rebit(String a1, String a2, String a3) {
    return """
        {"Account": {"type": "deposit", "maskedAccNumber": "XXXXXXXX4321",
          "Profile": {"Holders": {"Holder": {"name": "ASHA RAO", "pan": "ABCPR1234K"}}},
          "Summary": {"currentBalance": "41500.00", "currency": "INR", "type": "SAVINGS",
                      "ifscCode": "HDFC0001234", "branch": "Pune", "openingDate": "2020-01-15",
                      "balanceDateTime": "2025-02-06T23:59:59+05:30"},
          "Transactions": {"Transaction": [
            {"txnId": "R1", "type": "CREDIT", "mode": "FT", "amount": "%s",
             "currentBalance": "50000.00", "transactionTimestamp": "2025-02-01T10:00:00+05:30",
             "narration": "NEFT CR-HDFC0001234-ACME LTD-SALARY FEB"},
            {"txnId": "R2", "type": "DEBIT", "mode": "CARD", "amount": "%s",
             "currentBalance": "48500.00", "transactionTimestamp": "2025-02-02T12:00:00+05:30",
             "narration": "POS 4111XXXX1111 DMART"},
            {"txnId": "R3", "type": "DEBIT", "mode": "ATM", "amount": "%s",
             "currentBalance": "41500.00", "transactionTimestamp": "2025-02-03T18:00:00+05:30",
             "narration": "NWD-416021XXXXXX4321-S1AW0042-PUNE"}
          ]}}}
        """
        .formatted(a1, a2, a3);
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> cleanLines() throws IOException {
    List<Transaction> txns =
        BankStatementFile.parse(
                rebit("50000.00", "1500.00", "7000.00").getBytes(StandardCharsets.UTF_8), "x")
            .data()
            .transactions();
    List<String> lines = new java.util.ArrayList<>();
    for (Transaction t : txns) {
      lines.add(LakeJson.mapper().writeValueAsString(t));
    }
    return lines;
  }

  @Test
  void aStatementWhoseEveryEntryIsQuarantinedIsRefusedInOneLine() throws IOException {
    Path file = write("deposit.json", rebit("abc", "1,500.00 Cr Dr", "xyz"));
    var run = saakh("analyze-statement", file.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "saakh: " + file + ": no transaction survived cleaning (3 entries quarantined: ")
        .contains("UNPARSEABLE_AMOUNT")
        .endsWith("); nothing to analyse\n")
        .hasLineCount(1);
  }

  @Test
  void quarantinedEntriesAreListedWithTheirReasons() throws IOException {
    var run =
        saakh("analyze-statement", write("d.json", rebit("50000.00", "abc", "7000.00")).toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.at("/clean_transactions").asInt()).isEqualTo(2);
    assertThat(out.at("/quarantined_transactions").asInt()).isEqualTo(1);
    JsonNode q = out.at("/quarantined/0");
    assertThat(q.at("/dataset").asText()).isEqualTo("transactions");
    assertThat(q.at("/line").asInt()).isEqualTo(2);
    assertThat(q.at("/record_id").asText()).isEqualTo("R2");
    assertThat(q.at("/reasons/0/code").asText()).isEqualTo("UNPARSEABLE_AMOUNT");
    assertThat(q.at("/reasons/0/field").asText()).isEqualTo("amount");
    assertThat(out.at("/duplicate_transactions").asInt()).isZero();
  }

  @Test
  void repeatedCleanLinesAreRemovedAndCounted() throws IOException {
    List<String> l = cleanLines();
    String text = String.join("\n", l.get(0), l.get(1), l.get(0), l.get(2), l.get(1)) + "\n";
    var run = saakh("analyze-statement", write("t.ndjson", text).toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.at("/format").asText()).isEqualTo("CLEAN_NDJSON");
    assertThat(out.at("/clean_transactions").asInt()).isEqualTo(3);
    assertThat(out.at("/duplicate_transactions").asInt()).isEqualTo(2);
    assertThat(out.at("/duplicates/0/line").asInt()).isEqualTo(3);
    assertThat(out.at("/duplicates/0/transaction_id").asText()).isEqualTo("R1");
    assertThat(out.at("/duplicates/0/duplicate_of_line").asInt()).isEqualTo(1);
    assertThat(out.at("/duplicates/1/line").asInt()).isEqualTo(5);
    String once = String.join("\n", l) + "\n";
    JsonNode single =
        new ObjectMapper()
            .readTree(saakh("analyze-statement", write("o.ndjson", once).toString()).out());
    assertThat(out.at("/behavioral_signals")).isEqualTo(single.at("/behavioral_signals"));
  }

  @Test
  void theSameIdWithOtherContentIsRefusedNamingBothLines() throws IOException {
    List<String> l = cleanLines();
    String other = l.get(1).replace("\"amount\":1500.00", "\"amount\":1600.00");
    assertThat(other).isNotEqualTo(l.get(1));
    Path file = write("c.ndjson", String.join("\n", l.get(0), l.get(1), l.get(2), other));
    var run = saakh("analyze-statement", file.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "saakh: "
                + file
                + ": line 4 has the transaction_id R2 of line 2 but a different amount; a"
                + " statement holds each transaction once, so which is right cannot be told\n");
  }

  @Test
  void twoOverlappingFilesAreOneStatementReportingFilesDuplicatesAndChains() throws IOException {
    Path first = write("feb-a.json", rebit("50000.00", "1500.00", "7000.00"));
    String later =
        rebit("50000.00", "1500.00", "7000.00")
            .replace("\"R1\"", "\"R9\"")
            .replace("\"currentBalance\": \"48500.00\"", "\"currentBalance\": \"48000.00\"");
    Path second = write("feb-b.json", later);
    var run = saakh("analyze-statement", first.toString(), second.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.at("/files").size()).isEqualTo(2);
    assertThat(out.at("/files/1/name").asText()).endsWith("feb-b.json");
    assertThat(out.at("/files/1/accounts_merged_with_earlier_files").asInt()).isEqualTo(1);
    assertThat(out.at("/duplicate_transactions").asInt()).isEqualTo(2);
    assertThat(out.at("/duplicates/0/file").asText()).endsWith("feb-b.json");
    assertThat(out.at("/duplicates/0/file_entry").asInt()).isEqualTo(1);
    assertThat(out.at("/clean_transactions").asInt()).isEqualTo(4);
    assertThat(out.at("/balance_chains").size()).isEqualTo(1);
    assertThat(out.at("/balance_chains/0/break_count").asInt()).isPositive();
    assertThat(out.at("/consents").size()).isZero();
  }

  @Test
  void aFileFromWhichNothingIsReadIsAnErrorNamingIt() throws IOException {
    Path good = write("a.json", rebit("50000.00", "1500.00", "7000.00"));
    Path none =
        write(
            "b.json",
            "{\"Account\": {\"maskedAccNumber\": \"XX9\", \"Transactions\": {\"Transaction\": []}}}");
    var run = saakh("analyze-statement", good.toString(), none.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err())
        .startsWith("saakh: " + none + ": nothing was read from it")
        .hasLineCount(1);
  }

  @Test
  void anXlsxDownloadIsReadAndABrokenOneRefusedInOneLine() throws IOException {
    Path xlsx = tmp.resolve("hdfc.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(xlsx)) {
      var sheet = wb.createSheet("Statement");
      String[][] rows = new String[HDFC_TABLE.length + 1][];
      rows[0] = new String[] {"HDFC BANK Ltd."};
      System.arraycopy(HDFC_TABLE, 0, rows, 1, HDFC_TABLE.length);
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    var run = saakh("analyze-statement", xlsx.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.at("/files/0/format").asText()).isEqualTo("BANK_XLSX");
    assertThat(out.at("/files/0/layout").asText()).isEqualTo("HDFC");
    assertThat(out.at("/clean_transactions").asInt()).isEqualTo(2);

    byte[] broken = Files.readAllBytes(xlsx);
    Path half = Files.write(tmp.resolve("half.xlsx"), java.util.Arrays.copyOf(broken, 700));
    var bad = saakh("analyze-statement", half.toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).startsWith("saakh: " + half + ": not a readable Excel").hasLineCount(1);
  }

  @Test
  void aTextPdfStatementIsReadAndAScannedOneRefusedSayingSo() throws IOException {
    Path pdf = textPdf(tmp.resolve("hdfc.pdf"));
    var run = saakh("analyze-statement", pdf.toString());
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(run.out());
    assertThat(out.at("/files/0/format").asText()).isEqualTo("BANK_PDF");
    assertThat(out.at("/clean_transactions").asInt()).isEqualTo(2);

    Path scanned = tmp.resolve("scanned.pdf");
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(scanned.toFile());
    }
    var bad = saakh("analyze-statement", scanned.toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err())
        .startsWith("saakh: " + scanned + ": ")
        .contains("scanned")
        .hasLineCount(1);
  }

  @Test
  void aProtectedPdfIsReadWithItsPasswordFromAFileAndRefusedWithoutIt() throws IOException {
    Path pdf = textPdf(tmp.resolve("open.pdf"));
    Path locked = tmp.resolve("locked.pdf");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-x", "RAVI0101", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(locked.toFile());
    }
    var none = saakh("analyze-statement", locked.toString());
    assertThat(none.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(none.err())
        .startsWith("saakh: " + locked + ": a password-protected PDF")
        .contains("no password was given")
        .hasLineCount(1);

    var wrong = saakh("analyze-statement", "--password", "guess", locked.toString());
    assertThat(wrong.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(wrong.err()).contains("none of the 1 password(s)").doesNotContain("guess");

    Path passwords = Files.writeString(tmp.resolve("pw.txt"), "guess\r\nRAVI0101\r\n");
    var run =
        saakh("analyze-statement", "--password-file", passwords.toString(), locked.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/clean_transactions").asInt())
        .isEqualTo(2);
  }

  /** A one-page text PDF with an HDFC-style table, each cell drawn at its column's left edge. */
  private static Path textPdf(Path pdf) throws IOException {
    String[][] rows = HDFC_TABLE;
    float[] left = {20, 70, 390, 470, 520, 600, 680};
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page =
          new org.apache.pdfbox.pdmodel.PDPage(
              new org.apache.pdfbox.pdmodel.common.PDRectangle(842, 595));
      doc.addPage(page);
      var font =
          new org.apache.pdfbox.pdmodel.font.PDType1Font(
              org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
      try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        text.setFont(font, 7);
        text.beginText();
        text.newLineAtOffset(20, 560);
        text.showText("HDFC BANK Ltd.  Statement of account");
        text.endText();
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < rows[r].length; c++) {
            text.beginText();
            text.newLineAtOffset(left[c], 530 - 14f * r);
            text.showText(rows[r][c]);
            text.endText();
          }
        }
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }
}
