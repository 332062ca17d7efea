package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Facility;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AA gateway envelopes and ReBIT 2.0.0 fields, read from fixtures under {@code aa/}. */
class AaEnvelopeTest {
  static byte[] fixture(String name) {
    try (InputStream in = AaEnvelopeTest.class.getResourceAsStream("aa/" + name)) {
      if (in == null) {
        throw new AssertionError("no fixture aa/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StatementData read(String name) {
    return BankStatementFile.parse(fixture(name), name);
  }

  @Test
  void setuFiDataWithLowerCaseKeysAndReBit2FieldsIsRead() {
    StatementData s = read("setu-fi-data.json");
    assertThat(s.format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
    Account a = s.data().accounts().get(0);
    assertThat(a.accountId()).isEqualTo("LNK-SETU-1");
    assertThat(a.bank()).isEqualTo(Bank.HDFC);
    assertThat(a.ifsc()).isEqualTo("HDFC0004321");
    assertThat(a.type()).isEqualTo(AccountType.CURRENT);
    assertThat(a.facility()).isEqualTo(Facility.OD);
    assertThat(a.sanctionedLimit()).isEqualTo(Money.of("100000.00"));
    assertThat(a.holderName()).isEqualTo("MEERA NAIR");
    assertThat(a.balanceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    List<Transaction> txns = s.data().transactions();
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).quarantined()).isEmpty();
    assertThat(txns).hasSize(4);
    // numeric amount, transactionalBalance, and a +0530 timestamp
    assertThat(txns.get(0).transactionId()).isEqualTo("S-1001");
    assertThat(txns.get(0).amount()).isEqualTo(Money.of("25000.00"));
    assertThat(txns.get(0).balanceAfter()).isEqualTo(Money.of("25000.00"));
    assertThat(txns)
        .extracting(Transaction::date)
        .containsExactly(
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 3, 9),
            LocalDate.of(2026, 3, 15));
    // masked XXXXXXXX, **** and NA ids are replaced by stable hashed ids, all different
    assertThat(txns.subList(1, 4))
        .extracting(Transaction::transactionId)
        .allMatch(id -> id.matches("LNK-SETU-1-H[0-9a-f]{16}"))
        .doesNotHaveDuplicates();
    assertThat(s.clean().chains()).singleElement().satisfies(c -> assertThat(c.intact()).isTrue());
  }

  @Test
  void aBareSetuAccountReadsAsItsFiDataResponse() {
    assertThat(read("setu-account.json").data()).isEqualTo(read("setu-fi-data.json").data());
  }

  @Test
  void finvuBodyFiObjectsAreReadWithEveryHolderIgnoredButTheFirst() {
    StatementData s = read("finvu-fi.json");
    Account a = s.data().accounts().get(0);
    assertThat(a.accountId()).isEqualTo("LNK-FINVU-7");
    assertThat(a.bank()).isEqualTo(Bank.ICICI);
    assertThat(a.facility()).isNull();
    assertThat(a.holderName()).isEqualTo("RAVI KUMAR");
    assertThat(s.data().transactions()).hasSize(4);
    assertThat(s.data().transactions())
        .extracting(Transaction::transactionId)
        .doesNotHaveDuplicates()
        .contains("FV-4");
  }

  @Test
  void theReBitFetchResponseGivesItsWrapperIdsToTheDecryptedAccount() {
    StatementData s = read("rebit-fi-decrypted.json");
    Account a = s.data().accounts().get(0);
    assertThat(a.accountId()).isEqualTo("LNK-REBIT-3");
    assertThat(a.maskedAccNumber()).isEqualTo("XXXXXXXX3344");
    assertThat(a.bank()).isEqualTo(Bank.SBI);
    assertThat(a.facility()).isEqualTo(Facility.CC);
    assertThat(a.sanctionedLimit()).isEqualTo(Money.of("200000.00"));
    assertThat(s.data().transactions()).hasSize(4);
  }

  @Test
  void xml2jsJsonReadsLikeTheXmlItCameFrom() {
    StatementData s = read("xml2js-account.json");
    Account a = s.data().accounts().get(0);
    assertThat(a.accountId()).isEqualTo("LNK-XML-5");
    assertThat(a.bank()).isEqualTo(Bank.AXIS);
    assertThat(a.holderName()).isEqualTo("ANITA DESAI");
    assertThat(s.data().transactions())
        .extracting(Transaction::transactionId)
        .containsExactly("X-1", "X-2");
    String xml =
        "<Account xmlns=\"http://api.rebit.org.in/FISchema/deposit\" linkedAccRef=\"LNK-XML-5\""
            + " maskedAccNumber=\"XXXXXX2468\" type=\"deposit\" version=\"2.0.0\"><Profile>"
            + "<Holders type=\"SINGLE\"><Holder name=\"ANITA DESAI\" mobile=\"9800000005\""
            + " pan=\"AAAPD2468E\"/></Holders></Profile><Summary currentBalance=\"5000.00\""
            + " currency=\"INR\" type=\"SAVINGS\" ifscCode=\"UTIB0000246\" branch=\"Indore\""
            + " openingDate=\"2022-01-05\" balanceDateTime=\"2026-01-31T23:00:00+05:30\">"
            + "<Pending transactionType=\"DEBIT\" amount=\"0\"/></Summary>"
            + "<Transactions startDate=\"2026-01-01\" endDate=\"2026-01-31\">"
            + "<Transaction txnId=\"X-1\" type=\"CREDIT\" mode=\"UPI\" amount=\"7000.00\""
            + " currentBalance=\"7000.00\" transactionTimestamp=\"2026-01-04T10:00:00+0530\""
            + " valueDate=\"2026-01-04\" narration=\"UPI/CR/611100000001/EXAMPLE STORE\""
            + " reference=\"611100000001\"/><Transaction txnId=\"X-2\" type=\"DEBIT\" mode=\"FT\""
            + " amount=\"2000.00\" currentBalance=\"5000.00\""
            + " transactionTimestamp=\"2026-01-20T15:00:00+0530\" valueDate=\"2026-01-20\""
            + " narration=\"IMPS/P2A/611100000002/EXAMPLE RENT\" reference=\"611100000002\"/>"
            + "</Transactions></Account>";
    StatementData fromXml = BankStatementFile.parse(xml.getBytes(StandardCharsets.UTF_8), "a.xml");
    assertThat(s.data()).isEqualTo(fromXml.data());
  }

  @Test
  void accountsAtBanksOutsideTheListOrWithAnOddIfscAreKeptWithoutABank() {
    StatementData s = read("other-banks.json");
    assertThat(s.data().accounts()).hasSize(2);
    Account au = s.data().accounts().get(0);
    assertThat(au.accountId()).isEqualTo("LNK-OTHER-1");
    assertThat(au.bank()).isNull();
    assertThat(au.ifsc()).isEqualTo("AUBL0002345");
    Account odd = s.data().accounts().get(1);
    assertThat(odd.accountId()).isEqualTo("XXXXXX8642");
    assertThat(odd.bank()).isNull();
    assertThat(odd.holderName()).isNull();
    assertThat(odd.openingDate()).isNull();
    assertThat(s.data().transactions())
        .extracting(Transaction::transactionId)
        .containsExactly("O-1", "O-2");
  }

  @Test
  void maskedIdsOfOneTransactionInTwoOverlappingInputsAreOneDuplicate() {
    StatementInput first = BankStatementFile.input("a.json", fixture("finvu-fi.json"));
    StatementInput second = BankStatementFile.input("b.json", fixture("finvu-fi.json"));
    StatementData s =
        new StatementSet()
            .add(first.source(), first.format(), null, first.part())
            .add(second.source(), second.format(), null, second.part())
            .clean();
    assertThat(s.data().transactions()).hasSize(4);
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).duplicates()).hasSize(4);
  }

