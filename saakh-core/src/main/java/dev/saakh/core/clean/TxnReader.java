package dev.saakh.core.clean;

import dev.saakh.core.bank.TxnMode;
import java.util.Locale;

/**
 * Reads one raw transaction line into a {@link TxnRow}: date, amount with its Dr/Cr marker,
 * balance, type column, mode, value date, reference and narration. A value that is present but
 * unreadable where it matters (date, amount, account) becomes a {@link Reason}; an unreadable
 * optional value (balance, mode, value date) is dropped and counted. Not thread-safe.
 */
final class TxnReader {
  private final DateParser dates = new DateParser();
  private final AmountParser amounts = new AmountParser();

  TxnRow read(TxnLine o, RawLine line, Tally tally) {
    TxnRow row = new TxnRow(line, o.text[TxnLine.ID]);
    for (String name : o.unknown) {
      tally.add("unknown_field:" + name);
    }
    row.accountId = o.text[TxnLine.ACCOUNT];
    if (row.accountId == null) {
      row.reasons.add(new Reason(ReasonCode.MISSING_FIELD, "account_id", null));
    }
    date(row, o);
    amount(row, o);
    balance(row, o, tally);
    type(row, o.text[TxnLine.TYPE], tally);
    row.narration = o.text[TxnLine.NARRATION];
    row.reference = o.text[TxnLine.REFERENCE];
    mode(row, o.text[TxnLine.MODE], tally);
    String valueDate = o.text[TxnLine.VALUE_DATE];
    if (valueDate != null) {
      if (dates.parse(valueDate)) {
        row.valueDate = dates.epochDay();
      } else {
        tally.add("dropped_unreadable:value_date");
      }
    }
    return row;
  }

  private void date(TxnRow row, TxnLine o) {
    String text = o.text[TxnLine.DATE];
    row.rawDate = text;
    if (text == null) {
      wrongKind(row, "date", o, TxnLine.DATE);
      row.dateMissing = o.missing(TxnLine.DATE);
    } else if (dates.parse(text)) {
      row.date = dates.epochDay();
    } else {
      row.reasons.add(new Reason(dates.reason(), "date", FieldNormaliser.clip(text)));
    }
  }

  private void amount(TxnRow row, TxnLine o) {
    String text = o.text[TxnLine.AMOUNT];
    row.rawAmount = text;
    if (text == null) {
      wrongKind(row, "amount", o, TxnLine.AMOUNT);
      row.amountMissing = o.missing(TxnLine.AMOUNT);
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

  private void balance(TxnRow row, TxnLine o, Tally tally) {
    String text = o.text[TxnLine.BALANCE];
    row.rawBalance = text;
    if (text != null && amounts.parse(text)) {
      row.balance = amounts.signedPaise();
    } else if (text != null || o.state[TxnLine.BALANCE] == TxnLine.OTHER) {
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

  /** A present value that is neither text nor a number, such as an object or true. */
  private static void wrongKind(TxnRow row, String field, TxnLine o, int index) {
    if (o.state[index] == TxnLine.OTHER) {
      row.reasons.add(new Reason(ReasonCode.INVALID_VALUE, field, "not a string or number"));
    }
  }
}
