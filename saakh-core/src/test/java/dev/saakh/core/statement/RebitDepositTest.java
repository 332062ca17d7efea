package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** ReBIT DEPOSIT in XML and JSON, one document per account, into one customer's raw lines. */
class RebitDepositTest {
  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<Account xmlns=\"http://api.rebit.org.in/FISchema/deposit\" linkedAccRef=\"REF-1\""
          + " maskedAccNumber=\"XXXXXX1234\" type=\"deposit\" version=\"2.0.0\">"
          + "<Profile><Holders type=\"SINGLE\"><Holder name=\"Asha Traders\" pan=\"ABCDE1234F\""
          + " mobile=\"9800000001\"/></Holders></Profile>"
          + "<Summary currentBalance=\"1,20,000.50\" currency=\"INR\" type=\"CURRENT\""
          + " ifscCode=\"HDFC0001234\" branch=\"Pune\" openingDate=\"2019-04-01\""
          + " balanceDateTime=\"2026-11-30T23:59:59+05:30\"/>"
          + "<Transactions startDate=\"2026-06-01\" endDate=\"2026-11-30\">"
          + "<Transaction txnId=\"T1\" type=\"CREDIT\" mode=\"UPI\" amount=\"500.00\""
          + " currentBalance=\"1000.00\" transactionTimestamp=\"2026-06-02T10:00:00+0530\""
          + " valueDate=\"2026-06-02\" narration=\"UPI/CR/1234/R &amp; S Stores\" reference=\"1234\"/>"
          + "<Transaction txnId=\"\" type=\"DEBIT\" mode=\"FT\" amount=\"200\""
          + " currentBalance=\"800.00\" transactionTimestamp=\"2026-06-03T10:00:00Z\""
          + " valueDate=\"2026-06-03\" narration=\"NEFT-ACME\" reference=\"\"/>"
          + "</Transactions></Account>";

  private static final String JSON =
      "{\"Account\":{\"linkedAccRef\":\"REF-1\",\"maskedAccNumber\":\"XXXXXX1234\","
          + "\"type\":\"deposit\",\"version\":\"2.0.0\",\"Profile\":{\"Holders\":{\"type\":\"SINGLE\","
          + "\"Holder\":[{\"name\":\"Asha Traders\",\"pan\":\"ABCDE1234F\",\"mobile\":\"9800000001\"}]}},"
          + "\"Summary\":{\"currentBalance\":\"1,20,000.50\",\"currency\":\"INR\",\"type\":\"CURRENT\","
          + "\"ifscCode\":\"HDFC0001234\",\"branch\":\"Pune\",\"openingDate\":\"2019-04-01\","
          + "\"balanceDateTime\":\"2026-11-30T23:59:59+05:30\"},"
          + "\"Transactions\":{\"startDate\":\"2026-06-01\",\"endDate\":\"2026-11-30\",\"Transaction\":["
          + "{\"txnId\":\"T1\",\"type\":\"CREDIT\",\"mode\":\"UPI\",\"amount\":\"500.00\","
          + "\"currentBalance\":\"1000.00\",\"transactionTimestamp\":\"2026-06-02T10:00:00+0530\","
          + "\"valueDate\":\"2026-06-02\",\"narration\":\"UPI/CR/1234/R & S Stores\",\"reference\":\"1234\"},"
          + "{\"txnId\":\"\",\"type\":\"DEBIT\",\"mode\":\"FT\",\"amount\":\"200\","
          + "\"currentBalance\":\"800.00\",\"transactionTimestamp\":\"2026-06-03T10:00:00Z\","
          + "\"valueDate\":\"2026-06-03\",\"narration\":\"NEFT-ACME\",\"reference\":\"\"}]}}}";

  @Test
  void xmlAndJsonOfOneAccountGiveTheSameRawLines() {
    RebitDeposit fromXml = new RebitDeposit("CUST_MSME_00001");
    RebitDeposit fromJson = new RebitDeposit("CUST_MSME_00001");
    assertThat(fromXml.add(XML.getBytes(StandardCharsets.UTF_8), "a.xml")).isEqualTo(2);
    assertThat(fromJson.add(JSON.getBytes(StandardCharsets.UTF_8), "a.json")).isEqualTo(2);
    assertThat(fromXml.rawLines()).isEqualTo(fromJson.rawLines());
    List<RawLine> txns = fromXml.rawLines().get(Dataset.TRANSACTIONS);
    assertThat(txns.get(0).text())
        .contains("\"transaction_id\":\"T1\"", "\"account_id\":\"REF-1\"", "R & S Stores");
    // an empty txnId gets a stable id hashed from the account and what the transaction says
    assertThat(txns.get(1).text()).containsPattern("\"transaction_id\":\"REF-1-H[0-9a-f]{16}\"");
  }

