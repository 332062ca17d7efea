package dev.saakh.server.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.RebitDeposit;
import dev.saakh.core.statement.StatementException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decrypted FI documents of one customer turned into raw lake lines: a ReBIT DEPOSIT Account (JSON
 * or XML, told apart by content) into {@code accounts} and {@code transactions}; Saakh's form for
 * the other FI types ({@code {"Saakh": {"version": "1", "fiType": …, "dataset": …, "records":
 * ["<raw line>", …]}}}) into its dataset, the lines kept exactly as sent. A document of an FI type
 * the consent does not name is refused, not stored.
 */
final class FiDocuments {
  private final RebitDeposit deposit;
  private final Map<Dataset, List<RawLine>> other = new EnumMap<>(Dataset.class);
  private final Set<FiType> allowed;
  private final Set<String> types = new TreeSet<>();
  private int documents;

  FiDocuments(String customerId, Set<FiType> allowed) {
    this.deposit = new RebitDeposit(customerId);
    this.allowed = allowed;
  }

  /** Adds one decrypted document; an unreadable one is a {@link StatementException}. */
  void add(byte[] doc, String source) {
    documents++;
    JsonNode saakh = saakhForm(doc, source);
    if (saakh == null) {
      check(FiType.DEPOSIT, source);
      deposit.add(doc, source);
      types.add(FiType.DEPOSIT.name());
      return;
    }
    String type = saakh.path("fiType").asText("");
    FiType fi;
    Dataset dataset;
    try {
      fi = FiType.valueOf(type);
      dataset = Dataset.named(saakh.path("dataset").asText(""));
    } catch (IllegalArgumentException e) {
      throw bad(source, "its fiType '" + type + "' or dataset is not one Saakh reads");
    }
    check(fi, source);
    JsonNode records = saakh.path("records");
    if (!records.isArray()) {
      throw bad(source, "Saakh.records is not an array of lines");
    }
    List<RawLine> lines = other.computeIfAbsent(dataset, d -> new ArrayList<>());
    for (JsonNode r : records) {
      if (!r.isTextual()) {
        throw bad(source, "Saakh.records holds a " + r.getNodeType() + ", not a line of text");
      }
      lines.add(RawLine.of(lines.size() + 1L, r.asText()));
    }
    types.add(fi.name());
  }

  private void check(FiType type, String source) {
    if (!allowed.contains(type)) {
      throw bad(source, "it is " + type + " data, which the consent does not cover");
    }
  }

  /** The {@code Saakh} object if the document is in Saakh's form, else null (a ReBIT document). */
  private static JsonNode saakhForm(byte[] doc, String source) {
    int i = 0;
    while (i < doc.length && Character.isWhitespace(doc[i])) {
      i++;
    }
    if (i >= doc.length || doc[i] != '{') {
      return null;
    }
    JsonNode tree;
    try {
      tree = LakeJson.mapper().readTree(doc);
    } catch (IOException e) {
      throw bad(source, "not valid JSON");
    }
    JsonNode s = tree == null ? null : tree.get("Saakh");
    return s != null && s.isObject() ? s : null;
  }

  private static StatementException bad(String source, String why) {
    return new StatementException(StatementException.Code.BAD_RECORD, source + ": " + why);
  }

  /** Every line so far, per dataset. */
  Map<Dataset, List<RawLine>> raw() {
    Map<Dataset, List<RawLine>> out = new EnumMap<>(Dataset.class);
    out.putAll(deposit.rawLines());
    out.putAll(other);
    return out;
  }

  /** The FI types documents came for, sorted. */
  List<String> fiTypes() {
    return List.copyOf(types);
  }

  int documents() {
    return documents;
  }

  long transactions() {
    return deposit.transactions();
  }
}
