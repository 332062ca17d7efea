package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for statement files of one customer, whatever their format: each file's
 * format is told from its content (magic bytes, then the first character, then the first JSON
 * object's keys), each is read into a {@link StatementInput}, and the inputs are cleaned once as
 * one statement by {@link StatementSet}. Clean transactions NDJSON is already clean and is read on
 * its own.
 *
 * <p>Workbooks and PDFs need readers outside core (Apache POI, PDFBox); the caller passes them as
 * {@link Sheets}. Without one, such a file is refused with that reason.
 */
public final class StatementFiles {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};

  private StatementFiles() {}

  /** Reads a workbook or PDF into rows of cell text, as a bank export reader takes them. */
  public interface Sheets {
    /**
     * The rows of the file's statement sheet (or a PDF's text table).
     *
     * @throws StatementException when the file cannot be read as {@code format}, naming why
     */
    Iterable<List<String>> rows(String source, Format format, byte[] bytes);
  }

  /** One input held in memory, and how messages name it (a file name, an upload's name). */
  public record Named(String source, byte[] bytes) {
    public Named {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(bytes, "bytes");
    }
  }

  /**
   * Reads and cleans the files as one customer's statement.
   *
   * @param sheets the workbook and PDF reader, or null when none is available
   * @throws IOException when a file cannot be read
   * @throws StatementException when a file is not a statement Saakh reads, nothing was read from
   *     it, or the files are of different customers
   */
  public static StatementSet.Result read(List<Path> files, Sheets sheets) throws IOException {
    Objects.requireNonNull(files, "files");
    List<Named> inputs = new ArrayList<>(files.size());
    for (Path f : files) {
      long size = Files.size(f);
      if (size > BankStatementFile.MAX_BYTES) {
        throw new StatementException(
            Code.TOO_LARGE, f + ": " + (size >> 20) + " MiB is larger than a statement may be");
      }
      inputs.add(new Named(f.toString(), Files.readAllBytes(f)));
    }
    return readAll(inputs, sheets);
  }

  /**
   * Reads and cleans inputs held in memory as one customer's statement, as {@link #read(List,
   * Sheets)} does.
   */
  public static StatementSet.Result readAll(List<Named> inputs, Sheets sheets) {
    Objects.requireNonNull(inputs, "inputs");
    if (inputs.isEmpty()) {
      throw new StatementException(Code.EMPTY, "no statement file was given");
    }
    if (inputs.size() == 1 && isCleanNdjson(inputs.get(0).bytes())) {
      Named only = inputs.get(0);
      return StatementSet.Result.of(BankStatementFile.parse(only.bytes(), only.source()));
    }
    StatementSet set = new StatementSet();
    for (Named in : inputs) {
      if (isCleanNdjson(in.bytes())) {
        throw new StatementException(
            Code.UNKNOWN_FORMAT,
            in.source()
                + ": clean transactions NDJSON is already clean and is analysed on its own, not"
                + " with other files");
      }
      set.add(input(in.source(), in.bytes(), sheets));
    }
    return set.result();
  }

  /**
   * One input held in memory read, not yet cleaned.
   *
   * @param source how messages name it (a file name, an upload's name)
   */
  public static StatementInput input(String source, byte[] bytes, Sheets sheets) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
    Format binary = binary(bytes);
    if (binary != null) {
      if (sheets == null) {
        throw new StatementException(
            Code.UNKNOWN_FORMAT,
            source + ": " + describe(binary) + " is not read here; save the statement as CSV");
      }
      return export(source, binary, sheets.rows(source, binary, bytes));
    }
    int first = firstChar(bytes);
    if (first < 0) {
      throw new StatementException(Code.EMPTY, source + ": the file is empty");
    }
    if (first == '{' || first == '[' || first == '<') {
      return BankStatementFile.input(source, bytes);
    }
    return csv(source, bytes);
  }

  private static StatementInput csv(String source, byte[] bytes) {
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      BankExport e = BankExport.csv(source, in);
      return StatementInput.of(source, Format.BANK_CSV, e.layout(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading bytes held in memory", e);
    }
  }

  private static StatementInput export(String source, Format f, Iterable<List<String>> rows) {
    BankExport e = BankExport.rows(source, rows);
    return StatementInput.of(source, f, e.layout(), e);
  }

  private static String describe(Format f) {
    return switch (f) {
      case BANK_XLSX -> "an Excel 2007+ workbook (.xlsx)";
      case BANK_XLS -> "an Excel 97-2003 workbook (.xls)";
      case BANK_PDF -> "a PDF";
      default -> f.name();
    };
  }

  /** The format a file's magic bytes name, or null for text. */
  static Format binary(byte[] b) {
    if (startsWith(b, PDF)) {
      return Format.BANK_PDF;
    }
    if (startsWith(b, ZIP)) {
      return Format.BANK_XLSX;
    }
    return startsWith(b, OLE) ? Format.BANK_XLS : null;
  }

  private static boolean startsWith(byte[] b, byte[] magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first character after a UTF-8 byte-order mark and whitespace, or -1. */
  static int firstChar(byte[] b) {
    int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i < b.length ? b[i] & 0xFF : -1;
  }

  /** True when the input's first JSON object has a top-level {@code transaction_id}. */
  static boolean isCleanNdjson(byte[] bytes) {
    if (firstChar(bytes) != '{') {
      return false;
    }
    try (JsonParser p = LakeJson.mapper().getFactory().createParser(bytes)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        if ("transaction_id".equals(p.currentName())) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}
