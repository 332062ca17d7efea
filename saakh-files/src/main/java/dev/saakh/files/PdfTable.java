package dev.saakh.files;

import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A text PDF's visual lines as cells, and the statement table among them as rows a bank's CSV
 * download would give.
 *
 * <p>PDFBox sorts the glyphs by position and tells the lines apart; on each line, glyphs closer
 * than one and a half spaces are one cell (a single space between words keeps them together), a
 * wider gap starts a new cell. The header line is the first with a date column and a balance column
 * (a header wrapped over two lines is merged when the second line's cells all sit under the
 * first's); its cells' x ranges, widened to the cells plainly under each (a narration left of its
 * centred header, an amount right of its header), are the columns. Each line below gives one cell
 * per column: a cell goes to the column whose left or right edge it is aligned with (narrations are
 * left-aligned, amounts right-aligned), else the one its middle falls in, else the one it overlaps
 * most, else the nearest. Lines above the header are given as their cells (the preamble), a header
 * repeated on a later page and page-number lines are left out.
 */
final class PdfTable extends PDFTextStripper {
  /** Glyphs further apart than this many spaces are in different cells. */
  private static final float SPLIT_SPACES = 1.5f;

  /** Glyphs further apart than this many spaces have a space between them in a cell. */
  private static final float JOIN_SPACES = 0.4f;

  /** The least gap, in points, between cells. */
  private static final float MIN_SPLIT = 2f;

  /** How far, in points, a cell's edge may be from its header's and still be aligned with it. */
  private static final float ALIGNED = 2.5f;

  /** The header line must be among the first this many lines. */
  private static final int HEADER_LINES = 80;

  /** More lines than this is no bank's statement. */
  private static final int MAX_LINES = 500_000;

  private static final Set<String> DATE_WORDS =
      Set.of("date", "txndate", "trandate", "transactiondate", "valuedate", "postingdate");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)page\\s*(no\\.?)?\\s*:?\\s*\\d+(\\s*(of|/)\\s*\\d+)?");

  /** A run of text on a line and its x range, in points. */
  record Cell(float x0, float x1, String text) {}

  private final String source;
  private final List<List<Cell>> lines = new ArrayList<>();
  private final List<TextPosition> glyphs = new ArrayList<>();
  private long glyphCount;

  PdfTable(String source) {
    this.source = source;
    setSortByPosition(true);
  }

  /** The lines read so far, each as its cells from left to right. */
  List<List<Cell>> lines() {
    return lines;
  }

  /** How many visible glyphs were read. */
  long glyphCount() {
    return glyphCount;
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u != null && !u.isBlank()) {
        glyphs.add(p);
        glyphCount++;
      }
    }
  }

  @Override
  protected void writeString(String text) {
    // the text is kept per glyph in writeString(String, List): nothing is written out
  }

  @Override
  protected void writeWordSeparator() {
    // cells are told apart by the glyphs' positions, not by PDFBox's word separators
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writePageEnd() {
    endLine();
  }

  private void endLine() {
    if (glyphs.isEmpty()) {
      return;
    }
    if (lines.size() >= MAX_LINES) {
      throw new StatementException(
          Code.TOO_LARGE, source + ": more than " + MAX_LINES + " lines, no bank's statement");
    }
    glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    List<Cell> cells = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    float x0 = 0;
    float x1 = 0;
    float space = 0;
    for (TextPosition g : glyphs) {
      float gx0 = g.getXDirAdj();
      float gx1 = gx0 + Math.max(0, g.getWidthDirAdj());
      float gap = gx0 - x1;
      if (b.length() > 0 && gap > Math.max(SPLIT_SPACES * space, MIN_SPLIT)) {
        cells.add(new Cell(x0, x1, b.toString()));
        b.setLength(0);
      }
      if (b.length() == 0) {
        x0 = gx0;
        x1 = gx1;
      } else if (gap > JOIN_SPACES * space) {
        b.append(' ');
      }
      b.append(g.getUnicode());
      if (b.length() > OfficeSheets.MAX_CELL_CHARS) {
        throw new StatementException(
            Code.BAD_RECORD,
            source + ": line " + (lines.size() + 1) + " has a cell longer than any statement's");
      }
      x1 = Math.max(x1, gx1);
      space = spaceOf(g);
    }
    cells.add(new Cell(x0, x1, b.toString()));
    glyphs.clear();
    if (cells.size() > OfficeSheets.MAX_COLUMNS) {
      throw OfficeSheets.tooWide(source, lines.size() + 1);
    }
    lines.add(cells);
  }

  /** The width of a space in the glyph's font, in points (a guess from its size if not given). */
  private static float spaceOf(TextPosition g) {
    float s = g.getWidthOfSpace();
    if (s > 0 && Float.isFinite(s)) {
      return s;
    }
    float size = g.getFontSizeInPt();
    return size > 0 && Float.isFinite(size) ? size / 4 : 2f;
  }

  /**
   * The lines as rows: the preamble's lines as their cells, the header, then one cell per column
   * for each line below.
   *
   * @throws StatementException {@code UNKNOWN_FORMAT} when no line is a statement table's header
   */
  static List<List<String>> rows(String source, List<List<Cell>> lines) {
    int h = headerAt(lines);
    if (h < 0) {
      throw new StatementException(
          Code.UNKNOWN_FORMAT,
          source
              + ": a text PDF without a statement table (no line among the first "
              + HEADER_LINES
              + " names a date and a balance column); the first line reads "
              + (lines.isEmpty() ? "nothing" : texts(lines.get(0)))
              + "; download the statement as CSV or Excel");
    }
    List<List<String>> out = new ArrayList<>(lines.size());
    for (int i = 0; i < h; i++) {
      out.add(texts(lines.get(i)));
    }
    List<Cell> first = lines.get(h);
    List<Cell> second =
        h + 1 < lines.size() && continues(first, lines.get(h + 1)) ? lines.get(h + 1) : null;
    List<Cell> header = second == null ? first : merged(first, second);
    out.add(texts(header));
    List<String> firstTexts = texts(first);
    List<String> secondTexts = second == null ? List.of() : texts(second);
    List<List<Cell>> body = new ArrayList<>();
    boolean afterRepeat = false;
    for (int i = h + (second == null ? 1 : 2); i < lines.size(); i++) {
      List<String> t = texts(lines.get(i));
      if (t.equals(firstTexts)) {
        afterRepeat = true; // the header again, on a later page
      } else if (afterRepeat && t.equals(secondTexts)) {
        afterRepeat = false;
      } else {
        afterRepeat = false;
        if (!PAGE_NUMBER.matcher(String.join(" ", t)).matches()) {
          body.add(lines.get(i));
        }
      }
    }
    List<Cell> columns = widened(header, body);
    for (List<Cell> line : body) {
      out.add(assigned(columns, line));
    }
    return out;
  }

  /**
   * The header's cells widened to the cells below that are plainly in their column (a cell whose
   * middle is under the header cell, or that overlaps it and no other), as far as the neighbouring
   * header cells: a narration left of its centred header, an amount right of its header.
   */
  private static List<Cell> widened(List<Cell> header, List<List<Cell>> body) {
    int n = header.size();
    float[] lo = new float[n];
    float[] hi = new float[n];
    for (int j = 0; j < n; j++) {
      lo[j] = header.get(j).x0();
      hi[j] = header.get(j).x1();
    }
    for (List<Cell> line : body) {
      for (Cell c : line) {
        int j = plainly(header, c);
        float left = j > 0 ? header.get(j - 1).x1() : -Float.MAX_VALUE;
        float right = j >= 0 && j + 1 < n ? header.get(j + 1).x0() : Float.MAX_VALUE;
        if (j >= 0 && c.x0() > left && c.x1() < right) {
          lo[j] = Math.min(lo[j], c.x0());
          hi[j] = Math.max(hi[j], c.x1());
        }
      }
    }
    List<Cell> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      out.add(new Cell(lo[j], hi[j], header.get(j).text()));
    }
    return out;
  }

  /** The header cell {@code c} is plainly under, or -1. */
  private static int plainly(List<Cell> header, Cell c) {
    float mid = (c.x0() + c.x1()) / 2;
    int over = -1;
    int overlaps = 0;
    for (int j = 0; j < header.size(); j++) {
      Cell h = header.get(j);
      if (mid >= h.x0() && mid <= h.x1()) {
        return j;
      }
      if (Math.min(h.x1(), c.x1()) > Math.max(h.x0(), c.x0())) {
        over = j;
        overlaps++;
      }
    }
    return overlaps == 1 ? over : -1;
  }

  /** The first line (of the first {@value #HEADER_LINES}) that is a table's header, or -1. */
  private static int headerAt(List<List<Cell>> lines) {
    int n = Math.min(lines.size(), HEADER_LINES);
    for (int i = 0; i < n; i++) {
      List<Cell> line = lines.get(i);
      if (line.size() < 3 || !has(line, true)) {
        continue;
      }
      if (has(line, false)) {
        return i;
      }
      if (i + 1 < lines.size()
          && continues(line, lines.get(i + 1))
          && has(merged(line, lines.get(i + 1)), false)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a cell without digits names a date column ({@code dates}) or a balance column. */
  private static boolean has(List<Cell> line, boolean dates) {
    for (Cell c : line) {
      if (hasDigit(c.text())) {
        continue;
      }
      String k = key(c.text());
      if (dates ? DATE_WORDS.contains(k) : k.contains("balance") || k.equals("bal")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code next} is the second line of a wrapped header {@code line}. */
  private static boolean continues(List<Cell> line, List<Cell> next) {
    if (next.isEmpty() || next.size() > line.size()) {
      return false;
    }
    boolean words = false;
    for (Cell c : next) {
      if (hasDigit(c.text()) || overlapping(line, c) < 0) {
        return false;
      }
      words |= hasLetter(c.text());
    }
    return words; // not a separator line of stars or dashes
  }

  /** The header's first line with each cell of its second line joined to the cell it is under. */
  private static List<Cell> merged(List<Cell> first, List<Cell> second) {
    List<Cell> out = new ArrayList<>(first);
    for (Cell c : second) {
      int j = overlapping(out, c);
      Cell h = out.get(j);
      out.set(
          j,
          new Cell(Math.min(h.x0(), c.x0()), Math.max(h.x1(), c.x1()), h.text() + " " + c.text()));
    }
    return out;
  }

  /** The cell of {@code line} that {@code c} overlaps most, or -1 when it overlaps none. */
  private static int overlapping(List<Cell> line, Cell c) {
    int best = -1;
    float most = 0;
    for (int j = 0; j < line.size(); j++) {
      Cell h = line.get(j);
      float o = Math.min(h.x1(), c.x1()) - Math.max(h.x0(), c.x0());
      if (o > most) {
        most = o;
        best = j;
      }
    }
    return best;
  }

  /** One cell per header column for {@code line} (cells of one column joined by a space). */
  private static List<String> assigned(List<Cell> header, List<Cell> line) {
    String[] cols = new String[header.size()];
    java.util.Arrays.fill(cols, "");
    for (Cell c : line) {
      int j = column(header, c);
      cols[j] = cols[j].isEmpty() ? c.text() : cols[j] + " " + c.text();
    }
    return List.of(cols);
  }

  /** The column a cell is in: aligned with, else its middle within, else overlapped, else near. */
  private static int column(List<Cell> header, Cell c) {
    int aligned = -1;
    float nearestEdge = ALIGNED;
    float mid = (c.x0() + c.x1()) / 2;
    int middle = -1;
    int nearest = 0;
    float distance = Float.MAX_VALUE;
    for (int j = 0; j < header.size(); j++) {
      Cell h = header.get(j);
      float edge = Math.min(Math.abs(c.x0() - h.x0()), Math.abs(c.x1() - h.x1()));
      if (edge <= nearestEdge) {
        nearestEdge = edge;
        aligned = j;
      }
      if (middle < 0 && mid >= h.x0() && mid <= h.x1()) {
        middle = j;
      }
      float d = Math.max(0, Math.max(h.x0() - c.x1(), c.x0() - h.x1()));
      if (d < distance) {
        distance = d;
        nearest = j;
      }
    }
    if (aligned >= 0) {
      return aligned;
    }
    if (middle >= 0) {
      return middle;
    }
    int over = overlapping(header, c);
    return over >= 0 ? over : nearest;
  }

  private static List<String> texts(List<Cell> line) {
    List<String> out = new ArrayList<>(line.size());
    for (Cell c : line) {
      out.add(c.text());
    }
    return out;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A header cell's letters and digits, lower-cased (as core compares header cells). */
  private static String key(String cell) {
    StringBuilder b = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
