package dev.saakh.synth.bureau;

import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.bureau.Enquiry;
import dev.saakh.core.bureau.LoanType;
import dev.saakh.core.bureau.Ownership;
import dev.saakh.core.bureau.Tradeline;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.money.Money;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.model.Loan;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A CIBIL-style report on the customer, drawn from its loans and its profile's risk. */
public final class BureauReport {
  private BureauReport() {}

  public static CreditReport report(
      Customer customer, Profile profile, List<Loan> loans, Window window, Rng rng) {
    LocalDate reportDate = window.asOf().minusDays(rng.between(0, 5));
    double stress =
        switch (profile) {
          case HIGH_DEBT, OVER_LEVERAGED -> 0.12;
          case DECLINING -> 0.08;
          case FRAUD, FRAUD_P2P, IMPULSE_SPENDER -> 0.04;
          default -> 0.01;
        };
    List<Tradeline> lines = new ArrayList<>();
    for (Loan loan : loans) {
      if (loan.holderIndex() >= 0) {
        continue; // directors' own loans sit on their personal reports
      }
      lines.add(tradeline(loan, reportDate, stress, rng));
    }
    List<Enquiry> enquiries = new ArrayList<>();
    int recent =
        switch (profile) {
          case HIGH_DEBT, OVER_LEVERAGED -> rng.between(4, 10);
          case FRAUD, FRAUD_P2P -> rng.between(3, 8);
          case DECLINING -> rng.between(2, 5);
          default -> rng.between(0, 2);
        };
    int older = rng.between(0, 4);
    for (int i = 0; i < recent + older; i++) {
      LocalDate date =
          i < recent
              ? reportDate.minusDays(rng.between(1, 180))
              : reportDate.minusDays(rng.between(181, 720));
      LoanType purpose = lines.isEmpty() ? LoanType.BUSINESS_LOAN : rng.pick(lines).accountType();
      enquiries.add(
          new Enquiry(
              date,
              rng.pick(Catalog.LENDERS),
              purpose,
              Money.ofPaise(rng.between(1, 50) * 50_000_00L)));
    }
    enquiries.sort(Comparator.comparing(Enquiry::date).reversed().thenComparing(Enquiry::lender));
    return new CreditReport(
        customer.customerId() + "-CIR",
        customer.customerId(),
        rng.pick(new String[] {"CIBIL", "Experian", "Equifax", "CRIF High Mark"}),
        reportDate,
        customer.name(),
        customer.pan(),
        score(profile, rng),
        lines,
        enquiries);
  }

  private static Tradeline tradeline(Loan loan, LocalDate reportDate, double stress, Rng rng) {
    boolean open = loan.closedDate() == null || loan.closedDate().isAfter(reportDate);
    int paid = (int) Math.max(0, ChronoUnit.MONTHS.between(loan.openedDate(), reportDate));
    long balance;
    if (loan.type() == LoanType.CREDIT_CARD) {
      balance = Math.round(loan.principalPaise() * rng.uniform(0.05, 0.6));
    } else {
      balance = open ? loan.outstandingAfter(Math.min(paid, loan.tenureMonths())) : 0;
    }
    List<Integer> dpd = new ArrayList<>();
    int worst = 0;
    for (int m = 0; m < Tradeline.DPD_MONTHS; m++) {
      LocalDate month = reportDate.minusMonths(m);
      boolean reported =
          !month.isBefore(loan.openedDate()) && (open || !month.isAfter(loan.closedDate()));
      int days = reported && rng.chance(stress) ? rng.pick(new Integer[] {15, 30, 30, 60, 90}) : 0;
      worst = m < 3 ? Math.max(worst, days) : worst;
      dpd.add(days);
    }
    long overdue = open && worst > 0 ? Math.max(loan.emiPaise(), 1_000_00) * (worst / 30 + 1) : 0;
    return new Tradeline(
        loan.lender(),
        loan.type(),
        rng.chance(0.9) ? Ownership.INDIVIDUAL : Ownership.JOINT,
        Money.ofPaise(loan.principalPaise()),
        Money.ofPaise(balance),
        Money.ofPaise(overdue),
        Money.ofPaise(loan.emiPaise()),
        loan.openedDate(),
        open ? null : loan.closedDate(),
        dpd);
  }

  private static int score(Profile profile, Rng rng) {
    return switch (profile) {
      case STABLE_INCOME, HIGH_GROWTH, SALARIED_STABLE -> rng.between(750, 840);
      case HIGH_DEBT, OVER_LEVERAGED -> rng.between(610, 700);
      case DECLINING -> rng.between(620, 710);
      case GIG_INCOME -> rng.chance(0.1) ? -1 : rng.between(650, 740);
      case FRAUD, FRAUD_P2P, IMPULSE_SPENDER -> rng.between(670, 750);
      case BASELINE, HIGH_SEASONALITY, CUSTOMER_CONCENTRATION -> rng.between(700, 790);
    };
  }
}
