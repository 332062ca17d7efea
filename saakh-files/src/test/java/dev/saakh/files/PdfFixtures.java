package dev.saakh.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs written in memory for the tests: a bank's CSV fixture laid out as a statement table (the
 * preamble's lines, the header, the transactions with numbers right-aligned under their header, a
 * long narration wrapped over two lines, the table over two pages with the header repeated and a
 * page number below each), a scan (an image, no text), a password-protected PDF and a letter.
 */
final class PdfFixtures {
  static final float SIZE = 7f;
  private static final float LEADING = 11f;
  private static final float GAP = 14f;
  private static final float LEFT = 30f;
  private static final float TOP = 560f;
  private static final int WRAP_AT = 40;
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private PdfFixtures() {}

  /** A CSV fixture of core's tests, from core's test-jar on the classpath. */
  static byte[] csv(String name) {
    return Workbooks.fixture(name);
  }

  /** How the headers over numeric columns are written. */
  enum Headers {
    /** Right-aligned, as the numbers below them. */
    RIGHT,
    /** Right-aligned, and over two lines when of two words or more. */
    WRAPPED,
    /** Left-aligned, over right-aligned numbers. */
    LEFT,
    /** Every header centred over its column. */
    CENTRED
  }

  /** A CSV's rows (quotes with doubled quotes; no line break inside a cell). */
  static List<List<String>> parse(byte[] csv, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : new String(csv, StandardCharsets.UTF_8).split("\r?\n", -1)) {
      List<String> row = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == delimiter && !quoted) {
          row.add(b.toString().trim());
          b.setLength(0);
        } else {
          b.append(c);
        }
      }
      row.add(b.toString().trim());
      rows.add(row);
    }
    return rows;
  }

  /**
   * The rows as a two-page statement PDF: {@code header} is the header row's index, {@code last}
   * the last table row's (the rows after it are the footer, written as the preamble is).
   */
  static byte[] statement(List<List<String>> rows, int header, int last, Headers headers) {
    Table t = new Table(rows.subList(header, last + 1));
    List<List<String>> txns = rows.subList(header + 1, last + 1);
    int split = firstDataRowAfter(txns, txns.size() / 2);
    try (PDDocument doc = new PDDocument()) {
      try (Page p = new Page(doc)) {
        for (List<String> r : rows.subList(0, header)) {
          p.free(t, r);
        }
        p.header(t, headers);
        for (List<String> r : txns.subList(0, split)) {
          p.row(t, r);
        }
        p.pageNumber("Page 1 of 2");
      }
      try (Page p = new Page(doc)) {
        p.header(t, headers);
        for (List<String> r : txns.subList(split, txns.size())) {
          p.row(t, r);
        }
        for (List<String> r : rows.subList(last + 1, rows.size())) {
          p.free(t, r);
        }
        p.pageNumber("Page 2 of 2");
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index of the first row from {@code from} on that is not a narration's continuation. */
  private static int firstDataRowAfter(List<List<String>> txns, int from) {
    int i = from;
    while (i < txns.size() && txns.get(i).get(0).isEmpty()) {
      i++;
    }
    return i;
  }

  /** Column positions of a table: each column as wide as its widest cell. */
  static final class Table {
    final List<String> header;
    final float[] x;
    final float[] width;
    final boolean[] numeric;
    final int narration;

    /** The header row and the table's rows below it. */
    Table(List<List<String>> rows) {
      header = rows.get(0);
      int n = header.size();
      x = new float[n];
      width = new float[n];
      numeric = new boolean[n];
      java.util.Arrays.fill(numeric, true);
      int longest = 0;
      int narr = 0;
      for (List<String> r : rows) {
        for (int j = 0; j < Math.min(n, r.size()); j++) {
          if (r.get(j).length() > longest) {
            longest = r.get(j).length();
            narr = j;
          }
        }
      }
      narration = narr;
      for (int i = 0; i < rows.size(); i++) {
        List<String> r = rows.get(i);
        for (int j = 0; j < Math.min(n, r.size()); j++) {
          String c = r.get(j);
          String shown = j == narration ? wrapped(c).get(0) : c;
          width[j] = Math.max(width[j], textWidth(shown));
          if (i > 0 && !c.matches("[0-9,.]*|[*=_-]+")) {
            numeric[j] = false;
          }
        }
      }
      float at0 = LEFT;
      for (int j = 0; j < n; j++) {
        x[j] = at0;
        at0 += width[j] + GAP;
      }
    }

    /** The cell's start when written in column {@code j}. */
    float start(int j, String text) {
      return numeric[j] ? x[j] + width[j] - textWidth(text) : x[j];
    }
  }

  /** A narration split at its space nearest the middle when longer than {@value #WRAP_AT}. */
  static List<String> wrapped(String narration) {
    if (narration.length() <= WRAP_AT || narration.indexOf(' ') < 0) {
      return List.of(narration);
    }
    int mid = narration.length() / 2;
    int best = -1;
    for (int i = 0; i < narration.length(); i++) {
      if (narration.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) {
        best = i;
      }
    }
    return List.of(narration.substring(0, best), narration.substring(best + 1));
  }

  static float textWidth(String s) {
    try {
      return FONT.getStringWidth(s) / 1000 * SIZE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page being written, a line at a time from the top. */
  private static final class Page implements AutoCloseable {
    private final PDPageContentStream out;
    private float y = TOP;

    Page(PDDocument doc) throws IOException {
      PDPage page =
          new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      out = new PDPageContentStream(doc, page);
    }

    void text(float x, String s) throws IOException {
      if (s.isEmpty()) {
        return;
      }
      out.beginText();
      out.setFont(FONT, SIZE);
      out.newLineAtOffset(x, y);
      out.showText(s);
      out.endText();
    }

    /** A preamble row: its cells from the left, each at its column or after the one before. */
    void free(Table t, List<String> r) throws IOException {
      float end = 0;
      for (int j = 0; j < r.size(); j++) {
        if (!r.get(j).isEmpty()) {
          float x = Math.max(j < t.x.length ? t.x[j] : end, end);
          text(x, r.get(j));
          end = x + textWidth(r.get(j)) + GAP;
        }
      }
      y -= LEADING;
    }

    void header(Table t, Headers headers) throws IOException {
      float second = 0;
      for (int j = 0; j < t.header.size(); j++) {
        String h = t.header.get(j);
        int space = h.indexOf(' ');
        if (headers == Headers.LEFT) {
          text(t.x[j], h);
        } else if (headers == Headers.CENTRED) {
          text(t.x[j] + (t.width[j] - textWidth(h)) / 2, h);
        } else if (headers == Headers.WRAPPED && t.numeric[j] && space > 0) {
          text(t.start(j, h.substring(0, space)), h.substring(0, space));
          y -= LEADING;
          text(t.start(j, h.substring(space + 1)), h.substring(space + 1));
          y += LEADING;
          second = LEADING;
        } else {
          text(t.start(j, h), h);
        }
      }
      y -= LEADING + second;
    }

    void row(Table t, List<String> r) throws IOException {
      List<String> narration = List.of("");
      for (int j = 0; j < Math.min(r.size(), t.x.length); j++) {
        String c = r.get(j);
        if (j == t.narration) {
          narration = wrapped(c);
          c = narration.get(0);
        }
        text(t.start(j, c), c);
      }
      y -= LEADING;
      if (narration.size() > 1) {
        text(t.x[t.narration], narration.get(1));
        y -= LEADING;
      }
    }

    void pageNumber(String s) throws IOException {
      y -= LEADING;
      text(400, s);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** A page with only an image on it, as a scanner writes. */
  static byte[] scanned() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      java.awt.image.BufferedImage img =
          new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
      PDImageXObject x =
          org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, img);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(x, 50, 500, 200, 200);
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A letter: lines of text and no table. */
  static byte[] letter() {
    try (PDDocument doc = new PDDocument()) {
      try (Page p = new Page(doc)) {
        for (String line :
            List.of("Dear Customer,", "Your statement for November is attached.", "Regards")) {
          p.text(LEFT, line);
          p.y -= LEADING;
        }
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pdf} protected with a user password. */
  static byte[] encrypted(byte[] pdf) {
    return encryptedWith(pdf, "user-secret");
  }

  /** The PDF protected as banks' e-statements are: it opens only with {@code userPassword}. */
  static byte[] encryptedWith(byte[] pdf, String userPassword) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
