package dev.saakh.server.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.clean.Duplicate;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.features.BehaviouralFeatures;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.BankStatementFile;
import dev.saakh.core.statement.DuplicateLine;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementFiles;
import dev.saakh.core.statement.StatementReport;
import dev.saakh.core.statement.StatementSet;
import dev.saakh.files.OfficeSheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A bank statement sent as a request body or uploaded files, read by core's {@link StatementFiles}
 * (every format it reads, told by content) and, as the seed also took, a JSON array of clean
 * transactions, which is read as NDJSON (element n = line n in messages).
 */
final class StatementBody {
  /** How messages name the body. */
  static final String SOURCE = "request body";

  static final String ARRAY_SOURCE =
      "request body (array of clean transactions; line n = element n)";

  private static final OfficeSheets SHEETS = new OfficeSheets();

  private StatementBody() {}

  /**
   * The statement a body holds, in any format core reads; a {@code StatementException} says what
   * was wrong.
   */
  static StatementSet.Result read(byte[] body) {
    byte[] ndjson = cleanArrayAsNdjson(body);
    return ndjson == null
        ? StatementFiles.readAll(List.of(new StatementFiles.Named(SOURCE, body)), SHEETS)
        : StatementSet.Result.of(BankStatementFile.parse(ndjson, ARRAY_SOURCE));
  }

  /** Uploaded files, a protected one opened with the first of {@code passwords} that opens it. */
  static StatementSet.Result read(List<StatementFiles.Named> files, List<String> passwords) {
    return StatementFiles.readAll(
        files, passwords.isEmpty() ? SHEETS : new OfficeSheets(passwords));
  }

  /**
   * The body as NDJSON when it is a JSON array whose first element is an object with {@code
   * transaction_id} (clean transactions); otherwise null, and core reads (or refuses) it as it is.
   */
  static byte[] cleanArrayAsNdjson(byte[] body) {
    int i = 0;
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < body.length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i >= body.length || body[i] != '[') {
      return null;
    }
    ObjectMapper mapper = LakeJson.mapper();
    JsonNode tree;
    try {
      tree = mapper.readTree(new String(body, i, body.length - i, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return null;
    }
    if (tree == null || tree.isEmpty() || !tree.get(0).has("transaction_id")) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    try {
      for (JsonNode element : tree) {
        out.write(mapper.writeValueAsBytes(element));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON held in memory", e);
    }
    return out.toByteArray();
  }

  /**
   * The seed's analysis reply: {@code {"features": {name: value}, "explanations": {name: {"inputs",
   * "note"}}, "customer_id", "format", "from", "to", "accounts", "clean_transactions",
   * "quarantined_transactions", "duplicate_transactions"}}; the customer id is null when the
   * statement names none. The caller has checked there is at least one transaction.
   */
  static ObjectNode analysis(StatementSet.Result r) {
    StatementData s = r.statement();
    List<Transaction> txns = s.data().transactions();
    LocalDate from =
        txns.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to =
        txns.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
    FeatureVector v = BehaviouralFeatures.of(txns, from, to);
    JsonNode tree = LakeJson.mapper().valueToTree(v);
    ObjectNode out = LakeJson.mapper().createObjectNode();
    out.set("features", FlatFeatures.values(tree));
    out.set("explanations", FlatFeatures.explanations(tree));
    out.put("customer_id", customerId(s));
    out.put("format", s.format().name());
    out.set("from", tree.path("from"));
    out.set("to", tree.path("to"));
    out.set("accounts", tree.path("accounts"));
    out.put("clean_transactions", txns.size());
    out.put("quarantined_transactions", quarantined(s).size());
    out.put("duplicate_transactions", duplicates(s));
    out.set("files", StatementReport.files(s));
    out.set("consents", StatementReport.consents(r.consents()));
    out.set("quarantined", quarantinedDetail(s));
    out.set("duplicates", duplicatesDetail(s));
    out.set("balance_chains", StatementReport.chains(s));
    return out;
  }

  /** Each quarantined account or transaction: where (file and entry when several), why. */
  private static ArrayNode quarantinedDetail(StatementData s) {
    ArrayNode out = LakeJson.mapper().createArrayNode();
    if (s.clean() == null) {
      return out;
    }
    for (Dataset d : List.of(Dataset.ACCOUNTS, Dataset.TRANSACTIONS)) {
      for (Quarantined q : s.clean().dataset(d).quarantined()) {
        ObjectNode o = out.addObject();
        o.put("dataset", q.dataset());
        o.put("line", q.line());
        where(o, s, d == Dataset.TRANSACTIONS, q.line());
        o.put("record_id", q.recordId());
        o.set("reasons", LakeJson.mapper().valueToTree(q.reasons()));
      }
    }
    return out;
  }

  /** Each duplicate removed: which line, which record it repeated, and how they matched. */
  private static ArrayNode duplicatesDetail(StatementData s) {
    ArrayNode out = LakeJson.mapper().createArrayNode();
    for (DuplicateLine d : s.duplicates()) {
      ObjectNode o = out.addObject();
      o.put("line", d.line());
      o.put("transaction_id", d.transactionId());
      o.put("duplicate_of_line", d.firstLine());
    }
    if (s.clean() != null) {
      for (Duplicate d : s.clean().dataset(Dataset.TRANSACTIONS).duplicates()) {
        ObjectNode o = out.addObject();
        o.put("line", d.line());
        where(o, s, true, d.line());
        o.put("transaction_id", d.recordId());
        o.put("duplicate_of", d.duplicateOf());
        o.put("match", d.match());
      }
    }
    return out;
  }

  private static void where(ObjectNode o, StatementData s, boolean txn, long line) {
    StatementReport.Location at = StatementReport.locate(s, txn, line);
    if (at != null) {
      o.put("file", at.file());
      o.put("file_entry", at.entry());
    }
  }

  /** The statement's customer id, or null for a document that names none. */
  static String customerId(StatementData s) {
    return BankStatementFile.ANONYMOUS_CUSTOMER.equals(s.customerId()) ? null : s.customerId();
  }

  /** The transactions cleaning set aside (none for clean NDJSON, read as already clean). */
  static List<Quarantined> quarantined(StatementData s) {
    return s.clean() == null ? List.of() : s.clean().dataset(Dataset.TRANSACTIONS).quarantined();
  }

  static int duplicates(StatementData s) {
    int n = s.duplicates().size();
    if (s.clean() != null) {
      n += s.clean().dataset(Dataset.TRANSACTIONS).duplicates().size();
    }
    return n;
  }
}
