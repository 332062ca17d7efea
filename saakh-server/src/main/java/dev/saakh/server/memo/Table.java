package dev.saakh.server.memo;

import dev.saakh.server.memo.CreditMemo.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of the workbook as a table: a bold, frozen header row with an autofilter, then rows of
 * typed cells (numbers as numbers in lakh grouping, dates as dates, text as text).
 */
final class Table {
  /** Rupees in lakh and crore grouping: 1,23,45,678.00 (negatives in the plain grouping). */
  static final String RUPEES =
      "[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00";

  static final String COUNT = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0";

  /** The cell styles of one workbook, made once (a workbook holds at most 64,000). */
  static final class Styles {
    final CellStyle header;
    final CellStyle rupees;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle date;

    Styles(SXSSFWorkbook wb) {
      DataFormat f = wb.createDataFormat();
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      rupees = style(wb, f, RUPEES);
      count = style(wb, f, COUNT);
      percent = style(wb, f, "0.0%");
      decimal = style(wb, f, "0.00##");
      date = style(wb, f, "yyyy-mm-dd");
    }

    private static CellStyle style(SXSSFWorkbook wb, DataFormat f, String format) {
      CellStyle s = wb.createCellStyle();
      s.setDataFormat(f.getFormat(format));
      return s;
    }
  }

  private static final int MAX_TEXT = 32_767;
  private final Sheet sheet;
  private final Styles styles;
  private final int columns;
  private Row row;
  private int next;
  private int col;

  /** A new sheet {@code name} with {@code header}; {@code widths} in characters, per column. */
  Table(SXSSFWorkbook wb, Styles styles, String name, List<String> header, int... widths) {
    this.sheet = wb.createSheet(name);
    this.styles = styles;
    this.columns = header.size();
    row();
    for (String h : header) {
      Cell c = row.createCell(col++);
      c.setCellValue(h);
      c.setCellStyle(styles.header);
    }
    for (int i = 0; i < widths.length && i < columns; i++) {
      sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Starts the next row. */
  Table row() {
    row = sheet.createRow(next++);
    col = 0;
    return this;
  }

  Table text(String text) {
    Cell c = row.createCell(col++);
    if (text != null) {
      c.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text);
    }
    return this;
  }

  Table rupees(BigDecimal amount) {
    return number(amount, styles.rupees);
  }

  Table percent(BigDecimal ratio) {
    return number(ratio, styles.percent);
  }

  Table decimal(BigDecimal d) {
    return number(d, styles.decimal);
  }

  Table count(Long n) {
    return number(n == null ? null : BigDecimal.valueOf(n), styles.count);
  }

  Table date(LocalDate d) {
    Cell c = row.createCell(col++);
    if (d != null) {
      c.setCellValue(d);
      c.setCellStyle(styles.date);
    }
    return this;
  }

  /** A fact's figure in the cell its kind asks for. */
  Table fact(Fact f) {
    if (f.number() == null) {
      return text(f.kind() == CreditMemo.Kind.TEXT ? f.text() : f.display());
    }
    return switch (f.kind()) {
      case RUPEES -> rupees(f.number());
      case PERCENT -> percent(f.number());
      case DECIMAL -> decimal(f.number());
      case COUNT -> count(f.number().longValue());
      case TEXT -> text(f.text());
    };
  }

  private Table number(BigDecimal n, CellStyle style) {
    Cell c = row.createCell(col++);
    if (n != null) {
      c.setCellValue(n.doubleValue());
      c.setCellStyle(style);
    }
    return this;
  }

  /** Sets the autofilter over the header and every row written. */
  void finish() {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
  }
}
