package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.customer.Constitution;
import dev.saakh.synth.identity.Identity;
import dev.saakh.synth.model.Pattern;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Injects labelled manipulation into a statement: round-tripping (money in early in the month, back
 * to the same party late, within 5%), balance window-dressing (a large credit just before a
 * balance-check day, reversed soon after) and regular P2P manipulation.
 */
final class Fraud {
  static final String CIRCULAR = "circular_flow";
  static final String WINDOW_DRESSING = "balance_window_dressing";
  static final String P2P = "p2p_manipulation";
  private static final int[] CHECK_DAYS = {7, 14, 22};

  private Fraud() {}

  /** Round trips through 2–3 parties in at least five months. */
  static Pattern circular(Planner p, int acct, long monthlyScale, boolean people, int tag) {
    int parties = p.rng.between(2, 3);
    int[] who = new int[parties];
    for (int i = 0; i < parties; i++) {
      who[i] =
          people
              ? p.party(Parties.person(Identity.personName(p.rng), p.rng))
              : p.party(
                  Parties.business(Identity.firmName(p.rng, Constitution.PROPRIETORSHIP), p.rng));
    }
    int months = 0;
    for (int m = 0; m < p.window.bankMonths(); m++) {
      if (!p.rng.chance(0.7) && p.window.bankMonths() - m > 5 - months) {
        continue;
      }
      months++;
      YearMonth month = p.window.bankMonth(m);
      int party = who[p.rng.nextInt(parties)];
      long in = Math.round(monthlyScale * p.rng.uniform(0.1, 0.3) / 1000_00) * 1000_00 + 1000_00;
      long out = Math.round(in * p.rng.uniform(0.96, 1.04) / 100) * 100;
      Channel ch = people ? Channel.UPI : Channel.IMPS;
      int a =
          p.credit(
              Planner.day(month, p.rng.between(1, 7)),
              acct,
              in,
              ch,
              people ? Category.P2P_TRANSFER : Category.INCOME_BUSINESS,
              party);
      int b =
          p.debit(
              Planner.day(month, p.rng.between(24, 31)),
              acct,
              out,
              ch,
              people ? Category.P2P_TRANSFER : Category.SUPPLIER_PAYMENT,
              party);
      p.table.tag(a, tag);
      p.table.tag(b, tag);
    }
    return new Pattern(
        tag,
        CIRCULAR,
        "round trips through " + parties + " parties in " + months + " months",
        List.of());
  }

  /** Large credits landing 1–2 days before balance-check days, reversed 1–3 days after. */
  static Pattern windowDressing(Planner p, int acct, long monthlyScale, int tag) {
    int party = p.party(Parties.person(Identity.personName(p.rng), p.rng));
    int months = 0;
    for (int m = 0; m < p.window.bankMonths(); m++) {
      if (!p.rng.chance(0.6) && p.window.bankMonths() - m > 4 - months) {
        continue;
      }
      months++;
      YearMonth month = p.window.bankMonth(m);
      int check = CHECK_DAYS[p.rng.nextInt(CHECK_DAYS.length)];
      long amount =
          Math.round(monthlyScale * p.rng.uniform(0.6, 1.5) / 10_000_00) * 10_000_00 + 10_000_00;
      LocalDate in = Planner.day(month, check - p.rng.between(1, 2));
      LocalDate out = Planner.day(month, check + p.rng.between(1, 3));
      int a = p.credit(in, acct, amount, Channel.IMPS, Category.P2P_TRANSFER, party);
      int b = p.debit(out, acct, amount, Channel.IMPS, Category.P2P_TRANSFER, party);
      p.table.tag(a, tag);
      p.table.tag(b, tag);
    }
    return new Pattern(
        tag,
        WINDOW_DRESSING,
        "credits parked before balance-check days in " + months + " months",
        List.of());
  }

  /** Regular P2P transfers with the same one or two people, similar amounts, most months. */
  static Pattern regularP2p(Planner p, int acct, long monthlyIncome, int tag) {
    List<Integer> people = new ArrayList<>();
    int n = p.rng.between(1, 2);
    for (int i = 0; i < n; i++) {
      people.add(p.party(Parties.person(Identity.personName(p.rng), p.rng)));
    }
    for (int person : people) {
      long base = Math.round(monthlyIncome * p.rng.uniform(0.1, 0.3) / 100_00) * 100_00 + 500_00;
      boolean outgoing = p.rng.chance(0.5);
      int day = p.rng.between(3, 26);
      for (int m = 0; m < p.window.bankMonths(); m++) {
        long amount = Math.round(base * p.rng.uniform(0.97, 1.03) / 100) * 100;
        LocalDate date = Planner.day(p.window.bankMonth(m), day + p.rng.between(-1, 1));
        int row =
            outgoing
                ? p.debit(date, acct, amount, Channel.UPI, Category.P2P_TRANSFER, person)
                : p.credit(date, acct, amount, Channel.UPI, Category.P2P_TRANSFER, person);
        p.table.tag(row, tag);
      }
    }
    return new Pattern(
        tag, P2P, "monthly P2P with " + people.size() + " people, amounts within 3%", List.of());
  }
}
