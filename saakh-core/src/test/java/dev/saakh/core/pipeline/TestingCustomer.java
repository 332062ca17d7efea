package dev.saakh.core.pipeline;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.customer.Constitution;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Director;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyStatus;
import dev.saakh.core.insurance.PolicyType;
import dev.saakh.core.insurance.PremiumFrequency;
import dev.saakh.core.money.Money;
import dev.saakh.core.ocen.ApplicationStatus;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.core.ondc.OndcOrder;
import dev.saakh.core.ondc.OrderRole;
import dev.saakh.core.ondc.OrderState;
import dev.saakh.core.ondc.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One MSME's clean records of every dataset, built by hand, for the consent-scope tests. */
final class TestingCustomer {
  static final String ID = "CUST_MSM_00001";
  static final String ACCOUNT = ID + "-A1";
  static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  static final LocalDate FROM = LocalDate.of(2025, 11, 1);
  static final LocalDate TO = LocalDate.of(2026, 10, 31);

  /** The decision instant: three weeks after the range ends, within the consent's validity. */
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, IST);

  private TestingCustomer() {}

  static ConsentArtefact consent(List<FiType> types) {
    return consent("C-1", types, FROM, TO);
  }

  static ConsentArtefact consent(String id, List<FiType> types, LocalDate from, LocalDate to) {
    return consent(id, types, from, to, 20, ConsentStatus.ACTIVE);
  }

  /** A consent granted at 09:00 IST on {@code startDay} November 2026, with this status. */
  static ConsentArtefact consent(
      String id,
      List<FiType> types,
      LocalDate from,
      LocalDate to,
      int startDay,
      ConsentStatus status) {
    OffsetDateTime start = OffsetDateTime.of(2026, 11, startDay, 9, 0, 0, 0, IST);
    return new ConsentArtefact(
        id,
        ID,
        "9876543210@finvu",
        start,
        start.plusMonths(6),
        ConsentMode.STORE,
        FetchType.ONETIME,
        List.of(ConsentType.PROFILE, ConsentType.SUMMARY, ConsentType.TRANSACTIONS),
        types,
        "FIU_SAAKH",
        103,
        "Aggregated statement",
        from,
        to,
        TimeUnit.MONTH,
        6,
        TimeUnit.MONTH,
        1,
        status);
  }

  static Customer customer() {
    return new Customer(
        ID,
        Segment.MSME,
        "ASHA TRADERS PVT LTD",
        "AAACA1234B",
        "9876543210",
        null,
        "9876543210@finvu",
        "Pune",
        "Maharashtra",
        "27AAACA1234B1Z5",
        Constitution.PRIVATE_LIMITED,
        "Retail",
        LocalDate.of(2015, 4, 1),
        null,
        null,
        List.of(new Director("D1", "ASHA RAO", "ABCPR1234K", "9876543211")));
  }

  static Account account(String id) {
    return new Account(
        id,
        ID,
        Bank.HDFC,
        "XXXXXXXX1234",
        "HDFC0001234",
        "Pune",
        AccountType.CURRENT,
        null,
        null,
        LocalDate.of(2018, 1, 1),
        Money.ofPaise(50_000_00),
        TO,
        "INR",
        "ASHA TRADERS PVT LTD",
        "AAACA1234B",
        "9876543210",
        HolderRole.BUSINESS);
  }

  static Transaction txn(String id, String account, LocalDate date, TxnType type, long rupees) {
    return txn(
        id, account, date, type, rupees, type == TxnType.CREDIT ? "BUYER LTD" : "SUPPLIER LTD");
  }

  static Transaction txn(
      String id, String account, LocalDate date, TxnType type, long rupees, String who) {
    Category c = type == TxnType.CREDIT ? Category.INCOME_BUSINESS : Category.SUPPLIER_PAYMENT;
    return new Transaction(
        id,
        account,
        ID,
        date,
        date,
        type,
        Money.ofPaise(rupees * 100),
        Channel.NEFT.mode(),
        Channel.NEFT,
        null,
        who,
        null,
        null,
        null,
        c,
        "NEFT " + id,
        null,
        "INR");
  }

  /** Twelve months of business inflows and supplier payments, in the range. */
  static List<Transaction> statement() {
    List<Transaction> out = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      LocalDate month = FROM.plusMonths(m);
      out.add(txn("T" + m + "a", ACCOUNT, month.plusDays(4), TxnType.CREDIT, 400_000 + m * 5_000));
      out.add(txn("T" + m + "b", ACCOUNT, month.plusDays(14), TxnType.CREDIT, 250_000));
      out.add(txn("T" + m + "c", ACCOUNT, month.plusDays(20), TxnType.DEBIT, 500_000));
    }
    return out;
  }

  /** A GSTR-3B for {@code period}, filed {@code daysLate} days after its due date. */
  static GstReturn gst(YearMonth period, long turnoverRupees, int daysLate) {
    LocalDate due = period.plusMonths(1).atDay(20);
    return new GstReturn(
        "G-" + period,
        ID,
        "27AAACA1234B1Z5",
        GstReturnType.GSTR3B,
        period,
        due,
        due.plusDays(daysLate),
        Money.ofPaise(turnoverRupees * 100),
        Money.ofPaise(turnoverRupees * 18),
        Money.ofPaise(turnoverRupees * 10),
        Money.ofPaise(turnoverRupees * 8),
        Money.ZERO,
        Money.ofPaise(daysLate > 0 ? daysLate * 50_00L : 0),
        null,
        false);
  }

  /** Twelve monthly returns for the range, declining and often late: they should hurt. */
  static List<GstReturn> gstReturns() {
    List<GstReturn> out = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      out.add(gst(YearMonth.from(FROM).plusMonths(m), 2_000_000 - m * 120_000L, m % 2 * 40));
    }
    return out;
  }

  static CreditReport report(LocalDate date) {
    return new CreditReport(
        "R-" + date,
        ID,
        "CIBIL",
        date,
        "ASHA TRADERS PVT LTD",
        "AAACA1234B",
        760,
        List.of(),
        List.of());
  }

  static InsurancePolicy policy(String number, PolicyType type, LocalDate start, LocalDate end) {
    return new InsurancePolicy(
        number,
        ID,
        "LIC",
        type,
        "ASHA RAO",
        Money.ofPaise(50_00_000_00L),
        Money.ofPaise(12_000_00),
        PremiumFrequency.ANNUAL,
        start,
        end,
        PolicyStatus.ACTIVE);
  }

  static MutualFundHolding holding(LocalDate navDate) {
    return new MutualFundHolding(
        "H-" + navDate,
        ID,
        "F1",
        "AMC",
        "Scheme",
        "INF000000001",
        new BigDecimal("10.000"),
        new BigDecimal("100.0000"),
        navDate,
        Money.ofPaise(900_00),
        Money.ofPaise(1000_00),
        false,
        null);
  }

  static OndcOrder order(OffsetDateTime createdAt) {
    return new OndcOrder(
        "O-" + createdAt.toEpochSecond(),
        ID,
        OrderRole.SELLER,
        OrderState.COMPLETED,
        "Provider",
        List.of(),
        Money.ofPaise(5_000_00),
        PaymentStatus.PAID,
        createdAt,
        createdAt.plusHours(3),
        "Pune");
  }

  static LoanApplication application(LocalDate created) {
    return new LoanApplication(
        "A-" + created,
        ID,
        "Lender",
        "Working capital",
        Money.ofPaise(5_00_000_00),
        null,
        12,
        ApplicationStatus.CREATED,
        created,
        null);
  }

  /** The customer with these consents, bank statement and GST returns, and nothing else. */
  static CustomerData data(
      List<ConsentArtefact> consents, List<Transaction> txns, List<GstReturn> gst) {
    return new CustomerData(
        ID,
        List.of(customer()),
        consents,
        List.of(account(ACCOUNT)),
        txns,
        gst,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
