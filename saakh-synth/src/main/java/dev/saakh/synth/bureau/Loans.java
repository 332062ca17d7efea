package dev.saakh.synth.bureau;

import dev.saakh.core.bureau.LoanType;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.ocen.ApplicationStatus;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.model.Loan;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plans the loans a customer holds; disbursed OCEN applications become loans too. */
public final class Loans {
  private static final LoanType[] BUSINESS = {
    LoanType.BUSINESS_LOAN,
    LoanType.TERM_LOAN,
    LoanType.EQUIPMENT_LOAN,
    LoanType.LOAN_AGAINST_PROPERTY,
    LoanType.WORKING_CAPITAL
  };
  private static final LoanType[] PERSONAL = {
    LoanType.PERSONAL_LOAN,
    LoanType.AUTO_LOAN,
    LoanType.TWO_WHEELER_LOAN,
    LoanType.CONSUMER_DURABLE,
    LoanType.HOME_LOAN,
    LoanType.GOLD_LOAN
  };

  private Loans() {}

  public static List<Loan> plan(
      Customer customer,
      Profile profile,
      long monthlyScalePaise,
      List<LoanApplication> ocen,
      Window window,
      Rng rng) {
    boolean msme = customer.segment() == Segment.MSME;
    List<Loan> loans = ownLoans(msme, profile, monthlyScalePaise, window, rng);
    if (!msme && rng.chance(0.6)) {
      loans.add(card(-1, rng, window));
    }
    for (int d = 0; msme && d < customer.directors().size(); d++) {
      if (rng.chance(0.5)) {
        LoanType type = rng.pick(PERSONAL);
        LocalDate opened = window.asOf().minusDays(rng.between(200, 1500));
        loans.add(
            loan(
                rng.pick(Catalog.LENDERS),
                type,
                d,
                principalFor(type, rng),
                opened,
                rng,
                window,
                null));
      }
    }
    for (LoanApplication app : ocen) {
      boolean disbursed =
          app.status() == ApplicationStatus.DISBURSED || app.status() == ApplicationStatus.CLOSED;
      if (disbursed && app.amountOffered() != null) {
        LoanType type = msme ? LoanType.WORKING_CAPITAL : LoanType.PERSONAL_LOAN;
        LocalDate opened = app.createdDate().plusDays(rng.between(1, 4));
        Loan l =
            loan(
                app.lender(),
                type,
                -1,
                app.amountOffered().paise(),
                opened,
                rng,
                window,
                app.applicationId());
        LocalDate closed =
            app.status() == ApplicationStatus.CLOSED
                ? window.asOf().minusDays(rng.between(1, 30))
                : null;
        loans.add(l.withTenure(app.tenureMonths(), closed));
      }
    }
    return loans;
  }

  /**
   * The borrower's own loans; heavy borrowers' are long, still running, and the last few recent.
   */
  private static List<Loan> ownLoans(
      boolean msme, Profile profile, long monthlyScalePaise, Window window, Rng rng) {
    List<Loan> loans = new ArrayList<>();
    int count =
        switch (profile) {
          case HIGH_DEBT, OVER_LEVERAGED -> rng.between(5, 8);
          case FRAUD, DECLINING -> rng.between(2, 4);
          case STABLE_INCOME, SALARIED_STABLE -> rng.between(1, 2);
          default -> rng.between(1, 3);
        };
    boolean stacking = profile == Profile.HIGH_DEBT || profile == Profile.OVER_LEVERAGED;
    for (int i = 0; i < count; i++) {
      LoanType type = msme ? rng.pick(BUSINESS) : rng.pick(PERSONAL);
      long principal =
          msme
              ? Math.round(monthlyScalePaise * rng.uniform(0.3, 1.2) / 50_000_00) * 50_000_00
                  + 50_000_00
              : principalFor(type, rng);
      LocalDate opened =
          stacking && i >= count - 3
              ? window.bankFirstDay().plusDays(rng.between(30, 330))
              : window.asOf().minusDays(rng.between(200, stacking ? 700 : 1500));
      Loan loan = loan(rng.pick(Catalog.LENDERS), type, -1, principal, opened, rng, window, null);
      if (stacking && loan.tenureMonths() < 36) {
        loan = loan.withTenure(36 + 12 * rng.between(0, 2), null);
      }
      loans.add(loan);
    }
    return loans;
  }

  private static long principalFor(LoanType type, Rng rng) {
    double rupees =
        switch (type) {
          case HOME_LOAN -> rng.uniform(1_500_000, 8_000_000);
          case AUTO_LOAN -> rng.uniform(300_000, 1_200_000);
          case TWO_WHEELER_LOAN -> rng.uniform(60_000, 150_000);
          case CONSUMER_DURABLE -> rng.uniform(20_000, 120_000);
          case GOLD_LOAN -> rng.uniform(50_000, 400_000);
          default -> rng.uniform(100_000, 1_000_000);
        };
    return Math.round(rupees / 1000) * 1000_00;
  }

  private static Loan loan(
      String lender,
      LoanType type,
      int holder,
      long principal,
      LocalDate opened,
      Rng rng,
      Window window,
      String ocen) {
    double rate =
        switch (type) {
          case HOME_LOAN -> rng.uniform(0.083, 0.095);
          case AUTO_LOAN, LOAN_AGAINST_PROPERTY -> rng.uniform(0.09, 0.115);
          case GOLD_LOAN -> rng.uniform(0.09, 0.14);
          case PERSONAL_LOAN, CONSUMER_DURABLE, TWO_WHEELER_LOAN -> rng.uniform(0.11, 0.22);
          default -> rng.uniform(0.14, 0.22);
        };
    int tenure =
        switch (type) {
          case HOME_LOAN -> rng.pick(new Integer[] {180, 240});
          case LOAN_AGAINST_PROPERTY -> rng.pick(new Integer[] {84, 120});
          case CONSUMER_DURABLE -> rng.pick(new Integer[] {6, 9, 12});
          default -> rng.pick(new Integer[] {12, 24, 36, 48, 60});
        };
    LocalDate end = opened.plusMonths(tenure);
    LocalDate closed = end.isBefore(window.asOf()) ? end : null;
    return new Loan(
        lender,
        type,
        holder,
        principal,
        rate,
        tenure,
        Loan.emi(principal, rate, tenure),
        opened,
        closed,
        rng.between(1, 10),
        ocen);
  }

  private static Loan card(int holder, Rng rng, Window window) {
    long limit = rng.between(5, 40) * 10_000_00L;
    return new Loan(
        rng.pick(Catalog.LENDERS),
        LoanType.CREDIT_CARD,
        holder,
        limit,
        0.42,
        1,
        0,
        window.asOf().minusDays(rng.between(200, 2000)),
        null,
        1,
        null);
  }
}
