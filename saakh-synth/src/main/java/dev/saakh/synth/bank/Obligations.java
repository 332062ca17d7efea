package dev.saakh.synth.bank;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyStatus;
import dev.saakh.synth.model.Loan;
import dev.saakh.synth.model.PartyKind;
import dev.saakh.synth.model.TxnTable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Recurring debits the other sources imply: loan disbursals and EMIs, premiums, SIPs. */
final class Obligations {
  private Obligations() {}

  /**
   * @param accountOfHolder account index of the business/consumer (-1 → index 0) or director
   */
  static void loans(Planner p, List<Loan> loans, int[] accountOfHolder) {
    for (Loan loan : loans) {
      int acct = accountOf(loan.holderIndex(), accountOfHolder);
      int lender = p.party(Parties.institution(loan.lender(), PartyKind.LENDER, p.rng));
      if (p.inWindow(loan.openedDate())) {
        long fee = Math.round(loan.principalPaise() * p.rng.uniform(0.01, 0.02));
        Channel ch = loan.principalPaise() >= 200_000_00 ? Channel.RTGS : Channel.NEFT;
        p.credit(
            loan.openedDate(),
            acct,
            loan.principalPaise() - fee,
            ch,
            Category.LOAN_DISBURSAL,
            lender);
      }
      if (loan.type() == dev.saakh.core.bureau.LoanType.CREDIT_CARD) {
        continue; // card dues are paid through the spending routine
      }
      for (int m = 0; m < p.window.bankMonths(); m++) {
        YearMonth month = p.window.bankMonth(m);
        LocalDate due = Planner.day(month, loan.emiDay());
        if (loan.emiDueIn(due)) {
          int row =
              p.debit(
                  due,
                  acct,
                  loan.emiPaise(),
                  p.rng.chance(0.85) ? Channel.NACH : Channel.ECS,
                  Category.EMI,
                  lender);
          p.table.flag(row, TxnTable.MANDATORY);
        }
      }
    }
  }

  static void premiums(Planner p, List<InsurancePolicy> policies, int acct) {
    for (InsurancePolicy policy : policies) {
      int perYear = policy.premiumFrequency().perYear();
      if (perYear == 0) {
        continue;
      }
      int insurer = p.party(Parties.institution(policy.insurer(), PartyKind.INSURER, p.rng));
      int step = 12 / perYear;
      LocalDate lapse =
          policy.status() == PolicyStatus.LAPSED
              ? p.window.bankFirstDay().plusMonths(p.rng.between(0, 8))
              : null;
      for (LocalDate due = policy.startDate();
          !due.isAfter(p.window.bankLastDay());
          due = due.plusMonths(step)) {
        if (lapse != null && due.isAfter(lapse)) {
          break;
        }
        if (p.inWindow(due)) {
          int row =
              p.debit(
                  due, acct, policy.premium().paise(), Channel.NACH, Category.INSURANCE, insurer);
          p.table.flag(row, TxnTable.MANDATORY);
        }
      }
    }
  }

  static void sips(Planner p, List<MutualFundHolding> holdings, int acct) {
    for (MutualFundHolding h : holdings) {
      if (!h.sip()) {
        continue;
      }
      int clearing =
          p.party(
              Parties.institution(
                  p.rng.chance(0.5) ? "BSE LIMITED" : "ICCL MF", PartyKind.BUSINESS, p.rng));
      int day = p.rng.between(1, 28);
      for (int m = 0; m < p.window.bankMonths(); m++) {
        LocalDate due = Planner.day(p.window.bankMonth(m), day);
        p.debit(due, acct, h.sipAmount().paise(), Channel.NACH, Category.INVESTMENT, clearing);
      }
    }
  }

  private static int accountOf(int holderIndex, int[] accountOfHolder) {
    return holderIndex < 0 ? accountOfHolder[0] : accountOfHolder[holderIndex + 1];
  }
}
