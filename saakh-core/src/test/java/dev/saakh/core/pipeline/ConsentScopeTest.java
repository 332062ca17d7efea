package dev.saakh.core.pipeline;

import static dev.saakh.core.pipeline.TestingCustomer.ACCOUNT;
import static dev.saakh.core.pipeline.TestingCustomer.FROM;
import static dev.saakh.core.pipeline.TestingCustomer.ID;
import static dev.saakh.core.pipeline.TestingCustomer.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.insurance.PolicyType;
import dev.saakh.core.lake.Dataset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which records a consent's FI types and FI data range let through, and which it leaves out. */
class ConsentScopeTest {
  private static final LocalDate MID = LocalDate.of(2026, 5, 15);

  /** One record of every dataset, each dated in the range; policies of both insurance kinds. */
  private static CustomerData everything() {
    return new CustomerData(
        ID,
        List.of(TestingCustomer.customer()),
        List.of(TestingCustomer.consent(List.of(FiType.DEPOSIT))),
        List.of(TestingCustomer.account(ACCOUNT)),
        List.of(TestingCustomer.txn("T1", ACCOUNT, MID, TxnType.CREDIT, 100)),
        List.of(TestingCustomer.gst(YearMonth.from(MID), 1_000_000, 0)),
        List.of(TestingCustomer.report(MID)),
        List.of(
            TestingCustomer.policy("P-LIFE", PolicyType.TERM, MID, MID.plusYears(20)),
            TestingCustomer.policy("P-GEN", PolicyType.HEALTH, MID, MID.plusYears(1))),
        List.of(TestingCustomer.holding(MID)),
        List.of(TestingCustomer.order(MID.atTime(12, 0).atOffset(TestingCustomer.IST))),
        List.of(TestingCustomer.application(MID)));
  }

  private static ConsentScope scope(FiType... types) {
    return ConsentScope.of(TestingCustomer.consent(List.of(types)));
  }

  private static Map<Dataset, Integer> sizes(CustomerData d) {
    Map<Dataset, Integer> m = new EnumMap<>(Dataset.class);
    m.put(Dataset.CUSTOMERS, d.customers().size());
    m.put(Dataset.CONSENTS, d.consents().size());
    m.put(Dataset.ACCOUNTS, d.accounts().size());
    m.put(Dataset.TRANSACTIONS, d.transactions().size());
    m.put(Dataset.GST, d.gst().size());
    m.put(Dataset.CREDIT_REPORTS, d.creditReports().size());
    m.put(Dataset.POLICIES, d.policies().size());
    m.put(Dataset.MUTUAL_FUNDS, d.mutualFunds().size());
    m.put(Dataset.ONDC_ORDERS, d.ondcOrders().size());
    m.put(Dataset.OCEN_APPLICATIONS, d.ocenApplications().size());
    return m;
  }

  @Test
  void everyDatasetHasItsFiTypesAndCustomersAndConsentsAreNotFiData() {
    assertThat(ConsentScope.fiTypes(Dataset.CUSTOMERS)).isEmpty();
    assertThat(ConsentScope.fiTypes(Dataset.CONSENTS)).isEmpty();
    assertThat(ConsentScope.fiTypes(Dataset.ACCOUNTS)).containsExactly(FiType.DEPOSIT);
    assertThat(ConsentScope.fiTypes(Dataset.TRANSACTIONS)).containsExactly(FiType.DEPOSIT);
    assertThat(ConsentScope.fiTypes(Dataset.GST)).containsExactly(FiType.GSTR1_3B);
    assertThat(ConsentScope.fiTypes(Dataset.CREDIT_REPORTS)).containsExactly(FiType.CREDIT_REPORT);
    assertThat(ConsentScope.fiTypes(Dataset.POLICIES))
        .containsExactly(FiType.LIFE_INSURANCE, FiType.GENERAL_INSURANCE);
    assertThat(ConsentScope.fiTypes(Dataset.MUTUAL_FUNDS)).containsExactly(FiType.MUTUAL_FUNDS);
    assertThat(ConsentScope.fiTypes(Dataset.ONDC_ORDERS)).containsExactly(FiType.ONDC_ORDERS);
    assertThat(ConsentScope.fiTypes(Dataset.OCEN_APPLICATIONS))
        .containsExactly(FiType.OCEN_APPLICATIONS);
  }

