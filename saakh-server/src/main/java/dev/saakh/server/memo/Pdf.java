package dev.saakh.server.memo;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with openhtmltopdf, in DejaVu Sans embedded (subset) from the classpath. The PDF's
 * built-in fonts (Helvetica and the other base 14) have no ₹ (U+20B9), nor does the Liberation Sans
 * inside PDFBox; DejaVu Sans 2.37 has it, so amounts print as ₹12,34,567.00 on every machine, with
 * no font installed (the files and their licence are in {@code templates/memo/fonts/}).
 */
final class Pdf {
  static final String FAMILY = "DejaVu Sans";
  private static final String FONTS = "/templates/memo/fonts/";

  private Pdf() {}

  /** The page style every memo document shares. */
  static String css(String extra) {
    return "@page { size: A4; margin: 14mm 12mm 16mm 12mm;"
        + " @bottom-right { content: counter(page) ' / ' counter(pages);"
        + " font-family: '"
        + FAMILY
        + "'; font-size: 7pt; color: #555; } }"
        + " body { font-family: '"
        + FAMILY
        + "'; font-size: 8pt; color: #111; }"
        + " h1 { font-size: 14pt; margin: 0 0 4pt 0; }"
        + " h2 { font-size: 10.5pt; margin: 10pt 0 3pt 0; border-bottom: 1px solid #999; }"
        + " h3 { font-size: 9pt; margin: 6pt 0 2pt 0; }"
        + " table { border-collapse: collapse; width: 100%; margin-bottom: 4pt;"
        + " -fs-table-paginate: paginate; }"
        + " th { background: #e8e8e8; text-align: left; font-weight: bold; }"
        + " th, td { border: 0.5pt solid #bbb; padding: 1.5pt 3pt; vertical-align: top; }"
        + " td.num { text-align: right; white-space: nowrap; }"
        + " table.facts td:first-child { width: 45%; color: #333; }"
        + " .outcome { font-size: 12pt; font-weight: bold; }"
        + " .muted { color: #555; }"
        + " ul { margin: 2pt 0 2pt 14pt; padding: 0; }"
        + " table.fraud td:first-child, table.fraud td:nth-child(2), table.months td:first-child,"
        + " table.gst td:first-child { white-space: nowrap; }"
        + " table.fraud { font-size: 7pt; }"
        + extra;
  }

  /** Renders {@code xhtml} (a well-formed XHTML document) as PDF bytes. */
  static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
    b.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    try {
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    InputStream in = Pdf.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("font " + FONTS + file + " is missing from the classpath");
    }
    return in;
  }
}
