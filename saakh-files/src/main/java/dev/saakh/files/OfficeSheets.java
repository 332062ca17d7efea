package dev.saakh.files;

import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementException.Code;
import dev.saakh.core.statement.StatementFiles;
import java.util.List;
import java.util.Objects;

/**
 * The workbook and PDF reader core's {@link StatementFiles} takes: an Excel 2007+ workbook through
 * Apache POI's package reader and a streaming pass over its first sheet, an Excel 97-2003 workbook
 * through POI's HSSF, a text PDF through PDFBox's text extraction into the statement table's
 * columns (a scanned or password-protected one, or one without a statement table, is refused with
 * that reason). Every reader gives cells as a bank's CSV download would write them: text as is,
 * numbers in plain decimal, date cells as {@code dd/MM/yyyy}.
 *
 * <p>Whatever the bytes, a reader either returns rows or throws a {@link StatementException} naming
 * the file and the reason; the third-party libraries' own exceptions never reach the caller.
 */
public final class OfficeSheets implements StatementFiles.Sheets {
  /** More columns than this in a row is no bank's statement. */
  static final int MAX_COLUMNS = 256;

  /** More characters than this in a cell is no bank's statement. */
  static final int MAX_CELL_CHARS = 1 << 14;

  private final List<String> passwords;

  /** A reader that opens no password-protected file. */
  public OfficeSheets() {
    this(List.of());
  }

  /**
   * A reader that opens a password-protected PDF or workbook with the first of {@code passwords}
   * that opens it (banks send e-statements under a password). The passwords are never put in a
   * message or a log.
   */
  public OfficeSheets(List<String> passwords) {
    this.passwords = List.copyOf(passwords);
  }

  /** What a refusal of a password-protected file says about the passwords tried. */
  static String passwordHint(List<String> passwords) {
    return passwords.isEmpty()
        ? "no password was given to open it"
        : "none of the " + passwords.size() + " password(s) given opens it";
  }

  @Override
  public Iterable<List<String>> rows(String source, Format format, byte[] bytes) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
    return switch (format) {
      case BANK_XLSX -> XlsxRows.read(source, bytes);
      case BANK_XLS -> XlsRows.read(source, bytes, passwords);
      case BANK_PDF -> PdfRows.read(source, bytes, passwords);
      default ->
          throw new StatementException(
              Code.UNKNOWN_FORMAT, source + ": " + format + " is not a workbook or PDF");
    };
  }

  /**
   * A file the library could not read, in the user's words: why, as far as the kind of failure
   * tells, never a Java class name or a library's internal message about its own fields.
   */
  static StatementException unreadable(String source, String what, Throwable cause) {
    return new StatementException(
        Code.BAD_RECORD, source + ": not a readable " + what + " (" + reason(cause) + ")");
  }

  static String reason(Throwable cause) {
    if (cause instanceof java.util.zip.ZipException || cause instanceof java.io.EOFException) {
      return "the file is cut short or damaged";
    }
    String message = cause.getMessage();
    if (cause instanceof java.io.IOException && message != null && plain(message)) {
      return "damaged: " + shortened(message);
    }
    return "its structure is damaged";
  }

  /** A library message a user can read: no quoted code, class names or stack words. */
  private static boolean plain(String message) {
    return !message.contains("\"")
        && !message.contains("Exception")
        && !message.contains("()")
        && !message.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Za-z].*");
  }

  static String shortened(String s) {
    String one = s.replace('\n', ' ').replace('\r', ' ');
    return one.length() <= 200 ? one : one.substring(0, 200) + "…";
  }

  static StatementException tooWide(String source, int row) {
    return new StatementException(
        Code.BAD_RECORD,
        source
            + ": row "
            + row
            + " has more than "
            + MAX_COLUMNS
            + " columns, no bank's statement");
  }
}
