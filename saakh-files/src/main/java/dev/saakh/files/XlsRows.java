package dev.saakh.files;

import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet of an Excel 97-2003 workbook through POI's HSSF. The format holds the whole
 * workbook as one record stream, so it is read whole; a statement's workbook is small. An OLE file
 * that holds an encrypted Excel 2007+ package (a password-protected .xlsx) is decrypted with the
 * first of the given passwords that opens it and read as an .xlsx; a password-protected .xls is
 * opened the same way. Without a password that opens it, either is refused as password-protected.
 */
final class XlsRows {
  private static final String WHAT = "Excel 97-2003 workbook (.xls)";

  /** A decrypted package larger than this is no statement's workbook. */
  private static final int MAX_DECRYPTED = 64 << 20;

  private XlsRows() {}

  static Iterable<List<String>> read(String source, byte[] bytes, List<String> passwords) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        return XlsxRows.read(source, decrypted(source, fs, passwords));
      }
      if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")
          && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
        throw new StatementException(
            Code.UNKNOWN_FORMAT,
            source + ": an Office file that is not an Excel workbook (a Word or other document)");
      }
      return workbook(source, fs, passwords);
    } catch (EncryptedDocumentException | GeneralSecurityException e) {
      throw passworded(source, passwords);
    } catch (OldExcelFormatException e) {
      throw new StatementException(
          Code.UNKNOWN_FORMAT,
          source + ": an Excel 5.0/95 workbook, older than Saakh reads; save it as .xlsx or CSV");
    } catch (IOException | RuntimeException e) {
      if (e instanceof StatementException s) {
        throw s;
      }
      throw OfficeSheets.unreadable(source, WHAT, e);
    }
  }

  /** The package of an encrypted .xlsx, decrypted with the first password that opens it. */
  private static byte[] decrypted(String source, POIFSFileSystem fs, List<String> passwords)
      throws IOException, GeneralSecurityException {
    if (passwords.isEmpty()) {
      throw passworded(source, passwords);
    }
    Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
    for (String password : passwords) {
      if (decryptor.verifyPassword(password)) {
        try (InputStream in = decryptor.getDataStream(fs)) {
          byte[] plain = in.readNBytes(MAX_DECRYPTED + 1);
          if (plain.length > MAX_DECRYPTED) {
            throw new StatementException(
                Code.TOO_LARGE, source + ": the decrypted workbook is larger than 64 MiB");
          }
          return plain;
        }
      }
    }
    throw passworded(source, passwords);
  }

  /**
   * The first sheet's rows. A password-protected .xls is opened with each password in turn (POI
   * takes it through a thread-local, cleared after every try).
   */
  private static List<List<String>> workbook(
      String source, POIFSFileSystem fs, List<String> passwords) throws IOException {
    try {
      return sheet(source, fs);
    } catch (EncryptedDocumentException locked) {
      for (String password : passwords) {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
          return sheet(source, fs);
        } catch (EncryptedDocumentException wrong) {
          // the next password
        } finally {
          Biff8EncryptionKey.setCurrentUserPassword(null);
        }
      }
      throw passworded(source, passwords);
    }
  }

  private static List<List<String>> sheet(String source, POIFSFileSystem fs) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
      if (wb.getNumberOfSheets() == 0) {
        throw new StatementException(Code.EMPTY, source + ": the workbook has no sheet");
      }
      return rows(source, wb.getSheetAt(0));
    }
  }

  private static List<List<String>> rows(String source, Sheet sheet) {
    List<List<String>> rows = new ArrayList<>(sheet.getPhysicalNumberOfRows());
    for (Row row : sheet) {
      int last = row.getLastCellNum();
      if (last > OfficeSheets.MAX_COLUMNS) {
        throw OfficeSheets.tooWide(source, row.getRowNum() + 1);
      }
      List<String> cells = new ArrayList<>(Math.max(last, 0));
      for (int c = 0; c < last; c++) {
        cells.add(text(row.getCell(c)));
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    return rows;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC -> number(cell);
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime t = cell.getLocalDateTimeCellValue();
      if (t != null) {
        return CellText.day(t.toLocalDate());
      }
    }
    return CellText.number(cell.getNumericCellValue());
  }

  private static StatementException passworded(String source, List<String> passwords) {
    return new StatementException(
        Code.UNKNOWN_FORMAT,
        source + ": a password-protected workbook; " + OfficeSheets.passwordHint(passwords));
  }
}
