package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.synth.catalog.Merchant;
import dev.saakh.synth.model.Party;
import dev.saakh.synth.model.PartyKind;
import dev.saakh.synth.model.TxnTable;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Appends planned entries to a customer's transaction table; knows parties and references. */
final class Planner {
  final TxnTable table = new TxnTable();
  final List<Party> parties = new ArrayList<>();
  final Rng rng;
  final Window window;
  private final Map<String, Integer> partyIndex = new HashMap<>();

  Planner(Rng rng, Window window) {
    this.rng = rng;
    this.window = window;
  }

  int party(Party party) {
    Integer existing = partyIndex.get(party.name() + "|" + party.kind());
    if (existing != null) {
      return existing;
    }
    parties.add(party);
    partyIndex.put(party.name() + "|" + party.kind(), parties.size() - 1);
    return parties.size() - 1;
  }

  int merchant(Merchant m) {
    Integer known = partyIndex.get(m.name() + "|" + PartyKind.MERCHANT);
    return known != null ? known : party(Parties.merchant(m, rng));
  }

  /** A 12-digit RRN/UTR-like reference. */
  long reference() {
    return 100_000_000_000L + (rng.nextLong() >>> 1) % 900_000_000_000L;
  }

  int credit(LocalDate date, int acct, long paise, Channel ch, Category cat, int party) {
    return add(date, acct, paise, TxnType.CREDIT, ch, cat, party);
  }

  int debit(LocalDate date, int acct, long paise, Channel ch, Category cat, int party) {
    return add(date, acct, paise, TxnType.DEBIT, ch, cat, party);
  }

  private int add(
      LocalDate date, int acct, long paise, TxnType type, Channel ch, Category cat, int party) {
    if (paise <= 0) {
      paise = 100;
    }
    return table.add(
        (int) date.toEpochDay(),
        second(ch),
        acct,
        paise,
        type,
        ch,
        cat,
        direction(party),
        party,
        hasReference(ch) ? reference() : -1);
  }

  /** Both legs of a transfer between two of the customer's accounts; the debit walks first. */
  int[] transfer(
      LocalDate date,
      int from,
      int to,
      long paise,
      Channel ch,
      Category debitCat,
      Category creditCat,
      int toParty,
      int fromParty) {
    int d = debit(date, from, paise, ch, debitCat, toParty);
    int c = credit(date, to, paise, ch, creditCat, fromParty);
    table.setSecond(c, Math.min(86_399, table.second(d) + 1));
    table.setReference(c, table.reference(d));
    table.pair(d, c);
    return new int[] {d, c};
  }

  private Direction direction(int party) {
    if (party < 0) {
      return null;
    }
    PartyKind kind = parties.get(party).kind();
    return switch (kind) {
      case PERSON -> Direction.P2P;
      case OWN_ACCOUNT -> Direction.SELF;
      case BUSINESS, MERCHANT, LENDER, INSURER, GOVERNMENT, EMPLOYER -> Direction.P2M;
    };
  }

  private static boolean hasReference(Channel ch) {
    return switch (ch) {
      case UPI, IMPS, NEFT, RTGS, NACH, ECS, CHEQUE, SALARY, TRANSFER, POS, CARD, ATM -> true;
      case CASH, INTEREST, CHARGE, OTHER -> false;
    };
  }

  private int second(Channel ch) {
    return switch (ch) {
      case INTEREST, CHARGE -> 0;
      case NACH, ECS -> rng.between(6 * 3600, 9 * 3600);
      default -> rng.between(8 * 3600, 22 * 3600);
    };
  }

  /** A uniformly random day of {@code month}, within the bank window. */
  LocalDate dayIn(YearMonth month) {
    return month.atDay(rng.between(1, month.lengthOfMonth()));
  }

  /** Day {@code d} of {@code month}, clamped to the month's length. */
  static LocalDate day(YearMonth month, int d) {
    return month.atDay(Math.max(1, Math.min(d, month.lengthOfMonth())));
  }

  boolean inWindow(LocalDate date) {
    return !date.isBefore(window.bankFirstDay()) && !date.isAfter(window.bankLastDay());
  }

  /** Rupees to paise, rounded to whole rupees with probability {@code roundShare}. */
  long paise(double rupees, double roundShare) {
    return rng.chance(roundShare) ? Math.round(rupees) * 100 : Math.round(rupees * 100);
  }
}
