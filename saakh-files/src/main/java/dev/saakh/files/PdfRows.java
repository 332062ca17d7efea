package dev.saakh.files;

import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF statement through PDFBox. A PDF without a text layer (a scan or a photograph) and a
 * password-protected one are refused with that reason. A text PDF's statement table is read by
 * {@link PdfTable} into the rows a bank's CSV download would give; a text PDF without one is
 * refused saying so.
 */
final class PdfRows {
  private static final String WHAT = "PDF";

  /** More pages than this is no bank's statement. */
  private static final int MAX_PAGES = 2000;

  private PdfRows() {}

  /**
   * The document, opened without a password (a PDF protected only against editing opens so) or with
   * the first given password that opens it; else the last {@link InvalidPasswordException}.
   */
  private static PDDocument open(byte[] bytes, List<String> passwords) throws IOException {
    try {
      return Loader.loadPDF(bytes);
    } catch (InvalidPasswordException locked) {
      InvalidPasswordException last = locked;
      for (String password : passwords) {
        try {
          return Loader.loadPDF(bytes, password);
        } catch (InvalidPasswordException wrong) {
          last = wrong;
        }
      }
      throw last;
    }
  }

  static List<List<String>> read(String source, byte[] bytes, List<String> passwords) {
    try (PDDocument doc = open(bytes, passwords)) {
      if (doc.getNumberOfPages() == 0) {
        throw new StatementException(Code.EMPTY, source + ": the PDF has no page");
      }
      if (doc.getNumberOfPages() > MAX_PAGES) {
        throw new StatementException(
            Code.TOO_LARGE,
            source + ": " + doc.getNumberOfPages() + " pages, more than any statement's");
      }
      PdfTable table = new PdfTable(source);
      table.writeText(doc, Writer.nullWriter());
      if (table.glyphCount() == 0) {
        throw new StatementException(
            Code.UNKNOWN_FORMAT,
            source
                + ": a scanned PDF (no text layer on its pages); Saakh does not read images:"
                + " download the statement as CSV or Excel");
      }
      return PdfTable.rows(source, table.lines());
    } catch (InvalidPasswordException e) {
      throw new StatementException(
          Code.UNKNOWN_FORMAT,
          source
              + ": a password-protected PDF (banks protect e-statements with one); "
              + OfficeSheets.passwordHint(passwords));
    } catch (IOException | RuntimeException e) {
      if (e instanceof StatementException s) {
        throw s;
      }
      throw OfficeSheets.unreadable(source, WHAT, e);
    }
  }
}
