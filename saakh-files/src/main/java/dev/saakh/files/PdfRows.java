package dev.saakh.files;

import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF statement through PDFBox. A PDF without a text layer (a scan or a photograph) and a
 * password-protected one are refused with that reason; a text PDF's table is not read yet, and is
 * refused saying so.
 */
final class PdfRows {
  private static final String WHAT = "PDF";

  private PdfRows() {}

  static List<List<String>> read(String source, byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() == 0) {
        throw new StatementException(Code.EMPTY, source + ": the PDF has no page");
      }
      PDFTextStripper text = new PDFTextStripper();
      text.setEndPage(Math.min(doc.getNumberOfPages(), 3));
      if (text.getText(doc).isBlank()) {
        throw new StatementException(
            Code.UNKNOWN_FORMAT,
            source
                + ": a scanned PDF (no text layer on its first pages); Saakh does not read images:"
                + " download the statement as CSV or Excel");
      }
      throw new StatementException(
          Code.UNKNOWN_FORMAT,
          source
              + ": a text PDF statement; Saakh does not read PDF tables yet: download the statement"
              + " as CSV or Excel");
    } catch (InvalidPasswordException e) {
      throw new StatementException(
          Code.UNKNOWN_FORMAT,
          source
              + ": a password-protected PDF (banks protect e-statements with one); download the"
              + " statement as CSV or Excel");
    } catch (IOException | RuntimeException e) {
      if (e instanceof StatementException s) {
        throw s;
      }
      throw OfficeSheets.unreadable(source, WHAT, e);
    }
  }
}
