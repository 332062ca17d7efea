package dev.saakh.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.bureau.Enquiry;
import dev.saakh.core.bureau.LoanType;
import dev.saakh.core.bureau.Ownership;
import dev.saakh.core.bureau.Tradeline;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyStatus;
import dev.saakh.core.insurance.PolicyType;
import dev.saakh.core.insurance.PremiumFrequency;
import dev.saakh.core.money.Money;
import dev.saakh.core.ocen.ApplicationStatus;
import dev.saakh.core.ocen.LoanApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** credit, funds, insurance and OCEN reports on small hand-built inputs. */
class ReportsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  private static Tradeline line(String balance, String emi, LocalDate closed, int dpdAt, int dpd) {
    List<Integer> grid = new ArrayList<>(Collections.nCopies(36, 0));
    grid.set(dpdAt, dpd);
    return new Tradeline(
        "HDFC BANK",
        LoanType.PERSONAL_LOAN,
        Ownership.INDIVIDUAL,
        Money.of("100000"),
        Money.of(balance),
        Money.of("0"),
        Money.of(emi),
        LocalDate.of(2024, 1, 1),
        closed,
        grid);
  }

  @Test
  void creditSummaryUsesTheLatestReportAndOpenAccounts() {
    CreditReport older =
        new CreditReport(
            "R0", "C", "CIBIL", DAY.minusYears(1), "A", null, 700, List.of(), List.of());
    CreditReport latest =
        new CreditReport(
            "R1",
            "C",
            "CIBIL",
            DAY,
            "A",
            null,
            742,
            List.of(
                line("40000", "5000", null, 2, 30),
                line("60000", "7000", null, 20, 60),
                line("0", "0", DAY.minusMonths(3), 0, 90)),
            List.of(
                new Enquiry(DAY.minusMonths(2), "X", LoanType.PERSONAL_LOAN, Money.of("1")),
                new Enquiry(DAY.minusMonths(8), "Y", LoanType.PERSONAL_LOAN, Money.of("1")),
                new Enquiry(DAY.minusMonths(13), "Z", LoanType.PERSONAL_LOAN, Money.of("1"))));
    CreditSummary s = CreditSummary.of(List.of(older, latest), Money.of("48000"));
    assertThat(s.reportId()).isEqualTo("R1");
    assertThat(s.openAccounts()).isEqualTo(2);
    assertThat(s.outstanding()).isEqualTo(Money.of("100000"));
    // EMIs 5,000 + 7,000 = 12,000 of income 48,000 → 0.25
    assertThat(s.foir()).isEqualTo(0.25);
    // worst in the 12 most recent months: 90 (closed account, month 0); over 36: 90 too
    assertThat(s.worstDpd12()).isEqualTo(90);
    assertThat(s.enquiries6m()).isEqualTo(1);
    assertThat(s.enquiries12m()).isEqualTo(2);
    CreditSummary thin =
        CreditSummary.of(
            List.of(new CreditReport("R", "C", "CIBIL", DAY, "A", null, -1, List.of(), List.of())),
            null);
    assertThat(thin.score()).isNull();
    assertThat(thin.scoreNote()).isEqualTo("no credit history (-1)");
    assertThat(thin.foir()).isNull();
  }

  @Test
  void funds() {
    assertThat(HoldingsSummary.funds(List.of()).returnRatio()).isNull();
    MutualFundHolding a =
        new MutualFundHolding(
            "H1",
            "C",
            "F1",
            "SBI MF",
            "S",
            "INF000000001",
            BigDecimal.ONE,
            BigDecimal.ONE,
            DAY,
            Money.of("1000"),
            Money.of("1200"),
            true,
            Money.of("500"));
    MutualFundHolding b =
        new MutualFundHolding(
            "H2",
            "C",
            "F1",
            "HDFC MF",
            "S",
            "INF000000002",
            BigDecimal.ONE,
            BigDecimal.ONE,
            DAY,
            Money.of("1000"),
            Money.of("900"),
            false,
            null);
    HoldingsSummary.Funds f = HoldingsSummary.funds(List.of(a, b));
    checkFunds(f);
  }

  private static void checkFunds(HoldingsSummary.Funds f) {
    assertThat(f.folios()).isEqualTo(1);
    assertThat(f.gain()).isEqualTo(Money.of("100"));
    assertThat(f.returnRatio()).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(f.monthlySip()).isEqualTo(Money.of("500"));
  }

  @Test
  void insurance() {
    InsurancePolicy life =
        new InsurancePolicy(
            "P1",
            "C",
            "LIC",
            PolicyType.TERM,
            "A",
            Money.of("1000000"),
            Money.of("1000"),
            PremiumFrequency.MONTHLY,
            DAY,
            DAY.plusYears(20),
            PolicyStatus.ACTIVE);
    InsurancePolicy lapsed =
        new InsurancePolicy(
            "P2",
            "C",
            "LIC",
            PolicyType.HEALTH,
            "A",
            Money.of("500000"),
            Money.of("9000"),
            PremiumFrequency.ANNUAL,
            DAY,
            DAY.plusYears(1),
            PolicyStatus.LAPSED);
    HoldingsSummary.Insurance i = HoldingsSummary.insurance(List.of(life, lapsed));
    assertThat(i.lapseRate()).isEqualTo(0.5);
    assertThat(i.activeCover()).isEqualTo(Money.of("1000000"));
    assertThat(i.annualPremium()).isEqualTo(Money.of("12000"));
    assertThat(HoldingsSummary.insurance(List.of()).lapseRate()).isNull();
  }

  @Test
  void ocenApprovalsAndStacking() {
    List<LoanApplication> apps =
        List.of(
            app("A1", ApplicationStatus.DISBURSED, 10), app("A2", ApplicationStatus.REJECTED, 40),
            app("A3", ApplicationStatus.CREATED, 80), app("A4", ApplicationStatus.OFFERED, 200));
    NetworkSummary.Ocen o = NetworkSummary.ocen(apps, DAY);
    // decided: A1, A2, A4 → approved A1, A4 → 2/3
    assertThat(o.approvalRate()).isEqualTo(2.0 / 3);
    assertThat(o.applicationsLast90Days()).isEqualTo(3);
    assertThat(o.stacking()).isTrue();
    assertThat(o.lendersLast180Days()).isEqualTo(3);
    assertThat(NetworkSummary.ocen(List.of(), DAY).approvalRate()).isNull();
    assertThat(NetworkSummary.ondc(List.of()).cancellationRate()).isNull();
  }

  private static LoanApplication app(String id, ApplicationStatus s, int daysAgo) {
    return new LoanApplication(
        id,
        "C",
        "L" + id,
        "Term loan",
        Money.of("100000"),
        s == ApplicationStatus.CREATED || s == ApplicationStatus.REJECTED
            ? null
            : Money.of("80000"),
        12,
        s,
        DAY.minusDays(daysAgo),
        s == ApplicationStatus.REJECTED ? "Low score" : null);
  }
}
