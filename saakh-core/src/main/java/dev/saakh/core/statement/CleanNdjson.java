package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.BankStatementFile.Input;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Clean transactions NDJSON: each line one {@link Transaction} in {@link LakeJson}'s form, all of
 * one customer. A line that does not bind is refused with its line number and field; nothing is
 * dropped. A line that repeats an earlier one exactly (same id, same content) is removed and
 * reported ({@link DuplicateLine}); the same id with other content refuses the file.
 */
final class CleanNdjson {
  /** Numbers beyond this scale or precision are refused before binding (1e999999999 → OOM). */
  private static final int MAX_DIGITS = 64;

  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private CleanNdjson() {}

  static StatementData read(Input in) throws IOException {
    String source = in.name();
    List<Transaction> txns = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    Map<String, Transaction> kept = new HashMap<>();
    List<DuplicateLine> duplicates = new ArrayList<>();
    String customer = null;
    int customerLine = 0;
    try (JsonParser p = BankStatementFile.parser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          throw bad(source, line, null, "not a JSON object (found " + t.asString() + ")");
        }
        Transaction txn = bind(LakeJson.mapper().readTree(p), source, line);
        if (customer == null) {
          customer = customerId(txn.customerId(), source, line);
          customerLine = line;
        } else if (!customer.equals(txn.customerId())) {
          throw new StatementException(
              Code.MIXED_CUSTOMERS,
              String.format(
                  "%s: line %d is customer %s, but line %d is %s; a statement is one customer's",
                  source, line, txn.customerId(), customerLine, customer));
        }
        Integer first = lineOf.putIfAbsent(txn.transactionId(), line);
        if (first == null) {
          kept.put(txn.transactionId(), txn);
          txns.add(txn);
        } else if (kept.get(txn.transactionId()).equals(txn)) {
          duplicates.add(new DuplicateLine(line, txn.transactionId(), first));
        } else {
          throw conflict(source, line, first, kept.get(txn.transactionId()), txn);
        }
      }
    } catch (JsonMappingException e) {
      throw new StatementException(Code.BAD_RECORD, source + ": " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw BankStatementFile.notJson(source, e);
    }
    CustomerData data =
        new CustomerData(
            customer, List.of(), List.of(), List.of(), txns, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());
    return new StatementData(customer, Format.CLEAN_NDJSON, data, null, duplicates);
  }

  /**
   * Two lines of one id that say different things: which is right cannot be told, so the file is
   * refused, naming both lines and the fields that differ.
   */
  private static StatementException conflict(
      String source, int line, int first, Transaction earlier, Transaction later) {
    JsonNode a = LakeJson.mapper().valueToTree(earlier);
    JsonNode b = LakeJson.mapper().valueToTree(later);
    Set<String> fields = new TreeSet<>();
    a.fieldNames().forEachRemaining(fields::add);
    b.fieldNames().forEachRemaining(fields::add);
    fields.removeIf(f -> a.path(f).equals(b.path(f)));
    return new StatementException(
        Code.DUPLICATE_ID_CONFLICT,
        String.format(
            java.util.Locale.ROOT,
            "%s: line %d has the transaction_id %s of line %d but a different %s; a statement"
                + " holds each transaction once, so which is right cannot be told",
            source,
            line,
            later.transactionId(),
            first,
            String.join(", ", fields)));
  }

  private static String customerId(String id, String source, int line) {
    try {
      CustomerId.parse(id);
      return id;
    } catch (IllegalArgumentException e) {
      throw bad(source, line, "customer_id", e.getMessage());
    }
  }

  private static Transaction bind(JsonNode node, String source, int line) {
    checkNumbers(node, source, line);
    try {
      return LakeJson.mapper().treeToValue(node, Transaction.class);
    } catch (UnrecognizedPropertyException e) {
      throw bad(source, line, e.getPropertyName(), "not a field of a clean transaction");
    } catch (InvalidFormatException e) {
      throw bad(
          source,
          line,
          field(e),
          "cannot read " + e.getValue() + " as " + e.getTargetType().getSimpleName());
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NullPointerException && cause.getMessage() != null) {
        throw bad(source, line, SNAKE.translate(cause.getMessage()), "missing or null");
      }
      throw bad(
          source, line, field(e), cause == null ? e.getOriginalMessage() : cause.getMessage());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String message =
          e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      String field = e instanceof JsonMappingException m ? field(m) : null;
      throw bad(source, line, field, BankStatementFile.firstLine(message));
    }
  }

  /** Refuses numbers whose binding to money would take unbounded time or memory. */
  private static void checkNumbers(JsonNode node, String source, int line) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode v = node.get(name);
      if (v.isBigDecimal()) {
        BigDecimal d = v.decimalValue();
        if (Math.abs(d.scale()) > MAX_DIGITS || d.precision() > MAX_DIGITS) {
          throw bad(source, line, name, "number out of range: " + d);
        }
      }
    }
  }

  private static String field(JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
  }

  private static StatementException bad(String source, int line, String field, String what) {
    String where = field == null ? "" : ", field " + field;
    return new StatementException(
        Code.BAD_RECORD,
        source + ": line " + line + where + ": " + BankStatementFile.firstLine(what));
  }
}
