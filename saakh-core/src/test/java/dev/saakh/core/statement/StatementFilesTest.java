package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.clean.Duplicate;
import dev.saakh.core.lake.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one entry point: files of any format told by content and cleaned as one statement. */
class StatementFilesTest {
  private static final String XML =
      "<Account xmlns=\"http://api.rebit.org.in/FISchema/deposit\" maskedAccNumber=\"XXXXXX1234\""
          + " type=\"deposit\" version=\"2.0.0\"><Profile><Holders type=\"SINGLE\">"
          + "<Holder name=\"Asha Traders\"/></Holders></Profile>"
          + "<Summary currentBalance=\"1300.00\" type=\"CURRENT\" ifscCode=\"HDFC0001234\"/>"
          + "<Transactions><Transaction txnId=\"T1\" type=\"CREDIT\" mode=\"UPI\" amount=\"500.00\""
          + " currentBalance=\"1500.00\" transactionTimestamp=\"2026-06-02T10:00:00+05:30\""
          + " narration=\"UPI/CR/1234/ASHA\"/></Transactions></Account>";

  private static final String JSON =
      "{\"Account\":{\"maskedAccNumber\":\"XXXXXX1234\",\"Summary\":{\"type\":\"CURRENT\","
          + "\"ifscCode\":\"HDFC0001234\",\"currentBalance\":\"1300.00\"},"
          + "\"Transactions\":{\"Transaction\":["
          + "{\"txnId\":\"T1\",\"type\":\"CREDIT\",\"mode\":\"UPI\",\"amount\":\"500.00\","
          + "\"currentBalance\":\"1500.00\",\"transactionTimestamp\":\"2026-06-02T10:00:00+05:30\","
          + "\"narration\":\"UPI/CR/1234/ASHA\"},"
          + "{\"txnId\":\"T3\",\"type\":\"DEBIT\",\"mode\":\"FT\",\"amount\":\"200.00\","
          + "\"currentBalance\":\"1300.00\",\"transactionTimestamp\":\"2026-06-03T10:00:00+05:30\","
          + "\"narration\":\"NEFT-ACME\"}]}}}";

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void anXmlAndAJsonFileOfOneAccountAreOneStatementWithTheOverlapOneDuplicate() throws IOException {
    StatementSet.Result r =
        StatementFiles.read(List.of(write("june.xml", XML), write("june.json", JSON)), null);
    StatementData s = r.statement();
    assertThat(s.format()).isEqualTo(Format.MIXED);
    assertThat(s.data().accounts()).hasSize(1);
    assertThat(s.data().transactions()).hasSize(2);
    assertThat(s.sources())
        .extracting(SourceFile::format)
        .containsExactly(Format.REBIT_DEPOSIT_XML, Format.REBIT_DEPOSIT_JSON);
    List<Duplicate> dups = s.clean().dataset(Dataset.TRANSACTIONS).duplicates();
    assertThat(dups).singleElement().satisfies(d -> assertThat(d.recordId()).isEqualTo("T1"));
    StatementReport.Location at = StatementReport.locate(s, true, dups.get(0).line());
    assertThat(at.file()).endsWith("june.json");
    assertThat(at.entry()).isEqualTo(1);
    assertThat(StatementReport.chains(s).get(0).path("break_count").asInt()).isZero();
    assertThat(StatementReport.files(s)).hasSize(2);
    assertThat(r.consents()).isEmpty();
  }

  @Test
  void cleanNdjsonIsReadAloneAndRefusedBesideOtherFiles() throws IOException {
    StatementData rebit = StatementFiles.read(List.of(write("a.json", JSON)), null).statement();
    StringBuilder ndjson = new StringBuilder();
    for (var t : rebit.data().transactions()) {
      ndjson.append(dev.saakh.core.lake.LakeJson.mapper().writeValueAsString(t)).append('\n');
    }
    Path clean = write("t.ndjson", ndjson.toString());
    assertThat(StatementFiles.read(List.of(clean), null).statement().format())
        .isEqualTo(Format.CLEAN_NDJSON);
    assertThatThrownBy(() -> StatementFiles.read(List.of(write("b.json", JSON), clean), null))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("t.ndjson")
        .hasMessageContaining("on its own");
  }

  @Test
  void workbooksAndPdfsWithoutAReaderAreRefusedNamingTheFileAndWhatItIs() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1};
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> StatementFiles.input("s.xlsx", zip, null))
        .hasMessageContaining("s.xlsx: an Excel 2007+ workbook");
    assertThatThrownBy(() -> StatementFiles.input("s.xls", ole, null))
        .hasMessageContaining("s.xls: an Excel 97-2003 workbook");
    assertThatThrownBy(() -> StatementFiles.input("s.pdf", pdf, null))
        .hasMessageContaining("s.pdf: a PDF");
  }

  @Test
  void aWorkbookIsReadThroughTheSheetsReaderGiven() {
    List<String> seen = new java.util.ArrayList<>();
    StatementFiles.Sheets sheets =
        (source, format, bytes) -> {
          seen.add(source + " " + format);
          throw new StatementException(StatementException.Code.UNKNOWN_FORMAT, source + ": x");
        };
    assertThatThrownBy(() -> StatementFiles.input("s.xlsx", new byte[] {'P', 'K', 3, 4}, sheets))
        .hasMessage("s.xlsx: x");
    assertThat(seen).containsExactly("s.xlsx BANK_XLSX");
  }

  @Test
  void nothingGivenOrAnEmptyFileIsAnError() throws IOException {
    assertThatThrownBy(() -> StatementFiles.read(List.of(), null))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("no statement file");
    Path empty = write("e.json", "  \n");
    assertThatThrownBy(() -> StatementFiles.read(List.of(empty), null))
        .hasMessageContaining("e.json: the file is empty");
  }
}
