package dev.saakh.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds repeated transactions, first come first kept. Two rules: the same id with the same content
 * ({@code same_id}; the same id with other content is a conflict, not a duplicate), and another id
 * with the same stable key ({@code same_key}): account, date, amount with its direction, balance
 * after, and the narration normalised for case and spacing, plus the reference. The balance makes
 * the key safe: two genuine equal payments on one day leave different balances.
 *
 * <p>Rows are looked up by a hash of the id and by a hash of the key's numeric parts, in flat
 * tables ({@link HashSlots}); the narration is normalised only for the rare rows whose other parts
 * all match an earlier row's.
 */
final class Dedupe {
  private final List<TxnRow> kept;
  private final HashSlots byId;
  private final HashSlots byKey;

  record Verdict(String duplicateOf, String match, boolean conflict) {}

  private static final Verdict NEW = new Verdict(null, null, false);
  private static final Verdict CONFLICT = new Verdict(null, null, true);

  /** Sized for {@code expected} rows. */
  Dedupe(int expected) {
    kept = new ArrayList<>(expected);
    byId = new HashSlots(expected);
    byKey = new HashSlots(expected);
  }

  /** Rows must have an id. */
  Verdict check(TxnRow row) {
    long idHash = row.id.hashCode();
    for (int s = byId.first(idHash); s >= 0; s = byId.next(idHash, s)) {
      TxnRow same = kept.get(byId.value(s));
      if (same.id.equals(row.id)) {
        return sameContent(same, row) ? new Verdict(same.id, "same_id", false) : CONFLICT;
      }
    }
    long keyHash = keyHash(row);
    for (int s = byKey.first(keyHash); s >= 0; s = byKey.next(keyHash, s)) {
      TxnRow first = kept.get(byKey.value(s));
      if (sameKey(first, row)) {
        return new Verdict(first.id, "same_key", false);
      }
    }
    byId.add(idHash, kept.size());
    byKey.add(keyHash, kept.size());
    kept.add(row);
    return NEW;
  }

  /** A hash of every part of the key but the narration and reference. */
  private static long keyHash(TxnRow r) {
    long h = Objects.hashCode(r.accountId);
    h = h * 31 + (r.date != TxnRow.UNKNOWN ? r.date : Objects.hashCode(r.rawDate));
    if (r.amountKnown()) {
      h = h * 31 + r.amount;
      h = h * 31 + r.markerSign * 3L + r.typeSign;
    } else {
      h = h * 31 + Objects.hashCode(r.rawAmount);
      h = h * 31 + Objects.hashCode(r.rawType);
    }
    return h * 31 + (r.balanceKnown() ? r.balance : Objects.hashCode(r.rawBalance));
  }

  private static boolean sameKey(TxnRow a, TxnRow b) {
    return Objects.equals(a.accountId, b.accountId)
        && a.date == b.date
        && (a.date != TxnRow.UNKNOWN || Objects.equals(a.rawDate, b.rawDate))
        && a.amount == b.amount
        && (a.amountKnown()
            ? a.markerSign == b.markerSign && a.typeSign == b.typeSign
            : Objects.equals(a.rawAmount, b.rawAmount) && Objects.equals(a.rawType, b.rawType))
        && a.balance == b.balance
        && (a.balanceKnown() || Objects.equals(a.rawBalance, b.rawBalance))
        && Objects.equals(a.reference, b.reference)
        && normalise(a.narration).equals(normalise(b.narration));
  }

  private static boolean sameContent(TxnRow a, TxnRow b) {
    return Objects.equals(a.accountId, b.accountId)
        && Objects.equals(a.rawDate, b.rawDate)
        && Objects.equals(a.rawAmount, b.rawAmount)
        && Objects.equals(a.rawBalance, b.rawBalance)
        && Objects.equals(a.rawType, b.rawType)
        && Objects.equals(a.narration, b.narration)
        && Objects.equals(a.reference, b.reference);
  }

  /** Upper case, whitespace runs as one space, no spaces around '/' and '-'. */
  static String normalise(String narration) {
    return narration == null ? "" : NarrationParser.normalize(narration).toUpperCase(Locale.ROOT);
  }
}
