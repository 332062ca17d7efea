package dev.saakh.core.clean;

import dev.saakh.core.bank.TxnMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One raw transaction on its way through cleaning: the values read so far, what is still unknown,
 * and the reasons it cannot be cleaned. Mutable scratch, package-private.
 */
final class TxnRow {
  static final long UNKNOWN = Long.MIN_VALUE;

  final RawLine line;
  final String id;
  String accountId;

  /** Epoch day, or {@link #UNKNOWN}; {@link #dateMissing} says whether a repair may fill it. */
  long date = UNKNOWN;

  boolean dateMissing;
  long valueDate = UNKNOWN;

  /** Absolute amount in paise, or {@link #UNKNOWN}. */
  long amount = UNKNOWN;

  boolean amountMissing;

  /** +1 credit, −1 debit, 0 not known yet. */
  int sign;

  /** The sign the amount's own marker gave, and the sign the type column gave (0: none). */
  int markerSign;

  int typeSign;

  /** The amount carried a minus sign or parentheses: the export writes debits signed. */
  boolean minusMarker;

  /** Set by the cleaner when the account's export writes debits signed and credits bare. */
  boolean signedExport;

  /** Balance after the entry in paise, or {@link #UNKNOWN}. */
  long balance = UNKNOWN;

  boolean balanceDerived;
  String narration;
  TxnMode mode;
  String reference;

  /** The raw texts that make up the duplicate key when a value did not parse. */
  String rawDate;

  String rawAmount;
  String rawBalance;
  String rawType;
  final List<Reason> reasons = new ArrayList<>();

  TxnRow(RawLine line, String id) {
    this.line = line;
    this.id = id;
  }

  boolean fatal() {
    return !reasons.isEmpty();
  }

  long signedAmount() {
    return sign * amount;
  }

  boolean amountKnown() {
    return amount != UNKNOWN;
  }

  boolean balanceKnown() {
    return balance != UNKNOWN;
  }
}
