package dev.saakh.core.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds repeated transactions, first come first kept. Two rules: the same id with the same content
 * ({@code same_id}; the same id with other content is a conflict, not a duplicate), and another id
 * with the same stable key ({@code same_key}): account, date, amount with its direction, balance
 * after, and the narration normalised for case and spacing, plus the reference. The balance makes
 * the key safe: two genuine equal payments on one day leave different balances.
 */
final class Dedupe {
  private final Map<String, TxnRow> byId = new HashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final StringBuilder key = new StringBuilder(128);

  record Verdict(String duplicateOf, String match, boolean conflict) {}

  private static final Verdict NEW = new Verdict(null, null, false);
  private static final Verdict CONFLICT = new Verdict(null, null, true);

  Verdict check(TxnRow row) {
    TxnRow sameId = byId.get(row.id);
    if (sameId != null) {
      return sameContent(sameId, row) ? new Verdict(sameId.id, "same_id", false) : CONFLICT;
    }
    String k = key(row);
    String first = byKey.putIfAbsent(k, row.id);
    if (first != null) {
      return new Verdict(first, "same_key", false);
    }
    byId.put(row.id, row);
    return NEW;
  }

  private String key(TxnRow r) {
    key.setLength(0);
    key.append(r.accountId).append('|');
    if (r.date != TxnRow.UNKNOWN) {
      key.append(r.date);
    } else {
      key.append('?').append(r.rawDate);
    }
    key.append('|');
    if (r.amountKnown()) {
      key.append(r.amount).append(r.markerSign).append(r.typeSign);
    } else {
      key.append('?').append(r.rawAmount).append(r.rawType);
    }
    key.append('|');
    if (r.balanceKnown()) {
      key.append(r.balance);
    } else {
      key.append('?').append(r.rawBalance);
    }
    key.append('|').append(normalise(r.narration)).append('|').append(r.reference);
    return key.toString();
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
