package dev.saakh.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the project's CSV export fixtures as workbooks the way banks' Excel downloads hold them:
 * account details as text, dates as real date cells (in Excel's US default format {@code m/d/yy},
 * so a reader that used the display format would misread them), amounts as numbers formatted with
 * grouping, references as text.
 */
final class Workbooks {
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]{1,2}");
  private static final List<DateTimeFormatter> DAYS =
      List.of(
          DateTimeFormatter.ofPattern("dd/MM/uu", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH));

  private Workbooks() {}

  static byte[] fixture(String name) {
    try (InputStream in =
        Workbooks.class.getResourceAsStream("/dev/saakh/core/statement/exports/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] xlsx(List<List<String>> rows) {
    return write(new XSSFWorkbook(), rows);
  }

  static byte[] xls(List<List<String>> rows) {
    return write(new HSSFWorkbook(), rows);
  }

  private static byte[] write(Workbook wb, List<List<String>> rows) {
    try (wb) {
      CellStyle day = wb.createCellStyle();
      day.setDataFormat((short) 14);
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      Sheet sheet = wb.createSheet("Statement");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String text = cells.get(c).trim();
          if (text.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          LocalDate d = day(text);
          if (d != null) {
            cell.setCellValue(d);
            cell.setCellStyle(day);
          } else if (AMOUNT.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text.replace(",", "")));
            cell.setCellStyle(money);
          } else {
            cell.setCellValue(cells.get(c));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDate day(String text) {
    for (DateTimeFormatter f : DAYS) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException e) {
        // not this pattern; try the next
      }
    }
    return null;
  }

  /**
   * The cells of a CSV text: comma separated (tab or semicolon when the first line holds one),
   * double-quoted fields with doubled quotes.
   */
  static List<List<String>> csv(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int eol = text.indexOf('\n');
    String first = text.substring(0, eol < 0 ? text.length() : eol);
    char delimiter = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 ? ';' : ',';
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == delimiter) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
