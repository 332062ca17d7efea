package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.bank.TxnMode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one raw transaction object into a {@link TxnRow}: date, amount with its Dr/Cr marker,
 * balance, type column, mode, value date, reference and narration. A value that is present but
 * unreadable where it matters (date, amount, account) becomes a {@link Reason}; an unreadable
 * optional value (balance, mode, value date) is dropped and counted. Not thread-safe.
 */
final class TxnReader {
  private static final Set<String> FIELDS =
      Set.of(
          "transaction_id",
          "account_id",
          "customer_id",
          "date",
          "amount",
          "narration",
          "balance",
          "type",
          "mode",
          "value_date",
          "reference");
  private final DateParser dates = new DateParser();
  private final AmountParser amounts = new AmountParser();

  TxnRow read(RecordCleaner.Parsed parsed, RawLine line, Tally tally) {
    ObjectNode o = parsed.node();
    TxnRow row = new TxnRow(line, parsed.id());
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        tally.add("unknown_field:" + name);
      }
    }
    row.accountId = text(o, "account_id");
    if (row.accountId == null) {
      row.reasons.add(new Reason(ReasonCode.MISSING_FIELD, "account_id", null));
    }
    date(row, text(o, "date"), o.get("date"));
    amount(row, text(o, "amount"), o.get("amount"));
    balance(row, text(o, "balance"), o.get("balance"), tally);
    type(row, text(o, "type"), tally);
    row.narration = text(o, "narration");
    row.reference = text(o, "reference");
    mode(row, text(o, "mode"), tally);
    String valueDate = text(o, "value_date");
    if (valueDate != null) {
      if (dates.parse(valueDate)) {
        row.valueDate = dates.epochDay();
      } else {
        tally.add("dropped_unreadable:value_date");
      }
    }
    return row;
  }

  private void date(TxnRow row, String text, JsonNode node) {
    row.rawDate = text;
    if (text == null) {
      wrongKind(row, "date", node);
      row.dateMissing = node == null || node.isNull() || node.isTextual();
    } else if (dates.parse(text)) {
      row.date = dates.epochDay();
    } else {
      row.reasons.add(new Reason(dates.reason(), "date", FieldNormaliser.clip(text)));
    }
  }

  private void amount(TxnRow row, String text, JsonNode node) {
    row.rawAmount = text;
    if (text == null) {
      wrongKind(row, "amount", node);
      row.amountMissing = node == null || node.isNull() || node.isTextual();
    } else if (amounts.parse(text)) {
      row.amount = amounts.paise();
      row.markerSign =
          amounts.marker() == AmountParser.Marker.NONE ? 0 : Long.signum(amounts.signedPaise());
      row.minusMarker = amounts.marker() == AmountParser.Marker.MINUS;
      if (row.amount == 0) {
        row.reasons.add(new Reason(ReasonCode.ZERO_AMOUNT, "amount", text));
      }
    } else {
      row.reasons.add(new Reason(amounts.reason(), "amount", FieldNormaliser.clip(text)));
    }
  }

  private void balance(TxnRow row, String text, JsonNode node, Tally tally) {
    row.rawBalance = text;
    if (text != null && amounts.parse(text)) {
      row.balance = amounts.signedPaise();
    } else if (text != null || node != null && !node.isNull() && !node.isTextual()) {
      tally.add("dropped_unreadable:balance");
    }
  }

  private static void type(TxnRow row, String text, Tally tally) {
    row.rawType = text;
    if (text == null) {
      return;
    }
    switch (text.toUpperCase(Locale.ROOT).replace(".", "")) {
      case "DR", "D", "DEBIT" -> row.typeSign = -1;
      case "CR", "C", "CREDIT" -> row.typeSign = 1;
      default -> tally.add("dropped_unreadable:type");
    }
  }

  private static void mode(TxnRow row, String text, Tally tally) {
    if (text == null) {
      return;
    }
    try {
      row.mode = TxnMode.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      tally.add("dropped_unreadable:mode");
    }
  }

  /** A present value that is not a string (a number where text belongs is read as its text). */
  private static void wrongKind(TxnRow row, String field, JsonNode node) {
    if (node != null && !node.isNull() && !node.isTextual()) {
      row.reasons.add(
          new Reason(ReasonCode.INVALID_VALUE, field, FieldNormaliser.clip(node.toString())));
    }
  }

  /** The field's trimmed text; numbers count as text; null when absent, null, blank or other. */
  static String text(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !(v.isTextual() || v.isNumber())) {
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }
}
