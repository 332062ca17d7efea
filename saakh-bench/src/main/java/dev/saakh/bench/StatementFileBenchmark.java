package dev.saakh.bench;

import dev.saakh.core.statement.StatementFiles;
import dev.saakh.files.OfficeSheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * The one entry point {@link StatementFiles#input} on an in-memory file of {@value #ROWS}
 * transactions, single-threaded, format told by content as for an upload: one operation is one
 * transaction read into the statement part (not cleaned), so the score is transactions per second
 * per thread. {@code CSV}, {@code XLSX} and {@code XLS} hold the same HDFC-layout download as
 * {@link ExportBenchmark} (the workbooks with text cells, as banks' downloads have them); {@code
 * REBIT_XML} is a ReBIT DEPOSIT account in the spec's XML form with as many transactions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatementFileBenchmark {
  /** Below XLS's 65,536-row sheet limit, so every format holds the same rows. */
  static final int ROWS = 50_000;

  private static final OfficeSheets SHEETS = new OfficeSheets();

  @Param({"CSV", "XLSX", "XLS", "REBIT_XML"})
  public String format;

  private byte[] file;

  @Setup
  public void generate() {
    String csv = ExportBenchmark.csv("HDFC", ROWS);
    file =
        switch (format) {
          case "CSV" -> csv.getBytes(StandardCharsets.UTF_8);
          case "XLSX" -> workbook(new SXSSFWorkbook(100), csv);
          case "XLS" -> workbook(new HSSFWorkbook(), csv);
          case "REBIT_XML" -> rebitXml(ROWS);
          default -> throw new IllegalArgumentException("format " + format);
        };
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long read() {
    return StatementFiles.input("bench", file, SHEETS).part().transactionCount();
  }

  /** The CSV's rows as text cells of a workbook's first sheet (closing it removes temp files). */
  static byte[] workbook(Workbook wb, String csv) {
    try (wb) {
      Sheet sheet = wb.createSheet("Statement");
      List<String> lines = csv.lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = cells(lines.get(r));
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of {@link ExportBenchmark#csv}'s output split at commas outside quotes. */
  private static List<String> cells(String line) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** A ReBIT DEPOSIT account (XML, schema 2.0.0) of {@code rows} transactions, chain intact. */
  static byte[] rebitXml(int rows) {
    StringBuilder b = new StringBuilder(rows * 330);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<Account xmlns=\"http://api.rebit.org.in/FISchema/deposit\" linkedAccRef=\"R1\"")
        .append(" maskedAccNumber=\"XXXXXX1234\" type=\"deposit\" version=\"2.0.0\">")
        .append("<Profile><Holders type=\"SINGLE\"><Holder name=\"Test Holder\"")
        .append(" pan=\"ABCDE1234F\" mobile=\"9800000001\"/></Holders></Profile>")
        .append("<Summary currentBalance=\"100.00\" currency=\"INR\" type=\"SAVINGS\"")
        .append(" ifscCode=\"HDFC0001234\" branch=\"Pune\" openingDate=\"2019-04-01\"")
        .append(" balanceDateTime=\"2026-12-31T23:59:59+05:30\"/>")
        .append("<Transactions startDate=\"2026-01-01\" endDate=\"2026-12-31\">");
    long balance = 1_000_000_000_000L;
    for (int i = 0; i < rows; i++) {
      long paise = 10_000L + (i * 7919L) % 9_000_000L;
      boolean credit = i % 3 == 0;
      balance += credit ? paise : -paise;
      String day = String.format("2026-%02d-%02d", 1 + (i / (400 * 28)) % 12, 1 + (i / 400) % 28);
      b.append("<Transaction txnId=\"T")
          .append(i)
          .append(credit ? "\" type=\"CREDIT\" mode=\"FT\"" : "\" type=\"DEBIT\" mode=\"UPI\"")
          .append(" amount=\"")
          .append(paise / 100)
          .append('.')
          .append(String.format("%02d", paise % 100))
          .append("\" currentBalance=\"")
          .append(balance / 100)
          .append('.')
          .append(String.format("%02d", balance % 100))
          .append("\" transactionTimestamp=\"")
          .append(day)
          .append("T10:00:00+05:30\" valueDate=\"")
          .append(day)
          .append("\" narration=\"")
          .append(credit ? "NEFT CR-KKBK0000958-NIMBUS SOFTLABS PVT LTD-SALARY" : "UPI/DR/")
          .append(credit ? "" : 412_300_000_000L + i + "/MEERA STORES/meerastores@okaxis")
          .append("\" reference=\"")
          .append(412_300_000_000L + i)
          .append("\"/>");
    }
    return b.append("</Transactions></Account>").toString().getBytes(StandardCharsets.UTF_8);
  }
}
