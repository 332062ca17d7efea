package dev.saakh.core.clean;

import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;

/** Turns a settled {@link TxnRow} into a clean {@link Transaction}, or says why it cannot. */
final class TxnFinisher {
  private TxnFinisher() {}

  /** The clean transaction, or null with the reasons added to the row. */
  static Transaction finish(String customerId, TxnRow r, NarrationParser narrations, Tally tally) {
    if (!r.fatal()) {
      check(r, tally);
    }
    if (r.fatal()) {
      return null;
    }
    TxnType type = r.sign > 0 ? TxnType.CREDIT : TxnType.DEBIT;
    String text = r.narration == null ? "" : r.narration;
    if (r.narration == null) {
      tally.add("narration_missing");
    }
    Narration n = narrations.parse(text, type);
    Channel channel = n.channel();
    if (r.narration == null && r.mode != null) {
      channel = fromMode(r.mode);
    }
    tally.shape(n.shape());
    LocalDate date = LocalDate.ofEpochDay(r.date);
    return new Transaction(
        r.id,
        r.accountId,
        customerId,
        date,
        r.valueDate == TxnRow.UNKNOWN ? date : LocalDate.ofEpochDay(r.valueDate),
        type,
        Money.ofPaise(r.amount),
        r.mode != null ? r.mode : channel.mode(),
        channel,
        n.direction(),
        n.counterparty(),
        n.vpa(),
        n.ifsc(),
        r.reference != null ? r.reference : n.reference(),
        n.category(),
        text,
        r.balanceKnown() ? Money.ofPaise(r.balance) : null,
        "INR");
  }

  /** The rail a ReBIT mode names on its own; FT and OTHERS name none. */
  static Channel fromMode(TxnMode mode) {
    return switch (mode) {
      case CASH -> Channel.CASH;
      case ATM -> Channel.ATM;
      case CARD -> Channel.CARD;
      case UPI -> Channel.UPI;
      case FT, OTHERS -> Channel.OTHER;
    };
  }

  private static void check(TxnRow r, Tally tally) {
    if (r.date == TxnRow.UNKNOWN) {
      r.reasons.add(new Reason(ReasonCode.MISSING_FIELD, "date", "neighbours do not settle it"));
    }
    if (!r.amountKnown()) {
      r.reasons.add(
          new Reason(ReasonCode.MISSING_FIELD, "amount", "the balance change does not settle it"));
    }
    if (r.sign == 0 && r.markerSign == 0 && r.typeSign == 0 && r.signedExport) {
      r.sign = 1;
      tally.add("type_from_signed_export");
    }
    if (r.sign == 0 && r.amountKnown()) {
      boolean conflict = r.markerSign != 0 && r.typeSign != 0;
      r.reasons.add(
          new Reason(
              conflict ? ReasonCode.CONFLICTING_TYPE : ReasonCode.TYPE_UNKNOWN,
              "type",
              conflict ? r.rawAmount + " / " + r.rawType : null));
    }
  }
}
