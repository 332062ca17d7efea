package dev.saakh.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementFiles;
import dev.saakh.core.statement.StatementFiles.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Banks send e-statements under a password: with the right one among those given, a protected PDF,
 * .xlsx or .xls reads as the same download unprotected; without it, it is refused saying so, and no
 * message ever holds a password.
 */
class PasswordTest {
  private static final String RIGHT = "ASHA1204";
  private static final List<String> GIVEN = List.of("wrong-one", RIGHT);

  private static StatementData read(String name, byte[] bytes, List<String> passwords) {
    return StatementFiles.readAll(List.of(new Named(name, bytes)), new OfficeSheets(passwords))
        .statement();
  }

  private static StatementData csv(String fixture) {
    return read(fixture, Workbooks.fixture(fixture), List.of());
  }

  @Test
  void aProtectedPdfReadsWithItsPasswordAndIsRefusedWithoutIt() {
    byte[] pdf =
        PdfFixtures.encryptedWith(
            PdfFixtures.statement(
                PdfFixtures.parse(PdfFixtures.csv("hdfc.csv"), ','),
                7,
                17,
                PdfFixtures.Headers.WRAPPED),
            RIGHT);
    StatementData s = read("locked.pdf", pdf, GIVEN);
    assertThat(s.sources().get(0).format()).isEqualTo(Format.BANK_PDF);
    assertThat(s.data().transactions()).hasSameSizeAs(csv("hdfc.csv").data().transactions());
    assertRefusedWithoutLeaking("locked.pdf", pdf, "a password-protected PDF");
  }

  @Test
  void aProtectedXlsxReadsWithItsPasswordAndIsRefusedWithoutIt() throws Exception {
    byte[] xlsx = encryptedXlsx(Workbooks.xlsx(Workbooks.csv(Workbooks.fixture("kotak.csv"))));
    StatementData s = read("locked.xlsx", xlsx, GIVEN);
    // told by content: an encrypted .xlsx is an OLE container, as an .xls is
    assertThat(s.sources().get(0).format()).isEqualTo(Format.BANK_XLS);
    assertThat(s.data().transactions())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("transactionId")
        .containsExactlyElementsOf(csv("kotak.csv").data().transactions());
    assertRefusedWithoutLeaking("locked.xlsx", xlsx, "locked.xlsx: a password-protected workbook");
  }

  @Test
  void aProtectedXlsReadsWithItsPasswordAndIsRefusedWithoutIt() throws IOException {
    byte[] xls = encryptedXls(Workbooks.xls(Workbooks.csv(Workbooks.fixture("sbi.csv"))));
    StatementData s = read("locked.xls", xls, GIVEN);
    assertThat(s.sources().get(0).format()).isEqualTo(Format.BANK_XLS);
    assertThat(s.data().transactions())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("transactionId")
        .containsExactlyElementsOf(csv("sbi.csv").data().transactions());
    assertRefusedWithoutLeaking("locked.xls", xls, "locked.xls: a password-protected workbook");
  }

  private static void assertRefusedWithoutLeaking(String name, byte[] bytes, String message) {
    assertThatThrownBy(() -> read(name, bytes, List.of()))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("no password was given");
    assertThatThrownBy(() -> read(name, bytes, List.of("guess-1", "guess-2")))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("none of the 2 password(s) given opens it")
        .hasMessageNotContaining("guess");
  }

  /** The package encrypted as Excel does (agile encryption in an OLE container). */
  static byte[] encryptedXlsx(byte[] xlsx)
      throws IOException, GeneralSecurityException, InvalidFormatException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword(RIGHT);
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** The workbook written with BIFF8 encryption under {@link #RIGHT}. */
  static byte[] encryptedXls(byte[] xls) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
      Biff8EncryptionKey.setCurrentUserPassword(RIGHT);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }
}