  @Test
  void otherWrappingsOfTheSameAccountReadAlikeAndKeepTheCustomerId() throws Exception {
    String account = new String(fixture("setu-account.json"), StandardCharsets.UTF_8);
    String inner = account.substring(account.indexOf('{', 1), account.lastIndexOf('}'));
    StatementData setu = read("setu-account.json");
    for (String wrapped :
        List.of(
            "{\"Payload\": [{\"fipID\": \"F\", \"data\": [{\"linkRefNumber\": \"LNK-SETU-1\","
                + " \"data\": {\"account\": "
                + inner
                + "}}]}]}",
            "[{\"fips\": [{\"accounts\": [{\"data\": {\"account\": " + inner + "}}]}]}]",
            "{\"Account\": " + inner + "}")) {
      assertThat(parse(wrapped).data()).as(wrapped).isEqualTo(setu.data());
    }
    StatementData named =
        parse(
            "{\"customer_id\": \"CUST_CON_00042\", \"body\": [{\"fiObjects\": [" + inner + "]}]}");
    assertThat(named.customerId()).isEqualTo("CUST_CON_00042");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"customer_id\": \"nobody\", \"body\": [{\"fiObjects\": [" + inner + "]}]}"))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith("t.json: $.customer_id: ");
  }

  @Test
  void anUnknownShapeIsRefusedNamingTheSourceAndItsKeys() {
    assertThatThrownBy(() -> read("unknown-shape.json"))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.UNKNOWN_FORMAT))
        .hasMessageStartingWith("unknown-shape.json: ")
        .hasMessageContaining("top-level keys [status, results, meta]");
    assertThatThrownBy(() -> parse("[{\"foo\": 1}]"))
        .hasMessageContaining("a JSON array whose first element has keys [foo]");
    assertThatThrownBy(() -> parse("{\"accounts\": [{\"id\": 1}]}"))
        .hasMessageContaining("top-level keys [accounts]");
  }

  @Test
  void encryptedFiDataIsRefusedNamingWhereItIs() {
    assertThatThrownBy(() -> read("rebit-fi-encrypted.json"))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith("rebit-fi-encrypted.json: $.FI[0].data[0].encryptedFI: ")
        .hasMessageContaining("still encrypted");
  }

  @Test
  void anEnvelopeWithAccountsButNoTransactionIsNoEmptySuccess() {
    assertThatThrownBy(() -> parse("{\"body\": [{\"fiObjects\": [{\"Summary\": {}}]}]}"))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.NO_TRANSACTIONS));
  }

  @Test
  void anEnvelopeBreakingReBitRulesInsideIsRefusedLikeTheDocument() {
    assertThatThrownBy(
            () ->
                parse(
                    "{\"data\": {\"account\": {\"summary\": {\"ifsc\": [1]},"
                        + " \"transactions\": {\"transaction\": []}}}}"))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("Summary.ifsc: expected a value, found an array");
  }

  @Test
  void aConsentIsNotAStatement() {
    assertThatThrownBy(() -> read("consent-artefact.json"))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("consent-artefact.json: ")
        .hasMessageContaining("a ReBIT consent, not a statement");
  }

  private static StatementData parse(String text) {
    return BankStatementFile.parse(text.getBytes(StandardCharsets.UTF_8), "t.json");
  }
}
