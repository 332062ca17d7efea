package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random bytes, random grids of statement-like cells, and cuts and flips of every fixture give a
 * cleaned statement or a coded refusal naming the source, never another exception. Seeds are fixed,
 * so a failure repeats.
 */
class BankExportFuzzTest {
  private static final String[] CELLS = {
    "",
    " ",
    "Date",
    "Narration",
    "Chq./Ref.No.",
    "Value Dt",
    "Withdrawal Amt.",
    "Deposit Amt.",
    "Closing Balance",
    "Txn Date",
    "Description",
    "Debit",
    "Credit",
    "Balance",
    "Tran Date",
    "PARTICULARS",
    "DR",
    "CR",
    "BAL",
    "Amount",
    "Dr / Cr",
    "Transaction Remarks",
    "Transaction Date",
    "Withdrawal Amount (INR )",
    "Deposit Amount (INR )",
    "Balance (INR )",
    "01/11/2026",
    "31/02/26",
    "1 Nov 2026",
    "04-11-2026",
    "45965",
    "20261104",
    "2026-13-45",
    "1,23,456.78",
    "1,2,3",
    "-500",
    "(5.00)",
    "0.00",
    "1e5",
    "99999999999999999999",
    "Rs. 1,000/-",
    "Dr",
    "Cr",
    "STATEMENT SUMMARY",
    "Opening Balance",
    "********",
    "Account No : 5010012345678",
    "IFSC : HDFC0000123",
    "Name",
    "\"",
    "\u00a0",
    "\uFEFF",
    "x\ny",
    "Total"
  };

  private static final String NOISE = ",;\"\n\r*-0";

  private static final String[] FIXTURES = {
    "hdfc.csv", "icici.csv", "icici-detailed.csv", "sbi.csv", "axis.csv", "kotak.csv"
  };

  @Test
  void randomBytes() {
    Random r = new Random(15L);
    for (int i = 0; i < 2000; i++) {
      byte[] b = new byte[r.nextInt(600)];
      r.nextBytes(b);
      survivesCsv(b);
    }
  }

  @Test
  void randomCellGrids() {
    Random r = new Random(1515L);
    int readCount = 0;
    for (int i = 0; i < 3000; i++) {
      List<List<String>> rows = new ArrayList<>();
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        List<String> row = new ArrayList<>();
        int w = r.nextInt(10);
        for (int c = 0; c < w; c++) {
          row.add(CELLS[r.nextInt(CELLS.length)]);
        }
        rows.add(row);
      }
      boolean read = survivesRows(rows);
      byte[] text = csv(rows, ",;\t|".charAt(r.nextInt(4))).getBytes(StandardCharsets.UTF_8);
      assertThat(survivesCsv(text)).as("a grid reads alike as rows and as CSV").isEqualTo(read);
      readCount += read ? 1 : 0;
    }
    assertThat(readCount).as("grids read, not refused").isPositive();
  }

  @Test
  void cutsAndFlipsOfEveryFixture() throws IOException {
    Random r = new Random(151515L);
    int readCount = 0;
    for (String name : FIXTURES) {
      byte[] doc;
      try (InputStream in =
          getClass().getResourceAsStream("/dev/saakh/core/statement/exports/" + name)) {
        doc = in.readAllBytes();
      }
      for (int i = 0; i < 150; i++) {
        int at = r.nextInt(doc.length);
        survivesCsv(Arrays.copyOf(doc, at));
        byte[] flipped = doc.clone();
        for (int k = at; k < Math.min(doc.length, at + 1 + r.nextInt(4)); k++) {
          flipped[k] = (byte) (flipped[k] ^ (1 + r.nextInt(255)));
        }
        readCount += survivesCsv(flipped) ? 1 : 0;
        byte[] replaced = doc.clone();
        replaced[at] = (byte) NOISE.charAt(r.nextInt(NOISE.length()));
        survivesCsv(replaced);
      }
    }
    assertThat(readCount).as("flipped fixtures read, not refused").isPositive();
  }

  private static String csv(List<List<String>> rows, char d) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        if (c > 0) {
          b.append(d);
        }
        boolean quote = cell.indexOf(d) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
        b.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** True when the bytes were read and cleaned, false when refused with a code. */
  private static boolean survivesCsv(byte[] bytes) {
    try {
      cleans(BankExport.csv("fuzz", new ByteArrayInputStream(bytes)));
      return true;
    } catch (StatementException refused) {
      refusedWell(refused);
      return false;
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
  }

  private static boolean survivesRows(List<List<String>> rows) {
    try {
      cleans(BankExport.rows("fuzz", rows));
      return true;
    } catch (StatementException refused) {
      refusedWell(refused);
      return false;
    }
  }

  private static void cleans(BankExport part) {
    assertThat(part.transactionCount()).isPositive();
    StatementData s = new StatementSet().add("fuzz", Format.BANK_CSV, part.layout(), part).clean();
    assertThat(s.data().accounts()).hasSizeLessThanOrEqualTo(1);
  }

  private static void refusedWell(StatementException refused) {
    assertThat(refused.getMessage()).startsWith("fuzz");
    assertThat(refused.code()).isNotNull();
  }
}
