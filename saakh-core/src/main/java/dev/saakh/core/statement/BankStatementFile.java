package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one bank statement file into one customer's clean data, telling its {@link Format} from its
 * content (never its name): the first character after an optional UTF-8 byte-order mark and
 * whitespace, then the keys of the first JSON object.
 *
 * <ul>
 *   <li>{@code [} — a JSON array of ReBIT {@code {"Account": {…}}} objects;
 *   <li>{@code {} whose first object has {@code transaction_id} — clean transactions NDJSON;
 *   <li>{@code {} whose object has {@code Account} or {@code accounts} — one ReBIT document, or the
 *       generator's {@code {"customer_id": …, "accounts": [{"Account": {…}}, …]}}.
 * </ul>
 *
 * Files are read with Jackson's streaming parser: a ReBIT document is never held as one tree, only
 * one transaction at a time. Quarantined records are not an error; they are in {@link
 * StatementData#clean()}.
 */
public final class BankStatementFile {
  /** Larger files are refused: one customer's statement is far smaller. */
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  /**
   * The customer id given to a ReBIT document that names none: a consumer id that passes every id
   * rule ({@code CustomerId}: 5–9 digits, number at least 1) and that the generator never reaches.
   */
  public static final String ANONYMOUS_CUSTOMER = "CUST_CON_999999999";

  private static final String ACCEPTED =
      "expected clean transactions NDJSON as 'saakh clean' writes, or ReBIT DEPOSIT JSON:"
          + " {\"Account\": {…}}, a JSON array of them, or {\"customer_id\": …, \"accounts\": […]},"
          + " or the same ReBIT DEPOSIT document in XML (<Account …>)";

  private BankStatementFile() {}

  /** Where the bytes come from; opened once to tell the format, once to read. */
  interface Input {
    String name();

    long size() throws IOException;

    InputStream open() throws IOException;
  }

  /**
   * Reads one statement file: detects its format, cleans it, returns the clean data of one
   * customer.
   *
   * @throws IOException when the file cannot be read
   * @throws StatementException when its content is not a statement Saakh reads
   */
  public static StatementData read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(
        new Input() {
          @Override
          public String name() {
            return file.toString();
          }

          @Override
          public long size() throws IOException {
            return Files.size(file);
          }

          @Override
          public InputStream open() throws IOException {
            return Files.newInputStream(file);
          }
        },
        MAX_BYTES);
  }

  /**
   * Reads one statement held in memory, as {@link #read(Path)} does.
   *
   * @param sourceName how messages name the statement (a file name, an upload's name)
   * @throws StatementException when the content is not a statement Saakh reads
   */
  public static StatementData parse(byte[] bytes, String sourceName) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    try {
      return read(bytes(bytes, sourceName), MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes held in memory", e);
    }
  }

  static Input bytes(byte[] bytes, String name) {
    return new Input() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }

  /** The whole read, with the size limit as a parameter so tests need no huge file. */
  static StatementData read(Input in, long maxBytes) throws IOException {
    long size = in.size();
    if (size > maxBytes) {
      throw new StatementException(
          Code.TOO_LARGE,
          in.name()
              + ": "
              + mib(size)
              + " is larger than a statement may be ("
              + mib(maxBytes)
              + ")");
    }
    int first = firstChar(in);
    if (first < 0) {
      throw new StatementException(Code.EMPTY, in.name() + ": the file is empty");
    }
    if (first == '[') {
      return RebitDocument.read(in);
    }
    if (first == '<') {
      byte[] xml;
      try (InputStream s = in.open()) {
        xml = s.readAllBytes();
      }
      return RebitDocument.read(bytes(RebitXml.utf8(RebitXml.toJson(xml, in.name())), in.name()));
    }
    if (first != '{') {
      throw unknown(in.name(), "it does not start with '{', '[' or '<'");
    }
    return sniff(in) == Format.CLEAN_NDJSON ? CleanNdjson.read(in) : RebitDocument.read(in);
  }

  private static String mib(long bytes) {
    return bytes % (1024 * 1024) == 0
        ? bytes / (1024 * 1024) + " MiB"
        : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  /** The first character after a UTF-8 byte-order mark and JSON whitespace, or -1. */
  private static int firstChar(Input in) throws IOException {
    try (InputStream s = new BufferedInputStream(in.open())) {
      int b = s.read();
      if (b == 0xEF) {
        int b2 = s.read();
        int b3 = s.read();
        if (b2 != 0xBB || b3 != 0xBF) {
          return 0xEF;
        }
        b = s.read();
      }
      while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        b = s.read();
      }
      return b;
    }
  }

  /** Which format an input starting with '{' is, from the top-level keys of its first object. */
  private static Format sniff(Input in) throws IOException {
    boolean transaction = false;
    boolean rebit = false;
    try (JsonParser p = parser(in)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        transaction |= name.equals("transaction_id");
        rebit |= name.equals("Account") || name.equals("accounts");
        p.nextToken();
        p.skipChildren();
      }
    } catch (JsonProcessingException e) {
      throw notJson(in.name(), e);
    }
    if (transaction) {
      return Format.CLEAN_NDJSON;
    }
    if (rebit) {
      return Format.REBIT_DEPOSIT_JSON;
    }
    throw unknown(
        in.name(), "its first object has none of \"transaction_id\", \"Account\", \"accounts\"");
  }

  static JsonParser parser(Input in) throws IOException {
    return LakeJson.mapper().getFactory().createParser(in.open());
  }

  static StatementException notJson(String source, JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return new StatementException(
        Code.NOT_JSON,
        source + ": not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static StatementException unknown(String source, String why) {
    return new StatementException(
        Code.UNKNOWN_FORMAT, source + ": not a statement Saakh reads (" + why + "); " + ACCEPTED);
  }
}
