package dev.saakh.files;

import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The first sheet of an Excel 97-2003 workbook through POI's HSSF. The format holds the whole
 * workbook as one record stream, so it is read whole; a statement's workbook is small. An OLE file
 * that holds an encrypted Excel 2007+ package (a password-protected .xlsx) is refused as such.
 */
final class XlsRows {
  private static final String WHAT = "Excel 97-2003 workbook (.xls)";

  private XlsRows() {}

  static List<List<String>> read(String source, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        throw passworded(source);
      }
      if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")
          && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
        throw new StatementException(
            Code.UNKNOWN_FORMAT,
            source + ": an Office file that is not an Excel workbook (a Word or other document)");
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
        if (wb.getNumberOfSheets() == 0) {
          throw new StatementException(Code.EMPTY, source + ": the workbook has no sheet");
        }
        return rows(source, wb.getSheetAt(0));
      }
    } catch (EncryptedDocumentException e) {
      throw passworded(source);
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

  private static StatementException passworded(String source) {
    return new StatementException(
        Code.UNKNOWN_FORMAT,
        source + ": a password-protected workbook; save it without a password or download CSV");
  }
}