  @Test
  void policiesAreLifeOrGeneralInsuranceByKindAndAccountsAreDeposits() {
    Map<PolicyType, FiType> expected =
        Map.of(
            PolicyType.LIFE, FiType.LIFE_INSURANCE,
            PolicyType.TERM, FiType.LIFE_INSURANCE,
            PolicyType.HEALTH, FiType.GENERAL_INSURANCE,
            PolicyType.VEHICLE, FiType.GENERAL_INSURANCE,
            PolicyType.PROPERTY, FiType.GENERAL_INSURANCE);
    for (PolicyType t : PolicyType.values()) {
      assertThat(ConsentScope.fiType(TestingCustomer.policy("P", t, MID, MID.plusYears(1))))
          .as(t.name())
          .isEqualTo(expected.get(t));
    }
    assertThat(ConsentScope.fiType(TestingCustomer.account(ACCOUNT))).isEqualTo(FiType.DEPOSIT);
  }

  /** A consent with one FI type keeps that type's records, the customer and consents only. */
  @ParameterizedTest
  @EnumSource(FiType.class)
  void aConsentOfOneFiTypeKeepsOnlyThatTypesRecords(FiType type) {
    ScopedData s = scope(type).apply(everything());
    Map<Dataset, Integer> want = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      want.put(d, ConsentScope.fiTypes(d).isEmpty() ? 1 : 0);
    }
    switch (type) {
      case DEPOSIT -> {
        want.put(Dataset.ACCOUNTS, 1);
        want.put(Dataset.TRANSACTIONS, 1);
      }
      case TERM_DEPOSIT -> {}
      case GSTR1_3B -> want.put(Dataset.GST, 1);
      case CREDIT_REPORT -> want.put(Dataset.CREDIT_REPORTS, 1);
      case LIFE_INSURANCE, GENERAL_INSURANCE -> want.put(Dataset.POLICIES, 1);
      case MUTUAL_FUNDS -> want.put(Dataset.MUTUAL_FUNDS, 1);
      case ONDC_ORDERS -> want.put(Dataset.ONDC_ORDERS, 1);
      case OCEN_APPLICATIONS -> want.put(Dataset.OCEN_APPLICATIONS, 1);
    }
    assertThat(sizes(s.data())).isEqualTo(want);
    long left = sizes(everything()).values().stream().mapToLong(i -> i).sum();
    left -= sizes(s.data()).values().stream().mapToLong(i -> i).sum();
    assertThat(s.excluded()).allMatch(e -> e.reason() == Excluded.Why.FI_TYPE_NOT_CONSENTED);
    assertThat(s.excluded().stream().mapToLong(Excluded::records).sum()).isEqualTo(left);
  }

  @Test
  void lifeAndGeneralInsuranceAreConsentedSeparately() {
    assertThat(scope(FiType.DEPOSIT, FiType.LIFE_INSURANCE).apply(everything()).data().policies())
        .extracting(p -> p.policyNumber())
        .containsExactly("P-LIFE");
    ScopedData general = scope(FiType.DEPOSIT, FiType.GENERAL_INSURANCE).apply(everything());
    assertThat(general.data().policies())
        .extracting(p -> p.policyNumber())
        .containsExactly("P-GEN");
    assertThat(general.excluded())
        .filteredOn(e -> e.dataset().equals("policies"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.dataset()).isEqualTo("policies");
              assertThat(e.records()).isEqualTo(1);
              assertThat(e.what())
                  .isEqualTo(
                      "1 policies record left out: FI type LIFE_INSURANCE is not in consent C-1"
                          + " (it covers DEPOSIT, GENERAL_INSURANCE)");
            });
  }

  @Test
  void everythingConsentedAndInRangeIsKeptAndNothingIsReportedLeftOut() {
    ScopedData s = scope(FiType.values()).apply(everything());
    assertThat(s.data()).isEqualTo(everything());
    assertThat(s.excluded()).isEmpty();
  }

  @Test
  void withoutDepositTheAccountsGoAndTakeTheirTransactionsWithThem() {
    CustomerData d = everything();
    ScopedData s = scope(FiType.GSTR1_3B).apply(d);
    assertThat(s.data().accounts()).isEmpty();
    assertThat(s.data().transactions()).isEmpty();
    assertThat(s.excluded("transactions", Excluded.Why.FI_TYPE_NOT_CONSENTED)).isEqualTo(1);
    assertThat(s.excluded("accounts", Excluded.Why.FI_TYPE_NOT_CONSENTED)).isEqualTo(1);
    assertThat(s.data().gst()).hasSize(1);
  }

  @Test
  void transactionDatesAreInRangeInclusiveOfBothEnds() {
    CustomerData d =
        TestingCustomer.data(
            List.of(TestingCustomer.consent(List.of(FiType.DEPOSIT))),
            List.of(
                TestingCustomer.txn("before", ACCOUNT, FROM.minusDays(1), TxnType.CREDIT, 10),
                TestingCustomer.txn("first", ACCOUNT, FROM, TxnType.CREDIT, 10),
                TestingCustomer.txn("last", ACCOUNT, TO, TxnType.CREDIT, 10),
                TestingCustomer.txn("after", ACCOUNT, TO.plusDays(1), TxnType.CREDIT, 10)),
            List.of());
    ScopedData s = scope(FiType.DEPOSIT).apply(d);
    assertThat(s.data().transactions())
        .extracting(t -> t.transactionId())
        .containsExactly("first", "last");
    assertThat(s.excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(Excluded.Why.OUTSIDE_FI_DATA_RANGE);
              assertThat(e.records()).isEqualTo(2);
              assertThat(e.what())
                  .isEqualTo(
                      "2 transactions records left out: dated outside consent C-1's FI data"
                          + " range 2025-11-01 to 2026-10-31");
            });
    assertThat(s.data().accounts()).hasSize(1);
  }

  @Test
  void aGstReturnIsInRangeOnlyWhenItsWholeTaxPeriodIs() {
    YearMonth first = YearMonth.from(FROM);
    YearMonth last = YearMonth.from(TO);
    List<YearMonth> periods = List.of(first.minusMonths(1), first, last, last.plusMonths(1));
    CustomerData d =
        TestingCustomer.data(
            List.of(),
            List.of(),
            periods.stream().map(p -> TestingCustomer.gst(p, 1_000_000, 0)).toList());
    assertThat(scope(FiType.DEPOSIT, FiType.GSTR1_3B).apply(d).data().gst())
        .extracting(g -> g.period())
        .containsExactly(first, last);
    ConsentScope midMonth =
        ConsentScope.of(
            TestingCustomer.consent(
                "C-2", List.of(FiType.GSTR1_3B), FROM.plusDays(1), TO.minusDays(1)));
    assertThat(midMonth.apply(d).data().gst()).isEmpty();
  }

  @Test
  void snapshotsOrdersAndApplicationsAreJudgedByTheirDateInclusively() {
    OffsetDateTime lastMinuteBefore =
        FROM.minusDays(1).atTime(23, 59).atOffset(TestingCustomer.IST);
    OffsetDateTime firstIstMinute = OffsetDateTime.parse("2025-10-31T18:31:00Z");
    CustomerData d =
        new CustomerData(
            ID,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                TestingCustomer.report(FROM.minusDays(1)),
                TestingCustomer.report(FROM),
                TestingCustomer.report(TO),
                TestingCustomer.report(TO.plusDays(1))),
            List.of(),
            List.of(
                TestingCustomer.holding(FROM.minusDays(1)),
                TestingCustomer.holding(TO),
                TestingCustomer.holding(TO.plusDays(1))),
            List.of(TestingCustomer.order(lastMinuteBefore), TestingCustomer.order(firstIstMinute)),
            List.of(
                TestingCustomer.application(FROM), TestingCustomer.application(TO.plusDays(1))));
    ScopedData s = scope(FiType.values()).apply(d);
    assertThat(s.data().creditReports()).extracting(r -> r.reportDate()).containsExactly(FROM, TO);
    assertThat(s.data().mutualFunds()).extracting(h -> h.navDate()).containsExactly(TO);
    assertThat(s.data().ondcOrders())
        .extracting(o -> o.createdAt())
        .containsExactly(firstIstMinute);
    assertThat(s.data().ocenApplications()).extracting(a -> a.createdDate()).containsExactly(FROM);
    assertThat(s.excluded())
        .extracting(Excluded::dataset, Excluded::records)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("credit_reports", 2L),
            org.assertj.core.groups.Tuple.tuple("mutual_funds", 2L),
            org.assertj.core.groups.Tuple.tuple("ondc_orders", 1L),
            org.assertj.core.groups.Tuple.tuple("ocen_applications", 1L));
  }

  @Test
  void aPolicyIsInScopeWhenItWasInForceAtSomeTimeInTheRange() {
    CustomerData d =
        new CustomerData(
            ID,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                TestingCustomer.policy("old", PolicyType.LIFE, FROM.minusYears(9), TO.plusYears(9)),
                TestingCustomer.policy(
                    "matured", PolicyType.VEHICLE, FROM.minusYears(1), FROM.minusDays(1)),
                TestingCustomer.policy("endsOnFrom", PolicyType.VEHICLE, FROM.minusYears(1), FROM),
                TestingCustomer.policy("startsOnTo", PolicyType.HEALTH, TO, TO.plusYears(1)),
                TestingCustomer.policy(
                    "later", PolicyType.HEALTH, TO.plusDays(1), TO.plusYears(1))),
            List.of(),
            List.of(),
            List.of());
    ScopedData s = scope(FiType.LIFE_INSURANCE, FiType.GENERAL_INSURANCE).apply(d);
    assertThat(s.data().policies())
        .extracting(p -> p.policyNumber())
        .containsExactly("old", "endsOnFrom", "startsOnTo");
    assertThat(s.excluded("policies", Excluded.Why.OUTSIDE_FI_DATA_RANGE)).isEqualTo(2);
  }

  @Test
  void aRequestIsAllowedOnlyForConsentedDatasetsInsideTheRange() {
    ConsentScope deposit = scope(FiType.DEPOSIT);
    assertThat(deposit.check(Dataset.TRANSACTIONS, FROM, TO)).isNull();
    assertThat(deposit.check(Dataset.ACCOUNTS, MID, MID)).isNull();
    assertThat(deposit.check(Dataset.CUSTOMERS, FROM.minusYears(5), TO.plusYears(5))).isNull();
    assertThat(deposit.check(Dataset.CONSENTS, FROM.minusYears(5), TO.plusYears(5))).isNull();
    assertThat(deposit.check(Dataset.GST, FROM, TO))
        .isEqualTo("consent C-1 does not cover gst (FI type GSTR1_3B)");
    assertThat(deposit.check(Dataset.POLICIES, FROM, TO))
        .isEqualTo(
            "consent C-1 does not cover policies (FI type LIFE_INSURANCE or GENERAL_INSURANCE)");
    assertThat(deposit.check(Dataset.TRANSACTIONS, FROM.minusDays(1), TO))
        .isEqualTo(
            "consent C-1 covers FI data from 2025-11-01 to 2026-10-31 only, not transactions"
                + " from 2025-10-31 to 2026-10-31");
    assertThat(deposit.check(Dataset.TRANSACTIONS, FROM, TO.plusDays(1))).isNotNull();
    assertThat(scope(FiType.GENERAL_INSURANCE).check(Dataset.POLICIES, FROM, TO)).isNull();
    assertThatThrownBy(() -> deposit.check(Dataset.TRANSACTIONS, TO, FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGateIsPublicAndAgreesWithTheCheck() {
    var consent = TestingCustomer.consent(List.of(FiType.DEPOSIT));
    ConsentGate.Verdict ok = ConsentGate.usable(List.of(consent), TestingCustomer.NOW.toInstant());
    assertThat(ok.consent()).isSameAs(consent);
    assertThat(ok.refusal()).isNull();
    assertThat(ok.scope().check(Dataset.GST, FROM, TO)).isNotNull();
    ConsentGate.Verdict no =
        ConsentGate.usable(List.of(consent), consent.consentExpiry().toInstant());
    assertThat(no.consent()).isNull();
    assertThat(no.refusal()).startsWith("consent C-1 expired at");
    assertThatThrownBy(no::scope).isInstanceOf(IllegalStateException.class);
  }
}
