package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link BankStatementFile#input}: one AA input read, not cleaned, as a part or a consent. */
class BankStatementInputTest {
  private static final String XML =
      "\uFEFF \n<Account linkedAccRef=\"REF-1\" maskedAccNumber=\"XXXXXX1234\"><Summary"
          + " currentBalance=\"1,20,000.50\" ifscCode=\"HDFC0001234\"/><Transactions><Transaction"
          + " txnId=\"T1\" type=\"CREDIT\" amount=\"500.00\" currentBalance=\"1000.00\""
          + " valueDate=\"2026-06-02\" narration=\"UPI/CR/1\"/></Transactions></Account>";

  private static StatementInput input(String text) {
    return BankStatementFile.input("in", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<Dataset, List<RawLine>> raw(RawPart part) {
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    raw.put(Dataset.ACCOUNTS, new ArrayList<>());
    raw.put(Dataset.TRANSACTIONS, new ArrayList<>());
    part.appendRaw("CUST_CON_00001", raw, new HashSet<>());
    return raw;
  }

  @Test
  void xmlAfterABomIsAnUncleanedXmlPart() {
    StatementInput in = input(XML);
    assertThat(in.format()).isEqualTo(Format.REBIT_DEPOSIT_XML);
    assertThat(in.source()).isEqualTo("in");
    assertThat(in.layout()).isNull();
    assertThat(in.consent()).isNull();
    assertThat(in.part().accountCount()).isEqualTo(1);
    assertThat(in.part().transactionCount()).isEqualTo(1);
    // not cleaned: the balance is as the source wrote it
    assertThat(raw(in.part()).get(Dataset.ACCOUNTS).get(0).text()).contains("1,20,000.50");
  }

  @Test
  void plainJsonAndEveryEnvelopeAreJsonParts() {
    assertThat(input(BankStatementFileTest.ACCOUNT).format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
    for (String f :
        List.of(
            "setu-fi-data.json",
            "setu-account.json",
            "finvu-fi.json",
            "rebit-fi-decrypted.json",
            "xml2js-account.json",
            "other-banks.json")) {
      StatementInput in = BankStatementFile.input(f, AaEnvelopeTest.fixture(f));
      assertThat(in.format()).as(f).isEqualTo(Format.REBIT_DEPOSIT_JSON);
      assertThat(in.part().transactionCount()).as(f).isPositive();
      StatementData cleaned = new StatementSet().add(f, in.format(), null, in.part()).clean();
      assertThat(cleaned.data()).as(f).isEqualTo(AaEnvelopeTest.read(f).data());
    }
  }

  @Test
  void anAccountWithoutTransactionsIsAPartButADocumentWithoutAccountIsNot() {
    StatementInput in = input(XML.replaceAll("<Transactions>.*</Transactions>", ""));
    assertThat(in.part().accountCount()).isEqualTo(1);
    assertThat(in.part().transactionCount()).isZero();
    assertThatThrownBy(() -> input("<Other/>"))
        .isInstanceOf(StatementException.class)
        .hasMessage("in: no ReBIT Account in the document");
    assertThatThrownBy(() -> input("{\"Account\": 5}"))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith("in: $.Account: expected a ReBIT Account object");
  }

  @Test
  void cleanNdjsonAndOtherTextAreRefusedClearly() throws Exception {
    Transaction t =
        BankStatementFileTest.parse(BankStatementFileTest.ACCOUNT).data().transactions().get(0);
    assertThatThrownBy(() -> input(LakeJson.mapper().writeValueAsString(t)))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.UNKNOWN_FORMAT))
        .hasMessageContaining("in: not a statement Saakh reads (it is clean transactions NDJSON");
    assertThatThrownBy(() -> input("Date,Amount\n01/01/2026,5"))
        .hasMessageStartingWith("in: not a statement Saakh reads (it does not start with");
    assertThatThrownBy(() -> input("  "))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.EMPTY));
    assertThatThrownBy(() -> input("{\"a\": 1} {\"b\": 2}"))
        .hasMessageStartingWith("in: more than one JSON value");
    assertThatThrownBy(() -> input("{\"a\": "))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.NOT_JSON));
  }
}
