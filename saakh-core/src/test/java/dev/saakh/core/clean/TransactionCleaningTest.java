package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transactions through the whole clean stage, from raw lines as exports write them. */
class TransactionCleaningTest {
  private static final String A = "CUST_CON_00001-A1";
  private static final String B = "CUST_CON_00001-A2";

  private static List<Transaction> txns(CleanResult r) {
    return r.records(Dataset.TRANSACTIONS, Transaction.class);
  }

  private static Transaction byId(CleanResult r, String id) {
    return txns(r).stream().filter(t -> t.transactionId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void parsesEveryExportFormOfDateAmountAndBalance() {
    CleanResult r =
        TestingRaw.customer()
            .account(A, "ABCPR1234K")
            .txn("T1", A, "4 Nov 25", "1,250.00 Dr", "ATM-WDL/S1U1/PUNE", "₹ 45,320.50 CR", null)
            .txn(
                "T2",
                A,
                "05/11/2025",
                "Rs. 1,25,000/-",
                "NEFT CR-HDFC0001234-ACME-X-N1",
                "1,70,320.50",
                "CR")
            .txn("T3", A, "45967", "(320.50)", "POS 4111XXXX1111 DMART", "170000", null)
            .clean();
    assertThat(txns(r)).hasSize(3);
    Transaction t1 = byId(r, "T1");
    assertThat(t1.date()).isEqualTo(LocalDate.of(2025, 11, 4));
    assertThat(t1.type()).isEqualTo(TxnType.DEBIT);
    assertThat(t1.amount()).isEqualTo(Money.of("1250.00"));
    assertThat(t1.balanceAfter()).isEqualTo(Money.of("45320.50"));
    assertThat(byId(r, "T2").amount()).isEqualTo(Money.of("125000.00"));
    assertThat(byId(r, "T2").type()).isEqualTo(TxnType.CREDIT);
    Transaction t3 = byId(r, "T3");
    assertThat(t3.date()).isEqualTo(LocalDate.of(2025, 11, 6));
    assertThat(t3.type()).isEqualTo(TxnType.DEBIT);
    assertThat(r.chains())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.linksChecked()).isEqualTo(2);
              assertThat(c.intact()).isTrue();
            });
  }

  @Test
  void theBalanceSettlesAMissingTypeAndAMissingAmount() {
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "1000.00", "OPENING", "5000.00", "CR")
            .txn("T2", A, "2025-11-02", "300.00", "UPI/1/SHOP/shop@ybl/HDFC", "4700.00", null)
            .txn("T3", A, "2025-11-03", null, "UPI/2/SHOP/shop@ybl/HDFC", "4500.00", "DR")
            .txn("T4", A, "2025-11-04", "500.00", "NEFT CR-X", "5000.00", null)
            .clean();
    assertThat(byId(r, "T2").type()).isEqualTo(TxnType.DEBIT);
    assertThat(byId(r, "T3").amount()).isEqualTo(Money.of("200.00"));
    assertThat(byId(r, "T4").type()).isEqualTo(TxnType.CREDIT);
    AccountChain chain = r.chains().get(0);
    assertThat(chain.typesFromBalance()).isEqualTo(2);
    assertThat(chain.amountsFromBalance()).isEqualTo(1);
    assertThat(chain.intact()).isTrue();
  }

  @Test
  void aMissingBalanceIsDerivedAndABrokenLinkIsReportedNotFixed() {
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "1000.00", "X", "5000.00", "CR")
            .txn("T2", A, "2025-11-02", "300.00", "X", null, "DR")
            .txn("T3", A, "2025-11-03", "200.00", "X", "4500.00", "DR")
            .txn("T4", A, "2025-11-04", "100.00", "X", "9999.00", "DR")
            .clean();
    assertThat(byId(r, "T2").balanceAfter()).isEqualTo(Money.of("4700.00"));
    AccountChain chain = r.chains().get(0);
    assertThat(chain.balancesDerived()).isEqualTo(1);
    assertThat(chain.breakCount()).isEqualTo(1);
    assertThat(chain.breaks().get(0))
        .isEqualTo(
            new ChainBreak("T4", Money.of("4400.00"), Money.of("9999.00"), Money.of("5599.00")));
    assertThat(byId(r, "T4").balanceAfter()).isEqualTo(Money.of("9999.00"));
  }

  @Test
  void duplicatesAreRemovedWithAPointerToTheKeptRecord() {
    String n = "UPI/123456789012/RAVI/ravi@okhdfc/HDFC";
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "-500", n, "4500.00", null)
            .txn("T9", A, "2025-11-01", "-500", n, "4500.00", null)
            .txn("T1", A, "2025-11-01", "-500", n, "4500.00", null)
            .txn(
                "T2",
                A,
                "01/11/2025",
                "500.00 Dr",
                "  upi / 123456789012 / ravi / ravi@okhdfc / hdfc ",
                "4,500.00",
                null)
            .txn("T3", A, "2025-11-01", "-500", n, "4000.00", null)
            .clean();
    DatasetResult d = r.dataset(Dataset.TRANSACTIONS);
    assertThat(d.duplicates())
        .extracting(Duplicate::recordId, Duplicate::duplicateOf, Duplicate::match)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T9", "T1", "same_key"),
            org.assertj.core.groups.Tuple.tuple("T1", "T1", "same_id"),
            org.assertj.core.groups.Tuple.tuple("T2", "T1", "same_key"));
    assertThat(txns(r)).extracting(Transaction::transactionId).containsExactly("T1", "T3");
  }

  @Test
  void entriesThatDifferInNarrationTypeColumnOrUnreadAmountAreKept() {
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "-500", "UPI/1/RAVI", "4500.00", null)
            .txn("T2", A, "2025-11-01", "-500", "UPI/1/RAVI KUMAR", "4500.00", null)
            .txn("T3", A, "2025-11-01", "-500", "UPI/1/RAVI", "4500.00", "Dr")
            .txn("T4", A, "2025-11-01", "five hundred", "UPI/1/RAVI", "4500.00", null)
            .txn("T5", A, "2025-11-01", "fifty", "UPI/1/RAVI", "4500.00", null)
            .txn("T6", A, "2025-11-01", "fifty", "upi/1/ravi", "4500.00", null)
            .clean();
    assertThat(r.dataset(Dataset.TRANSACTIONS).duplicates())
        .extracting(Duplicate::recordId, Duplicate::duplicateOf, Duplicate::match)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("T6", "T5", "same_key"));
  }

  @Test
  void theSameIdWithOtherContentIsQuarantinedAsAConflict() {
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "-500", "X", "4500.00", null)
            .txn("T1", A, "2025-11-02", "-700", "Y", "3800.00", null)
            .clean();
    assertThat(r.dataset(Dataset.TRANSACTIONS).quarantined())
        .singleElement()
        .satisfies(
            q ->
                assertThat(q.reasons())
                    .extracting(Reason::code)
                    .containsExactly(ReasonCode.DUPLICATE_ID_CONFLICT));
  }

  @Test
  void aMissingDateIsFilledOnlyWhenBothNeighboursAgree() {
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "-1", "X", "99.00", null)
            .txn("T2", A, null, "-1", "X", "98.00", null)
            .txn("T3", A, "2025-11-01", "-1", "X", "97.00", null)
            .txn("T4", A, "", "-1", "X", "96.00", null)
            .txn("T5", A, "2025-11-02", "-1", "X", "95.00", null)
            .clean();
    assertThat(byId(r, "T2").date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(r.dataset(Dataset.TRANSACTIONS).quarantined())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.recordId()).isEqualTo("T4");
              assertThat(q.reasons().get(0).code()).isEqualTo(ReasonCode.MISSING_FIELD);
              assertThat(q.reasons().get(0).field()).isEqualTo("date");
              assertThat(q.rawLine()).contains("\"T4\"");
            });
  }

  @Test
  void anUntypedUnsignedAmountWithoutBalanceIsQuarantinedUnlessTheExportSignsDebits() {
    CleanResult plain =
        TestingRaw.customer().txn("T1", A, "2025-11-01", "500.00", "X", null, null).clean();
    assertThat(plain.dataset(Dataset.TRANSACTIONS).quarantined().get(0).reasons().get(0).code())
        .isEqualTo(ReasonCode.TYPE_UNKNOWN);
    CleanResult signed =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "-200.00", "X", null, null)
            .txn("T2", A, "2025-11-02", "500.00", "X", null, null)
            .clean();
    assertThat(byId(signed, "T2").type()).isEqualTo(TxnType.CREDIT);
    assertThat(signed.dataset(Dataset.TRANSACTIONS).rules())
        .containsEntry("type_from_signed_export", 1L);
  }

  @Test
  void aTypeColumnThatContradictsTheAmountIsSettledByTheBalanceOrQuarantined() {
    CleanResult r =
        TestingRaw.customer()
            .txn("T1", A, "2025-11-01", "100.00", "X", "1000.00", "CR")
            .txn("T2", A, "2025-11-02", "-50.00", "X", "1050.00", "CR")
            .txn("T3", A, "2025-11-03", "-50.00", "X", null, "CR")
            .clean();
    assertThat(byId(r, "T2").type()).isEqualTo(TxnType.CREDIT);
    assertThat(r.dataset(Dataset.TRANSACTIONS).quarantined())
        .singleElement()
        .satisfies(
            q -> assertThat(q.reasons().get(0).code()).isEqualTo(ReasonCode.CONFLICTING_TYPE));
  }

  @Test
  void ownAccountTransfersArePairedOnlyBetweenAccountsOfTheSameHolder() {
    String out = "IMPS/P2A/512345678901/ASHA RAO/HDFC0001234";
    String in = "IMPS/512345678901/ASHA RAO";
    CleanResult r =
        TestingRaw.customer()
            .account(A, "ABCPR1234K")
            .account(B, "ABCPR1234K")
            .account("CUST_CON_00001-A3", "ZZZPZ9999Z")
            .txn("T1", A, "2025-11-03", "-20000", out, "10000.00", null)
            .txn("T2", B, "2025-11-03", "20000 Cr", in, "25000.00", null)
            .txn("T3", A, "2025-11-05", "-7000", out, "3000.00", null)
            .txn("T4", "CUST_CON_00001-A3", "2025-11-05", "7000 Cr", in, "8000.00", null)
            .clean();
    assertThat(byId(r, "T1").category()).isEqualTo(Category.SELF_TRANSFER);
    assertThat(byId(r, "T2").category()).isEqualTo(Category.SELF_TRANSFER);
    assertThat(byId(r, "T2").direction()).isEqualTo(Direction.SELF);
    assertThat(byId(r, "T3").category()).isNotEqualTo(Category.SELF_TRANSFER);
    assertThat(byId(r, "T4").category()).isNotEqualTo(Category.SELF_TRANSFER);
  }

  @Test
  void badLinesAreQuarantinedWithTheirReasonAndTheRestIsCleaned() {
    CleanResult r =
        TestingRaw.customer()
            .line(Dataset.TRANSACTIONS, "{\"transaction_id\":\"T1\",\"account_id\":\"A\",\"cust")
            .line(Dataset.TRANSACTIONS, "[1,2,3]")
            .line(Dataset.TRANSACTIONS, "{\"account_id\":\"A\",\"customer_id\":\"CUST_CON_00001\"}")
            .line(
                Dataset.TRANSACTIONS,
                "{\"transaction_id\":\"T2\",\"customer_id\":\"CUST_CON_00002\"}")
            .line(
                Dataset.TRANSACTIONS,
                "{\"transaction_id\":\"T3\",\"customer_id\":\"CUST_CON_00001\","
                    + "\"account_id\":\"A\",\"date\":\"31/02/2025\",\"amount\":\"1e5\"}")
            .txn("T4", A, "2025-11-01", "-1", "X", "1.00", null)
            .clean();
    DatasetResult d = r.dataset(Dataset.TRANSACTIONS);
    assertThat(d.quarantined())
        .extracting(q -> q.reasons().stream().map(Reason::code).toList())
        .containsExactly(
            List.of(ReasonCode.NOT_JSON),
            List.of(ReasonCode.NOT_AN_OBJECT),
            List.of(ReasonCode.MISSING_ID),
            List.of(ReasonCode.WRONG_CUSTOMER),
            List.of(ReasonCode.IMPOSSIBLE_DATE, ReasonCode.UNPARSEABLE_AMOUNT));
    assertThat(d.clean()).hasSize(1);
    assertThat(d.raw()).isEqualTo(6);
  }
}
