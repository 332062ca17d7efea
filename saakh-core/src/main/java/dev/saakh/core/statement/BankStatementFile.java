package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one bank statement file into one customer's clean data, telling its {@link Format} from its
 * content (never its name): the first character after an optional UTF-8 byte-order mark and
 * whitespace, then the keys of the first JSON object.
 *
 * <ul>
 *   <li>{@code <} — a ReBIT DEPOSIT document in XML;
 *   <li>{@code [} — a JSON array of ReBIT {@code {"Account": {…}}} objects;
 *   <li><code>&#123;</code> whose first object has {@code transaction_id} — clean transactions
 *       NDJSON;
 *   <li><code>&#123;</code> whose object has {@code Account} or {@code accounts} — one ReBIT
 *       document, or the generator's {@code {"customer_id": …, "accounts": [{"Account": {…}}, …]}};
 *   <li>any other JSON — an AA gateway's envelope around ReBIT accounts ({@link AaEnvelope}: Setu,
 *       Finvu, the ReBIT FI fetch response, xml2js-style JSON), else refused naming its top-level
 *       keys.
 * </ul>
 *
 * Plain ReBIT documents are read with Jackson's streaming parser: never held as one tree, only one
 * transaction at a time. Envelopes are read as one tree (up to {@link #MAX_TREE_BYTES}).
 * Quarantined records are not an error; they are in {@link StatementData#clean()}. {@link #input}
 * reads the same inputs without cleaning them, and ReBIT consents besides.
 */
public final class BankStatementFile {
  /** Larger files are refused: one customer's statement is far smaller. */
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  /**
   * The customer id given to a ReBIT document that names none: a consumer id that passes every id
   * rule ({@code CustomerId}: 5–9 digits, number at least 1) and that the generator never reaches.
   */
  public static final String ANONYMOUS_CUSTOMER = "CUST_CON_999999999";

  /** Larger AA envelopes are refused: they are read as one tree, not streamed. */
  public static final long MAX_TREE_BYTES = 64L * 1024 * 1024;

  static final String ACCEPTED =
      "expected clean transactions NDJSON as 'saakh clean' writes, or ReBIT DEPOSIT JSON:"
          + " {\"Account\": {…}}, a JSON array of them, or {\"customer_id\": …, \"accounts\": […]},"
          + " or the same ReBIT DEPOSIT document in XML (<Account …>), or an AA gateway's response"
          + " holding one, or a ReBIT consent (by input only)";

  private BankStatementFile() {}

  /** Where the bytes come from; opened once to tell the format, once to read. */
  interface Input {
    String name();

    long size() throws IOException;

    InputStream open() throws IOException;

    /** The input already read as a JSON tree (parsed from it, not from its bytes), or null. */
    default JsonNode tree() {
      return null;
    }
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
    int first = start(in, maxBytes);
    if (first == '<') {
      return RebitDocument.read(tree(xmlAsTree(in), in.name()));
    }
    return switch (sniff(in)) {
      case NDJSON -> CleanNdjson.read(in);
      case REBIT -> RebitDocument.read(in);
      case TREE -> {
        JsonNode root = tree(in);
        if (ConsentDocument.isConsent(root)) {
          throw unknown(
              in.name(),
              "it is a ReBIT consent, not a statement; BankStatementFile.input reads it as one");
        }
        yield RebitDocument.read(envelope(root, in.name()));
      }
    };
  }

  /**
   * Reads one input as it came from an AA or a FIU's own store, without cleaning it: a ReBIT
   * DEPOSIT document in JSON or XML, any AA gateway envelope around one ({@link AaEnvelope}), or a
   * ReBIT ConsentArtefact or ConsentDetail JSON ({@link ConsentDocument}). The format is told from
   * the content after an optional byte-order mark and whitespace; no flag is needed.
   *
   * @param name how messages name the input (a file name, an upload's name)
   * @return a statement part of format {@link Format#REBIT_DEPOSIT_JSON} or {@link
   *     Format#REBIT_DEPOSIT_XML}, or a consent
   * @throws StatementException when the content is none of those, is a ReBIT document without an
   *     account, or is clean transactions NDJSON (which {@link #read(Path)} reads on its own)
   */
  public static StatementInput input(String name, byte[] bytes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Input in = bytes(bytes, name);
    try {
      if (start(in, MAX_BYTES) == '<') {
        return part(name, Format.REBIT_DEPOSIT_XML, tree(xmlAsTree(in), name));
      }
      return switch (sniff(in)) {
        case NDJSON ->
            throw unknown(
                name,
                "it is clean transactions NDJSON, which is read on its own by BankStatementFile.read,"
                    + " not combined with AA inputs");
        case REBIT -> part(name, Format.REBIT_DEPOSIT_JSON, in);
        case TREE -> {
          JsonNode root = tree(in);
          yield ConsentDocument.isConsent(root)
              ? StatementInput.consent(name, ConsentDocument.read(root, name))
              : part(name, Format.REBIT_DEPOSIT_JSON, envelope(root, name));
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes held in memory", e);
    }
  }

  private static StatementInput part(String name, Format format, Input in) throws IOException {
    RebitDocument doc = RebitDocument.parse(in);
    if (doc.accountCount() == 0) {
      throw new StatementException(Code.BAD_RECORD, name + ": no ReBIT Account in the document");
    }
    return StatementInput.of(name, format, null, doc);
  }

  /** Checks the size and returns the first character ('{', '[' or '<'), or refuses. */
  private static int start(Input in, long maxBytes) throws IOException {
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
    if (first != '{' && first != '[' && first != '<') {
      throw unknown(in.name(), "it does not start with '{', '[' or '<'");
    }
    return first;
  }

  private static JsonNode xmlAsTree(Input in) throws IOException {
    byte[] xml;
    try (InputStream s = in.open()) {
      xml = s.readAllBytes();
    }
    return RebitXml.tree(xml, in.name());
  }

  /** The whole input as one JSON tree: only for envelopes, which are not streamed. */
  private static JsonNode tree(Input in) throws IOException {
    if (in.size() > MAX_TREE_BYTES) {
      throw new StatementException(
          Code.TOO_LARGE,
          in.name()
              + ": "
              + mib(in.size())
              + " is larger than an AA envelope may be ("
              + mib(MAX_TREE_BYTES)
              + "); give the ReBIT documents inside it as a JSON array");
    }
    try (JsonParser p = parser(in)) {
      JsonNode root = p.readValueAsTree();
      if (p.nextToken() != null) {
        throw new StatementException(
            Code.NOT_JSON,
            in.name()
                + ": more than one JSON value (another starts at line "
                + p.currentTokenLocation().getLineNr()
                + ")");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw notJson(in.name(), e);
    }
  }

  private static Input envelope(JsonNode root, String name) {
    return tree(AaEnvelope.canonical(root, name), name);
  }

  /**
   * A document already held as a tree: read by walking the tree, never written out and parsed
   * again; its bytes (for a caller that asks) are the tree written as JSON.
   */
  static Input tree(JsonNode node, String name) {
    return new Input() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public long size() {
        return -1;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(node.toString().getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public JsonNode tree() {
        return node;
      }
    };
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

  /** How an input starting with '{' or '[' is read. */
  private enum Shape {
    /** Clean transactions NDJSON: the first object has {@code transaction_id}. */
    NDJSON,
    /** A plain ReBIT document, streamed: {@code Account}, or a list of {@code {"Account": …}}. */
    REBIT,
    /** Anything else: read as one tree, then as a consent or an AA envelope, or refused. */
    TREE
  }

  /** Tells the shape from the top-level keys and the first element of a list of accounts. */
  private static Shape sniff(Input in) throws IOException {
    boolean transaction = false;
    boolean rebit = false;
    try (JsonParser p = parser(in)) {
      if (p.nextToken() == JsonToken.START_ARRAY) {
        return firstHasAccount(p) ? Shape.REBIT : Shape.TREE;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        t = p.nextToken();
        transaction |= name.equals("transaction_id");
        if (name.equals("Account")) {
          if (!plainAccount(p)) {
            return Shape.TREE;
          }
          rebit = true;
        } else if (name.equals("accounts") && t == JsonToken.START_ARRAY) {
          rebit |= firstHasAccount(p);
        } else {
          rebit |= name.equals("accounts");
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw notJson(in.name(), e);
    }
    return transaction ? Shape.NDJSON : rebit ? Shape.REBIT : Shape.TREE;
  }

  /**
   * Reads the array the parser is at to its end: true when it is empty, its first element is not an
   * object (the streaming reader then refuses it with its path) or has an {@code Account} key.
   */
  private static boolean firstHasAccount(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    boolean found = true;
    if (t == JsonToken.START_OBJECT) {
      found = false;
      for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        boolean account = p.currentName().equals("Account");
        p.nextToken();
        if (account && !plainAccount(p)) {
          return false;
        }
        found |= account;
        p.skipChildren();
      }
    } else if (t != null) {
      p.skipChildren();
    }
    while (t != null && t != JsonToken.END_ARRAY) {
      t = p.nextToken();
      p.skipChildren();
    }
    return found;
  }

  /**
   * Reads the value of an {@code Account} member to its end: false when it is an array or an object
   * that only {@link AaEnvelope} reads (xml2js attributes, other letter case).
   */
  private static boolean plainAccount(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      p.skipChildren();
      return false;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return true;
    }
    boolean plain = true;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      t = p.nextToken();
      plain &= AaEnvelope.plainMember(name, t == JsonToken.START_ARRAY);
      p.skipChildren();
    }
    return plain;
  }

  static JsonParser parser(Input in) throws IOException {
    JsonNode tree = in.tree();
    if (tree != null) {
      return tree.traverse(LakeJson.mapper());
    }
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
