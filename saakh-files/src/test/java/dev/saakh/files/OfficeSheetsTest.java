package dev.saakh.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.lake.Dataset;
import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementFiles;
import dev.saakh.core.statement.StatementFiles.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbooks of the five banks' layouts read as their CSV downloads are, and refusals named. */
class OfficeSheetsTest {
  private static final OfficeSheets SHEETS = new OfficeSheets();

  private static StatementData read(String name, byte[] bytes) {
    return StatementFiles.readAll(List.of(new Named(name, bytes)), SHEETS).statement();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"hdfc.csv", "icici.csv", "icici-detailed.csv", "sbi.csv", "axis.csv", "kotak.csv"})
  void anXlsxDownloadReadsAsItsCsv(String fixture) {
    byte[] csv = Workbooks.fixture(fixture);
    StatementData fromCsv = read(fixture, csv);
    StatementData fromXlsx = read("statement.xlsx", Workbooks.xlsx(Workbooks.csv(csv)));
    assertThat(fromXlsx.sources().get(0).format()).isEqualTo(Format.BANK_XLSX);
    assertSameStatement(fromXlsx, fromCsv);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"hdfc.csv", "icici.csv", "icici-detailed.csv", "sbi.csv", "axis.csv", "kotak.csv"})
  void anXlsDownloadReadsAsItsCsv(String fixture) {
    byte[] csv = Workbooks.fixture(fixture);
    StatementData fromCsv = read(fixture, csv);
    StatementData fromXls = read("statement.xls", Workbooks.xls(Workbooks.csv(csv)));
    assertThat(fromXls.sources().get(0).format()).isEqualTo(Format.BANK_XLS);
    assertSameStatement(fromXls, fromCsv);
  }

  private static void assertSameStatement(StatementData actual, StatementData expected) {
    assertThat(actual.data().transactions()).isNotEmpty();
    assertThat(actual.data().transactions())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("transactionId")
        .containsExactlyElementsOf(expected.data().transactions());
    assertThat(actual.data().accounts())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyElementsOf(expected.data().accounts());
    assertThat(actual.clean().dataset(Dataset.TRANSACTIONS).quarantined())
        .extracting(q -> q.reasons())
        .isEqualTo(
            expected.clean().dataset(Dataset.TRANSACTIONS).quarantined().stream()
                .map(q -> q.reasons())
                .toList());
  }

  @Test
  void numbersAreWrittenPlainAndDateCellsAsTheirDay() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Date", "Amount", "Account", "Note"));
    rows.add(List.of("03/11/26", "1,23,456.78", "50100099911234", "x"));
    List<List<String>> read = new ArrayList<>();
    SHEETS.rows("a.xlsx", Format.BANK_XLSX, Workbooks.xlsx(rows)).forEach(read::add);
    assertThat(read.get(1)).containsExactly("03/11/2026", "123456.78", "50100099911234", "x");
    List<List<String>> old = new ArrayList<>();
    SHEETS.rows("a.xls", Format.BANK_XLS, Workbooks.xls(rows)).forEach(old::add);
    assertThat(old).isEqualTo(read);
    assertThat(CellText.number("1.2345E5")).isEqualTo("123450");
    assertThat(CellText.number("1245.0")).isEqualTo("1245");
    assertThat(CellText.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
  }

  @Test
  void aZipThatIsNoWorkbookIsRefusedSaying() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("statement.csv"));
      zip.write("Date,Narration\n".getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(
        "bundle.zip", out.toByteArray(), "bundle.zip: a ZIP archive that is not an Excel workbook");
  }

  @Test
  void aPasswordProtectedWorkbookIsRefusedSaying() throws IOException {
    assertRefused(
        "locked.xlsx", ole("EncryptedPackage"), "locked.xlsx: a password-protected workbook");
  }

  @Test
  void anOfficeFileThatIsNoWorkbookIsRefusedSaying() throws IOException {
    assertRefused(
        "letter.doc",
        ole("WordDocument"),
        "letter.doc: an Office file that is not an Excel workbook");
  }

  @Test
  void aWorkbookWithoutAStatementIsRefusedNamingTheFile() {
    byte[] wb = Workbooks.xlsx(List.of(List.of("Name", "Marks"), List.of("Asha", "91")));
    assertRefused("marks.xlsx", wb, "marks.xlsx: no header row of a known bank layout");
  }

  @Test
  void aTruncatedWorkbookIsRefusedNamingTheFile() {
    byte[] wb = Workbooks.xlsx(Workbooks.csv(Workbooks.fixture("hdfc.csv")));
    byte[] half = java.util.Arrays.copyOf(wb, wb.length / 2);
    assertRefused("half.xlsx", half, "half.xlsx: not a readable Excel 2007+ workbook");
  }

  private static byte[] ole(String entry) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static void assertRefused(String name, byte[] bytes, String message) {
    assertThatThrownBy(() -> read(name, bytes))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith(message);
  }
}
