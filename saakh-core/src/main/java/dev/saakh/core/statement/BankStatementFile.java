package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one bank statement file, telling its format from its content: a clean transactions NDJSON
 * file (one clean transaction per line, one customer) or a ReBIT DEPOSIT JSON document ({@code
 * {"Account": …}}, an array of them, or {@code {"customer_id": …, "accounts": [{"Account": …}]}}).
 * ReBIT accounts and transactions are turned into the lake's raw records and cleaned exactly as the
 * lake is.
 */
public final class BankStatementFile {
  /** Larger files are refused: one customer's statement is far smaller. */
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  /** What a statement file turned into. */
  public enum Format {
    CLEAN_NDJSON,
    REBIT_DEPOSIT_JSON
  }

  /**
   * One statement's clean data.
   *
   * @param clean the clean stage's result for a ReBIT document (counts, quarantine); null for clean
   *     NDJSON
   */
  public record StatementData(
      String customerId, Format format, CustomerData data, CleanResult clean) {}

  private BankStatementFile() {}

  public static StatementData read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new StatementException(
          Code.TOO_LARGE, file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    }
    return parse(Files.readAllBytes(file), file.toString());
  }

  public static StatementData parse(byte[] bytes, String source) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new StatementException(Code.EMPTY, source + ": the file is empty");
    }
    if (trimmed.startsWith("[")) {
      return Rebit.parse(tree(trimmed, source), source);
    }
    if (!trimmed.startsWith("{")) {
      throw unknown(source);
    }
    int newline = trimmed.indexOf('\n');
    String first = newline < 0 ? trimmed : trimmed.substring(0, newline);
    JsonNode head = newline < 0 ? tree(trimmed, source) : firstLine(first);
    if (head != null && head.has("transaction_id")) {
      return cleanNdjson(trimmed, source);
    }
    JsonNode whole = tree(trimmed, source);
    if (whole.has("Account") || whole.has("accounts")) {
      return Rebit.parse(whole, source);
    }
    throw unknown(source);
  }

  private static JsonNode firstLine(String line) {
    try {
      return LakeJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      return null; // a pretty-printed document: its first line alone is not JSON
    }
  }

  static JsonNode tree(String text, String source) {
    try {
      JsonNode n = LakeJson.mapper().readTree(text);
      if (n == null) {
        throw new StatementException(Code.EMPTY, source + ": the file is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new StatementException(
          Code.NOT_JSON,
          source
              + ": not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    }
  }

  private static StatementException unknown(String source) {
    return new StatementException(
        Code.UNKNOWN_FORMAT,
        source
            + ": not a statement Saakh reads (expected clean transactions NDJSON, or ReBIT DEPOSIT"
            + " JSON: {\"Account\": …}, a list of them, or {\"accounts\": […]})");
  }

  private static StatementData cleanNdjson(String text, String source) {
    List<Transaction> txns = new ArrayList<>();
    String customer = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Transaction t = transaction(lines[i], source, i + 1);
      if (customer != null && !customer.equals(t.customerId())) {
        throw new StatementException(
            Code.MIXED_CUSTOMERS,
            source + ": line " + (i + 1) + " is customer " + t.customerId() + ", not " + customer);
      }
      customer = t.customerId();
      txns.add(t);
    }
    CustomerData data =
        new CustomerData(
            customer, List.of(), List.of(), List.of(), txns, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());
    return new StatementData(customer, Format.CLEAN_NDJSON, data, null);
  }

  private static Transaction transaction(String line, String source, int number) {
    try {
      return LakeJson.mapper().readValue(line, Transaction.class);
    } catch (JsonProcessingException e) {
      String field =
          e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                  && !m.getPath().isEmpty()
              ? m.getPath().get(m.getPath().size() - 1).getFieldName()
              : null;
      throw new StatementException(
          Code.BAD_RECORD,
          source
              + ": line "
              + number
              + " is not a clean transaction"
              + (field == null ? "" : " (field " + field + ")")
              + ": "
              + firstLineOf(e.getOriginalMessage()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StatementException(
          Code.BAD_RECORD,
          source + ": line " + number + " is not a clean transaction: " + e.getMessage());
    }
  }

  private static String firstLineOf(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static CleanResult clean(String customerId, Rebit.Raw raw) {
    return Cleaner.withDefaults().clean(customerId, raw.lines());
  }
}
