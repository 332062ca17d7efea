package dev.saakh.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.bank.Account;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.statement.RebitDeposit;
import dev.saakh.server.aa.RebitJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimDocumentsTest {
  private static final String ID = "CUST_MSM_00009";
  private static final CustomerData DATA =
      new CustomerData(42, Clock.fixed(Instant.parse("2026-06-30T06:00:00Z"), ZoneOffset.UTC));
  private static final LocalDate FROM = LocalDate.parse("2025-01-01");
  private static final LocalDate TO = LocalDate.parse("2026-06-30");

  private static Set<String> linked(CustomerData.Held held) {
    Set<String> ids = new HashSet<>();
    for (Account a : held.accounts()) {
      ids.add(a.accountId());
    }
    return ids;
  }

  private static Map<Dataset, List<RawLine>> read(List<DepositDocuments.Document> docs) {
    RebitDeposit d = new RebitDeposit(ID);
    for (DepositDocuments.Document doc : docs) {
      d.add(doc.bytes(), doc.linkRef());
    }
    return d.rawLines();
  }

  @Test
  void jsonAndXmlGiveTheSameRawLines() {
    CustomerData.Held held = DATA.of(ID);
    DepositDocuments.Built json = DepositDocuments.build(held, linked(held), FROM, TO, false);
    DepositDocuments.Built xml = DepositDocuments.build(held, linked(held), FROM, TO, true);
    assertThat(json.documents()).hasSameSizeAs(held.accounts()).isNotEmpty();
    assertThat(new String(xml.documents().get(0).bytes(), StandardCharsets.UTF_8))
        .contains("<Account xmlns=\"" + DepositDocuments.NS + "\"")
        .contains("<Transactions startDate=\"2025-01-01\" endDate=\"2026-06-30\">");
    Map<Dataset, List<RawLine>> fromJson = read(json.documents());
    Map<Dataset, List<RawLine>> fromXml = read(xml.documents());
    assertThat(fromJson.get(Dataset.TRANSACTIONS)).isNotEmpty();
    assertThat(texts(fromXml.get(Dataset.ACCOUNTS)))
        .isEqualTo(texts(fromJson.get(Dataset.ACCOUNTS)));
    assertThat(texts(fromXml.get(Dataset.TRANSACTIONS)))
        .isEqualTo(texts(fromJson.get(Dataset.TRANSACTIONS)));
  }

  @Test
  void documentsKeepTheRawTextAndTheRange() throws IOException {
    CustomerData.Held held = DATA.of(ID);
    LocalDate from = LocalDate.parse("2026-03-01");
    DepositDocuments.Built built = DepositDocuments.build(held, linked(held), from, TO, false);
    Set<String> sent = new HashSet<>();
    for (DepositDocuments.Document doc : built.documents()) {
      JsonNode account = RebitJson.mapper().readTree(doc.bytes()).path("Account");
      assertThat(account.path("linkedAccRef").asText()).isEqualTo(doc.linkRef());
      assertThat(account.path("type").asText()).isEqualTo("deposit");
      for (JsonNode t : account.path("Transactions").path("Transaction")) {
        sent.add(t.path("txnId").asText());
      }
    }
    int inRange = 0;
    int before = 0;
    for (RawLine l : held.lines(Dataset.TRANSACTIONS)) {
      JsonNode raw;
      try {
        raw = RebitJson.mapper().readTree(l.text());
      } catch (IOException e) {
        continue;
      }
      if (raw == null || !raw.isObject() || !raw.path("date").isTextual()) {
        continue;
      }
      String date = raw.path("date").asText();
      if (date.matches("20\\d\\d-\\d\\d-\\d\\d.*")) {
        String id = raw.path("transaction_id").asText();
        if (date.compareTo("2026-03-01") >= 0) {
          inRange++;
          assertThat(sent).as(date).contains(id);
        } else if (date.compareTo("2026-02-27") < 0) {
          before++;
          assertThat(sent).as(date).doesNotContain(id);
        }
      }
    }
    assertThat(inRange).isPositive();
    assertThat(before).isPositive();
  }

  @Test
  void onlyLinkedAccountsAreSent() {
    CustomerData.Held held = DATA.of(ID);
    String one = held.accounts().get(0).accountId();
    DepositDocuments.Built built = DepositDocuments.build(held, Set.of(one), FROM, TO, true);
    assertThat(built.documents())
        .extracting(DepositDocuments.Document::linkRef)
        .containsExactly(one);
  }

  @Test
  void otherFiTypesCarryTheRawLinesAsGenerated() throws IOException {
    CustomerData.Held held = DATA.of(ID);
    List<DepositDocuments.Document> docs =
        SaakhDocuments.build(
            held, List.of("DEPOSIT", "GSTR1_3B", "LIFE_INSURANCE", "GENERAL_INSURANCE"));
    assertThat(docs)
        .extracting(DepositDocuments.Document::linkRef)
        .containsExactly("GSTR1_3B-" + ID, "LIFE_INSURANCE-" + ID);
    JsonNode gst = RebitJson.mapper().readTree(docs.get(0).bytes()).path("Saakh");
    assertThat(gst.path("dataset").asText()).isEqualTo("gst");
    assertThat(gst.path("version").asText()).isEqualTo("1");
    List<String> records = RebitJson.mapper().convertValue(gst.path("records"), List.class);
    assertThat(records).isEqualTo(texts(held.lines(Dataset.GST))).isNotEmpty();
  }

  @Test
  void malformedRawLinesAreSkippedAndCounted() {
    CustomerData.Held held = DATA.of(ID);
    List<RawLine> accounts = new java.util.ArrayList<>(held.lines(Dataset.ACCOUNTS));
    accounts.add(RawLine.of(accounts.size() + 1L, "{not json"));
    accounts.add(RawLine.of(accounts.size() + 1L, "[1,2]"));
    Map<Dataset, List<RawLine>> raw = new java.util.EnumMap<>(held.raw());
    raw.put(Dataset.ACCOUNTS, accounts);
    CustomerData.Held damaged = new CustomerData.Held(ID, raw, held.accounts());
    DepositDocuments.Built built = DepositDocuments.build(damaged, linked(held), FROM, TO, false);
    DepositDocuments.Built clean = DepositDocuments.build(held, linked(held), FROM, TO, false);
    assertThat(built.skipped()).isEqualTo(clean.skipped() + 2);
    assertThat(built.documents()).hasSameSizeAs(clean.documents());
  }

  private static List<String> texts(List<RawLine> lines) {
    return lines.stream().map(RawLine::text).toList();
  }
}
