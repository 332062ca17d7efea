package dev.saakh.core.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One raw transaction line read with Jackson's streaming parser into its flat fields, without
 * building a tree: a bank export row is one object of strings, so a tree of maps per line would be
 * most of the cost of cleaning. Nested values are noted, not read. Reused line after line; not
 * thread-safe.
 */
final class TxnLine {
  static final int ID = 0;
  static final int ACCOUNT = 1;
  static final int CUSTOMER = 2;
  static final int DATE = 3;
  static final int AMOUNT = 4;
  static final int NARRATION = 5;
  static final int BALANCE = 6;
  static final int TYPE = 7;
  static final int MODE = 8;
  static final int VALUE_DATE = 9;
  static final int REFERENCE = 10;
  private static final int FIELDS = 11;

  /** How a field appeared: not at all, as null, as a string or number, or as something else. */
  static final byte ABSENT = 0;

  static final byte NULL = 1;
  static final byte TEXT = 2;
  static final byte OTHER = 3;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 20).build())
          .build();

  /** Trimmed text of each field; null unless its state is TEXT and it is not blank. */
  final String[] text = new String[FIELDS];

  final byte[] state = new byte[FIELDS];
  final List<String> unknown = new ArrayList<>();

  /** Why the line is not a JSON object, or null. */
  ReasonCode problem;

  String detail;

  /** Reads {@code line}; false when it is not one JSON object ({@link #problem} says why). */
  boolean parse(String line) {
    Arrays.fill(text, null);
    Arrays.fill(state, ABSENT);
    unknown.clear();
    problem = null;
    detail = null;
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return fail(ReasonCode.NOT_AN_OBJECT, first == null ? "empty" : first.asString());
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field(p, index(p.currentName()), p.nextToken());
      }
      if (p.nextToken() != null) {
        return fail(ReasonCode.NOT_JSON, "more than one JSON value on the line");
      }
      return true;
    } catch (IOException e) {
      return fail(ReasonCode.NOT_JSON, RecordCleaner.firstLine(e.getMessage()));
    }
  }

  private void field(JsonParser p, int i, JsonToken value) throws IOException {
    if (i < 0) {
      unknown.add(p.currentName());
      p.skipChildren();
      return;
    }
    switch (value) {
      case VALUE_NULL -> {
        state[i] = NULL;
        text[i] = null;
      }
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        state[i] = TEXT;
        String s = p.getText().trim();
        text[i] = s.isEmpty() ? null : s;
      }
      default -> {
        state[i] = OTHER;
        text[i] = null;
        p.skipChildren();
      }
    }
  }

  private boolean fail(ReasonCode code, String why) {
    problem = code;
    detail = why;
    return false;
  }

  /** True when the field is absent, null or a blank string: missing, as exports show it. */
  boolean missing(int field) {
    return state[field] != OTHER && text[field] == null;
  }

  private static int index(String name) {
    return switch (name) {
      case "transaction_id" -> ID;
      case "account_id" -> ACCOUNT;
      case "customer_id" -> CUSTOMER;
      case "date" -> DATE;
      case "amount" -> AMOUNT;
      case "narration" -> NARRATION;
      case "balance" -> BALANCE;
      case "type" -> TYPE;
      case "mode" -> MODE;
      case "value_date" -> VALUE_DATE;
      case "reference" -> REFERENCE;
      default -> -1;
    };
  }
}
