package dev.saakh.files;

import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an Excel 2007+ workbook, streamed: POI opens the package, shared strings and
 * styles, and the sheet's XML is pulled row by row with StAX, so only the row being read is built.
 * Numbers keep the digits the workbook stores; a number in a date-formatted cell becomes its day.
 */
final class XlsxRows implements Iterator<List<String>> {
  private static final String WHAT = "Excel 2007+ workbook (.xlsx)";
  private static final XMLInputFactory XML = factory();
  private static final byte[] CONTENT_TYPES =
      "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);

  private final String source;
  private final OPCPackage pkg;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final XMLStreamReader sheet;
  private final StringBuilder text = new StringBuilder();
  private Boolean[] dateStyles = new Boolean[16];
  private List<String> next;
  private int rowNumber;

  private XlsxRows(String source, OPCPackage pkg) throws Exception {
    this.source = source;
    this.pkg = pkg;
    XSSFReader reader = new XSSFReader(pkg);
    this.strings = new ReadOnlySharedStringsTable(pkg, false);
    this.styles = reader.getStylesTable();
    try (InputStream wb = reader.getWorkbookData()) {
      this.date1904 = date1904(wb);
    }
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      throw new StatementException(Code.EMPTY, source + ": the workbook has no sheet");
    }
    this.sheet = XML.createXMLStreamReader(sheets.next());
  }

  /** The rows of the workbook's first sheet, read as they are iterated. */
  static Iterable<List<String>> read(String source, byte[] bytes) {
    if (!contains(bytes, CONTENT_TYPES)) {
      throw notAWorkbook(source);
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
    } catch (NotOfficeXmlFileException e) {
      throw notAWorkbook(source);
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw OfficeSheets.unreadable(source, WHAT, e);
    }
    XlsxRows rows;
    try {
      rows = new XlsxRows(source, pkg);
    } catch (StatementException e) {
      pkg.revert();
      throw e;
    } catch (Exception e) {
      pkg.revert();
      throw OfficeSheets.unreadable(source, WHAT, e);
    }
    return () -> rows;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = row();
      } catch (StatementException e) {
        pkg.revert();
        throw e;
      } catch (XMLStreamException | RuntimeException e) {
        pkg.revert();
        throw OfficeSheets.unreadable(source, WHAT, e);
      }
      if (next == null) {
        pkg.revert();
      }
    }
    return next != null;
  }

  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<String> row = next;
    next = null;
    return row;
  }

  /** The next row holding a cell, or null at the sheet's end. */
  private List<String> row() throws XMLStreamException {
    while (sheet.hasNext()) {
      if (sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
        rowNumber++;
        List<String> cells = cells();
        if (!cells.isEmpty()) {
          return cells;
        }
      }
    }
    return null;
  }

  private List<String> cells() throws XMLStreamException {
    List<String> cells = new ArrayList<>(8);
    while (sheet.hasNext()) {
      int event = sheet.next();
      if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
        return cells;
      }
      if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
        int column = column(sheet.getAttributeValue(null, "r"), cells.size());
        if (column >= OfficeSheets.MAX_COLUMNS) {
          throw OfficeSheets.tooWide(source, rowNumber);
        }
        String type = sheet.getAttributeValue(null, "t");
        String style = sheet.getAttributeValue(null, "s");
        String value = cell(type, style);
        while (cells.size() < column) {
          cells.add("");
        }
        cells.add(value);
      }
    }
    return cells;
  }

  /** Reads a {@code <c>} element to its end; its value as text. */
  private String cell(String type, String style) throws XMLStreamException {
    text.setLength(0);
    boolean inValue = false;
    boolean isInline = "inlineStr".equals(type);
    int depth = 1;
    while (depth > 0 && sheet.hasNext()) {
      int event = sheet.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = sheet.getLocalName();
        inValue = "v".equals(name) || (isInline && "t".equals(name));
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        inValue = false;
      } else if (inValue && event == XMLStreamConstants.CHARACTERS) {
        text.append(sheet.getText());
        if (text.length() > OfficeSheets.MAX_CELL_CHARS) {
          throw new StatementException(
              Code.BAD_RECORD,
              source + ": a cell in row " + rowNumber + " is longer than any statement's");
        }
      }
    }
    return value(type, style, text.toString());
  }

  private String value(String type, String style, String raw) {
    if (raw.isEmpty()) {
      return "";
    }
    if (type == null || "n".equals(type)) {
      if (!isDate(style)) {
        return CellText.number(raw);
      }
      try {
        return CellText.date(Double.parseDouble(raw), date1904);
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    return switch (type) {
      case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
      case "b" -> "1".equals(raw.trim()) ? "TRUE" : "FALSE";
      case "d" -> raw.length() >= 10 ? CellText.day(LocalDate.parse(raw.substring(0, 10))) : raw;
      default -> raw;
    };
  }

  private boolean isDate(String style) {
    if (style == null || styles == null) {
      return false;
    }
    int i = Integer.parseInt(style.trim());
    if (i < 0 || i >= styles.getNumCellStyles()) {
      return false;
    }
    if (i >= dateStyles.length) {
      dateStyles = java.util.Arrays.copyOf(dateStyles, Math.max(i + 1, dateStyles.length * 2));
    }
    Boolean known = dateStyles[i];
    if (known == null) {
      XSSFCellStyle s = styles.getStyleAt(i);
      known = s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
      dateStyles[i] = known;
    }
    return known;
  }

  private static StatementException notAWorkbook(String source) {
    return new StatementException(
        Code.UNKNOWN_FORMAT,
        source + ": a ZIP archive that is not an Excel workbook; give the statement file itself");
  }

  /** True when {@code b} holds {@code part}: a ZIP's directory names its entries uncompressed. */
  static boolean contains(byte[] b, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= b.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (b[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The zero-based column a cell reference such as {@code AB12} names, else the next one. */
  static int column(String ref, int next) {
    if (ref == null) {
      return next;
    }
    int c = 0;
    int i = 0;
    for (; i < ref.length() && i < 4; i++) {
      char ch = ref.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      c = c * 26 + (ch - 'A' + 1);
    }
    return i == 0 ? next : c - 1;
  }

  private static boolean date1904(InputStream workbook) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(workbook);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if ("workbookPr".equals(name)) {
            String v = r.getAttributeValue(null, "date1904");
            return "1".equals(v) || "true".equals(v);
          }
          if ("sheets".equals(name)) {
            return false;
          }
        }
      }
      return false;
    } finally {
      r.close();
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }
}
