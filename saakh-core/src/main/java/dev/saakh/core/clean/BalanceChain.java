package dev.saakh.core.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks one account's entries in statement order and uses the running balance to settle what the
 * row lacks: debit or credit when no marker or type column says (or they disagree), a missing
 * amount, a missing balance. Then checks every link {@code previous + signed amount = balance} and
 * reports the ones that fail. Repairs are exact arithmetic on the statement's own numbers.
 */
final class BalanceChain {
  private BalanceChain() {}

  static AccountChain walk(String accountId, List<TxnRow> rows) {
    Counters c = new Counters();
    for (TxnRow r : rows) {
      settleSignFromMarkers(r);
    }
    for (int i = 0; i < rows.size(); i++) {
      TxnRow r = rows.get(i);
      long prev = i == 0 ? TxnRow.UNKNOWN : rows.get(i - 1).balance;
      if (!r.balanceKnown() && lookAhead(r, i + 1 < rows.size() ? rows.get(i + 1) : null)) {
        c.derived++;
      }
      if (prev != TxnRow.UNKNOWN && r.balanceKnown()) {
        link(r, prev, c);
      } else if (prev != TxnRow.UNKNOWN && r.amountKnown() && r.sign != 0) {
        r.balance = prev + r.signedAmount();
        r.balanceDerived = true;
        c.derived++;
      }
      if (i > 0 && r.date != TxnRow.UNKNOWN && earlierKnownDate(rows, i) > r.date) {
        c.outOfOrder++;
      }
    }
    return new AccountChain(
        accountId,
        rows.size(),
        c.links,
        c.breaks,
        c.breakCount,
        c.derived,
        c.types,
        c.amounts,
        c.outOfOrder);
  }

  private static final class Counters {
    int links;
    int breakCount;
    int derived;
    int types;
    int amounts;
    int outOfOrder;
    final List<ChainBreak> breaks = new ArrayList<>();
  }

  /** The sign when the marker and type column agree or only one speaks; 0 when they disagree. */
  static void settleSignFromMarkers(TxnRow r) {
    if (r.markerSign != 0 && r.typeSign != 0) {
      r.sign = r.markerSign == r.typeSign ? r.markerSign : 0;
    } else {
      r.sign = r.markerSign != 0 ? r.markerSign : r.typeSign;
    }
  }

  private static void link(TxnRow r, long prev, Counters c) {
    long d = r.balance - prev;
    if (!r.amountKnown() && r.amountMissing && d != 0) {
      r.amount = Math.abs(d);
      r.sign = Long.signum(d) > 0 ? 1 : -1;
      c.amounts++;
    } else if (r.amountKnown() && r.sign == 0) {
      if (d == r.amount) {
        r.sign = 1;
        c.types++;
      } else if (d == -r.amount) {
        r.sign = -1;
        c.types++;
      }
    }
    if (r.amountKnown() && r.sign != 0) {
      c.links++;
      long expected = prev + r.signedAmount();
      if (expected != r.balance) {
        c.breakCount++;
        if (c.breaks.size() < AccountChain.MAX_LISTED) {
          c.breaks.add(ChainBreak.of(r.id, expected, r.balance));
        }
      }
    }
  }

  /**
   * A row without a balance takes the one the next row implies (next balance minus next signed
   * amount), so its own type can still be settled against the row above.
   */
  private static boolean lookAhead(TxnRow r, TxnRow next) {
    if (next != null
        && next.balanceKnown()
        && next.amountKnown()
        && next.sign != 0
        && r.sign == 0) {
      r.balance = next.balance - next.signedAmount();
      r.balanceDerived = true;
      return true;
    }
    return false;
  }

  private static long earlierKnownDate(List<TxnRow> rows, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (rows.get(k).date != TxnRow.UNKNOWN) {
        return rows.get(k).date;
      }
    }
    return Long.MIN_VALUE;
  }
}
