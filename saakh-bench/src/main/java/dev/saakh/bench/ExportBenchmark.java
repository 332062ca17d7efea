package dev.saakh.bench;

import dev.saakh.core.statement.BankExport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link BankExport#csv} on an in-memory download of {@value #ROWS} transactions, single-threaded:
 * one operation is one transaction row read (split, dates, amounts and balance parsed), so the
 * score is transactions per second per thread. The file is an HDFC-layout download with a preamble,
 * quoted lakh-grouped amounts, padded date cells and a summary footer, or a Kotak one with an
 * Amount and Dr/Cr columns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {
  static final int ROWS = 100_000;

  private static final String[] NARRATIONS = {
    "UPI-MEERA STORES-meerastores@okaxis-UTIB0000123-412300000101-GROCERY",
    "NEFT CR-KKBK0000958-NIMBUS SOFTLABS PVT LTD-SALARY NOV",
    "ACH D- ZENITH FINANCE LTD-ZF00099911",
    "ATW-416021XXXXXX9911-S1AW0001-PUNE",
    "IMPS-412300000777-RAVI PATIL-SBIN-XXXXXXX4321-RENT DEC",
    "POS 416021XXXXXX9911 CORNER PHARMACY"
  };

  @Param({"HDFC", "KOTAK"})
  public String layout;

  private byte[] file;

  @Setup
  public void generate() {
    file = csv(layout, ROWS).getBytes(StandardCharsets.UTF_8);
  }

  /** A download of {@code rows} transactions in {@code layout}, the balance chain intact. */
  public static String csv(String layout, int rows) {
    boolean hdfc = layout.equals("HDFC");
    StringBuilder b = new StringBuilder(rows * 130);
    b.append("\"MR TEST HOLDER\",,,\"Account No :50100000001234\",,,\r\n");
    b.append("\"RTGS/NEFT IFSC :HDFC0000123\",,,,,,\r\n");
    b.append(
        hdfc
            ? "Date,Narration,Chq./Ref.No.,Value Dt,Withdrawal Amt.,Deposit Amt.,Closing Balance\r\n"
            : "Sl. No.,Date,Description,Chq / Ref No.,Amount,Dr / Cr,Balance,Dr / Cr\r\n");
    long balance = 1_000_000_000_000L; // ₹10^10: no row overdraws it
    for (int i = 0; i < rows; i++) {
      int day = 1 + (i / 400) % 28;
      int month = 1 + (i / (400 * 28)) % 12;
      long paise = 10_000L + (i * 7919L) % 9_000_000L;
      boolean credit = i % 3 == 0;
      balance += credit ? paise : -paise;
      String date = String.format("%02d/%02d/%02d", day, month, 26);
      String narration = NARRATIONS[i % NARRATIONS.length];
      String ref = String.format("%016d", 412_300_000_000L + i);
      if (hdfc) {
        b.append("  ").append(date).append("  ,\"").append(narration).append("\",").append(ref);
        b.append(',').append(date).append(',');
        b.append(credit ? "" : lakh(paise)).append(',').append(credit ? lakh(paise) : "");
        b.append(',').append(lakh(balance)).append("\r\n");
      } else {
        b.append(i + 1).append(',').append(date).append(",\"").append(narration).append("\",");
        b.append(ref).append(',').append(lakh(paise)).append(credit ? ",CR," : ",DR,");
        b.append(lakh(Math.abs(balance))).append(balance < 0 ? ",DR" : ",CR").append("\r\n");
      }
    }
    b.append("********,********,********,********,********,********,********\r\n");
    b.append("STATEMENT SUMMARY  :-,,,,,,\r\n");
    return b.toString();
  }

  /** Paise as a quoted lakh-grouped amount: {@code "1,23,456.78"}. */
  static String lakh(long paise) {
    String rupees = Long.toString(paise / 100);
    StringBuilder b = new StringBuilder("\"");
    int head = rupees.length() - 3;
    if (head > 0) {
      String h = rupees.substring(0, head);
      for (int i = 0; i < h.length(); i++) {
        b.append(h.charAt(i));
        if ((h.length() - i) % 2 == 1 && i < h.length() - 1) {
          b.append(',');
        }
      }
      b.append(',').append(rupees, head, rupees.length());
    } else {
      b.append(rupees);
    }
    long cents = paise % 100;
    return b.append(cents < 10 ? ".0" : ".").append(cents).append('"').toString();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long readCsv() throws IOException {
    return BankExport.csv("bench.csv", new ByteArrayInputStream(file)).transactionCount();
  }
}