  @Test
  void documentsOfOneCustomerAreNumberedOnAndKeepDistinctAccountIds() {
    RebitDeposit d = new RebitDeposit("CUST_MSME_00001");
    d.add(XML.getBytes(StandardCharsets.UTF_8), "a.xml");
    d.add(XML.replace("REF-1", "REF-2").getBytes(StandardCharsets.UTF_8), "b.xml");
    Map<Dataset, List<RawLine>> raw = d.rawLines();
    assertThat(raw.get(Dataset.ACCOUNTS)).extracting(RawLine::number).containsExactly(1L, 2L);
    assertThat(raw.get(Dataset.TRANSACTIONS)).hasSize(4);
    assertThat(raw.get(Dataset.TRANSACTIONS).get(3).number()).isEqualTo(4L);
    assertThat(d.transactions()).isEqualTo(4);
  }

  @Test
  void anAccountWithoutTransactionsIsKept() {
    RebitDeposit d = new RebitDeposit("CUST_CON_00001");
    String empty = XML.replaceAll("<Transactions.*</Transactions>", "");
    assertThat(d.add(empty.getBytes(StandardCharsets.UTF_8), "c.xml")).isZero();
    assertThat(d.rawLines().get(Dataset.ACCOUNTS)).hasSize(1);
  }

  @Test
  void malformedXmlADtdAndAnExternalEntityAreRefusedNamingTheSource() {
    RebitDeposit d = new RebitDeposit("CUST_CON_00001");
    assertThatThrownBy(
            () -> d.add("<Account><Summary></Account>".getBytes(StandardCharsets.UTF_8), "x.xml"))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("x.xml: not well-formed XML");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Account maskedAccNumber=\"&e;\"/>";
    assertThatThrownBy(() -> d.add(xxe.getBytes(StandardCharsets.UTF_8), "y.xml"))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("y.xml")
        .hasMessageNotContaining("root:");
    assertThatThrownBy(() -> d.add("<Other/>".getBytes(StandardCharsets.UTF_8), "z.xml"))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("z.xml: no ReBIT Account");
    assertThat(d.rawLines().get(Dataset.ACCOUNTS)).isEmpty();
  }

  @Test
  void anAaEnvelopeIsReadAndAConsentRefused() {
    RebitDeposit d = new RebitDeposit("CUST_CON_00001");
    assertThat(d.add(AaEnvelopeTest.fixture("setu-fi-data.json"), "setu.json")).isEqualTo(4);
    assertThat(d.rawLines().get(Dataset.ACCOUNTS).get(0).text())
        .contains("\"account_id\":\"LNK-SETU-1\"", "\"facility\":\"OD\"");
    assertThatThrownBy(() -> d.add(AaEnvelopeTest.fixture("consent-detail.json"), "c.json"))
        .isInstanceOf(StatementException.class)
        .hasMessageStartingWith("c.json: a ReBIT consent, not FI data");
    assertThat(d.transactions()).isEqualTo(4);
  }

  @Test
  void bankStatementFileReadsTheXmlForm() {
    StatementData s = BankStatementFile.parse(XML.getBytes(StandardCharsets.UTF_8), "a.xml");
    assertThat(s.data().transactions()).hasSize(2);
  }

  @Property(tries = 500)
  void noInputCrashesTheReader(@ForAll byte[] bytes) {
    RebitDeposit d = new RebitDeposit("CUST_CON_00001");
    try {
      d.add(bytes, "fuzz");
    } catch (StatementException e) {
      assertThat(e.getMessage()).startsWith("fuzz");
    }
  }

  @Property(tries = 300)
  void noXmlLikeInputCrashesTheReader(@ForAll String tail) {
    RebitDeposit d = new RebitDeposit("CUST_CON_00001");
    try {
      d.add(("<Account " + tail).getBytes(StandardCharsets.UTF_8), "fuzz");
    } catch (StatementException e) {
      assertThat(e.getMessage()).startsWith("fuzz");
    }
  }
}
