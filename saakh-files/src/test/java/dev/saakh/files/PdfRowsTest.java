package dev.saakh.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementFiles;
import dev.saakh.core.statement.StatementFiles.Named;
import dev.saakh.files.PdfFixtures.Headers;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PdfRowsTest {
  private static final byte[] HDFC = pdf("hdfc.csv", ',', 7, 17, Headers.WRAPPED);

  private static byte[] pdf(String csv, char delimiter, int header, int last, Headers headers) {
    return PdfFixtures.statement(
        PdfFixtures.parse(PdfFixtures.csv(csv), delimiter), header, last, headers);
  }

  /** What a transaction says, without the ids (which name the file's account). */
  private static List<String> read(String name, byte[] bytes) {
    List<String> out = new ArrayList<>();
    for (Transaction t :
        StatementFiles.readAll(List.of(new Named(name, bytes)), new OfficeSheets())
            .statement()
            .data()
            .transactions()) {
      out.add(
          String.join(
              " | ",
              String.valueOf(t.date()),
              String.valueOf(t.valueDate()),
              String.valueOf(t.type()),
              String.valueOf(t.amount()),
              String.valueOf(t.direction()),
              String.valueOf(t.reference()),
              String.valueOf(t.narration()),
              String.valueOf(t.balanceAfter())));
    }
    return out;
  }

  private static void sameAsCsv(String csv, byte[] pdf) {
    List<String> expected = read("x.csv", PdfFixtures.csv(csv));
    assertThat(expected).hasSize(8);
    assertThat(read("x.pdf", pdf)).containsExactlyElementsOf(expected);
  }

  @Test
  void anHdfcPdfWithAWrappedHeaderReadsAsItsCsv() {
    sameAsCsv("hdfc.csv", HDFC);
  }

  @Test
  void aKotakPdfReadsAsItsCsv() {
    sameAsCsv("kotak.csv", pdf("kotak.csv", ',', 6, 14, Headers.RIGHT));
  }

  @Test
  void aKotakPdfWithHeadersLeftOfTheirRightAlignedAmountsReadsAsItsCsv() {
    sameAsCsv("kotak.csv", pdf("kotak.csv", ',', 6, 14, Headers.LEFT));
  }

  @Test
  void anAxisPdfReadsAsItsCsv() {
    sameAsCsv("axis.csv", pdf("axis.csv", ',', 6, 14, Headers.RIGHT));
  }

  @Test
  void anAxisPdfWithCentredHeadersReadsAsItsCsv() {
    sameAsCsv("axis.csv", pdf("axis.csv", ',', 6, 14, Headers.CENTRED));
  }

  @Test
  void anHdfcPdfWithCentredHeadersReadsAsItsCsv() {
    sameAsCsv("hdfc.csv", pdf("hdfc.csv", ',', 7, 17, Headers.CENTRED));
  }

  @Test
  void anSbiPdfReadsAsItsCsv() {
    sameAsCsv("sbi.csv", pdf("sbi.csv", '\t', 10, 18, Headers.RIGHT));
  }

  @Test
  void anIciciPdfWithAWrappedHeaderReadsAsItsCsv() {
    sameAsCsv("icici.csv", pdf("icici.csv", ',', 7, 15, Headers.WRAPPED));
  }

  @Test
  void anIciciDetailedPdfReadsAsItsCsv() {
    sameAsCsv("icici-detailed.csv", pdf("icici-detailed.csv", ';', 3, 11, Headers.LEFT));
  }

  @Test
  void theRowsAreTheCsvsRowsWithTheRepeatedHeaderAndPageNumbersLeftOut() {
    List<List<String>> rows = new ArrayList<>();
    new OfficeSheets().rows("x.pdf", Format.BANK_PDF, HDFC).forEach(rows::add);
    assertThat(rows)
        .contains(
            List.of(
                "Date",
                "Narration",
                "Chq./Ref.No.",
                "Value Dt",
                "Withdrawal Amt.",
                "Deposit Amt.",
                "Closing Balance"))
        .contains(List.of("", "BIN-XXXXXXX4321-RENT DEC", "", "", "", "", ""))
        .contains(List.of("MR ASHA VERMA", "Account Branch :PUNE CAMP"))
        .noneMatch(r -> String.join(" ", r).contains("Page"));
    assertThat(rows.stream().filter(r -> r.contains("Narration"))).hasSize(1);
  }

  @Test
  void aScannedPdfIsRefusedSayingSo() {
    assertThatThrownBy(() -> read("scan.pdf", PdfFixtures.scanned()))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("scan.pdf")
        .hasMessageContaining("scanned");
  }

  @Test
  void aPasswordProtectedPdfIsRefusedSayingSo() {
    assertThatThrownBy(() -> read("locked.pdf", PdfFixtures.encrypted(HDFC)))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("locked.pdf")
        .hasMessageContaining("password");
  }

  @Test
  void aTextPdfWithoutATableIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> read("letter.pdf", PdfFixtures.letter()))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("letter.pdf")
        .hasMessageContaining("without a statement table");
  }

  @Property(tries = 200)
  void randomBytesAfterAPdfHeaderAreReadOrRefused(@ForAll("garbage") byte[] bytes) {
    readOrRefused(bytes);
  }

  @Property(tries = 200)
  void aFixtureWithBytesFlippedIsReadOrRefused(@ForAll("flipped") byte[] bytes) {
    readOrRefused(bytes);
  }

  private static void readOrRefused(byte[] bytes) {
    try {
      for (List<String> row : new OfficeSheets().rows("f.pdf", Format.BANK_PDF, bytes)) {
        assertThat(row).isNotNull();
      }
    } catch (StatementException e) {
      assertThat(e.getMessage()).startsWith("f.pdf: ").doesNotContain("Exception", "\tat ");
    }
  }

  @Provide
  Arbitrary<byte[]> garbage() {
    byte[] head = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return Arbitraries.bytes()
        .array(byte[].class)
        .ofMaxSize(2048)
        .map(
            tail -> {
              byte[] b = java.util.Arrays.copyOf(head, head.length + tail.length);
              System.arraycopy(tail, 0, b, head.length, tail.length);
              return b;
            });
  }

  @Provide
  Arbitrary<byte[]> flipped() {
    return Arbitraries.integers()
        .between(0, HDFC.length - 1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20)
        .map(
            at -> {
              byte[] b = HDFC.clone();
              for (int i : at) {
                b[i] = (byte) (b[i] ^ (1 << (i % 8)));
              }
              return b;
            });
  }
}
