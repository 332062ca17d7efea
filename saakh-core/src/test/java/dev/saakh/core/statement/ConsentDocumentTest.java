package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** ReBIT ConsentArtefact and ConsentDetail JSON read into a consent, and their refusals. */
class ConsentDocumentTest {
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private static JsonNode json(String fixture) {
    try {
      return LakeJson.mapper().readTree(AaEnvelopeTest.fixture(fixture));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anArtefactWithItsDetailIsRead() {
    ConsentArtefact c = ConsentDocument.read(json("consent-artefact.json"), "c.json");
    assertThat(c.consentId()).isEqualTo("00000000-0000-4000-8000-000000000011");
    assertThat(c.status()).isEqualTo(ConsentStatus.ACTIVE);
    assertThat(c.customerId()).isEqualTo(BankStatementFile.ANONYMOUS_CUSTOMER);
    assertThat(c.aaHandle()).isEqualTo("9800000003@exampleaa");
    assertThat(c.consentStart()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, IST));
    // "+0530" is read as +05:30
    assertThat(c.consentExpiry()).isEqualTo(OffsetDateTime.of(2027, 3, 1, 10, 0, 0, 0, IST));
    assertThat(c.consentMode()).isEqualTo(ConsentMode.STORE);
    assertThat(c.fetchType()).isEqualTo(FetchType.PERIODIC);
    assertThat(c.consentTypes())
        .containsExactly(ConsentType.PROFILE, ConsentType.SUMMARY, ConsentType.TRANSACTIONS);
    assertThat(c.fiTypes()).containsExactly(FiType.DEPOSIT);
    assertThat(c.dataConsumerId()).isEqualTo("FIU-EXAMPLE");
    assertThat(c.purposeCode()).isEqualTo(103);
    assertThat(c.purposeText()).isEqualTo("Aggregated statement");
    // the range's ends as IST dates: 2026-02-28T23:59:59Z is 1 March in India
    assertThat(c.fiDataFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(c.fiDataTo()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(c.dataLifeUnit()).isEqualTo(TimeUnit.MONTH);
    assertThat(c.dataLifeValue()).isEqualTo(6);
    assertThat(c.frequencyUnit()).isEqualTo(TimeUnit.MONTH);
    assertThat(c.frequencyValue()).isEqualTo(1);
  }

  @Test
  void aSignedConsentWithoutDetailIsReadFromItsJwsPayload() {
    ConsentArtefact signed = ConsentDocument.read(json("consent-signed.json"), "s.json");
    ConsentArtefact plain = ConsentDocument.read(json("consent-artefact.json"), "c.json");
    assertThat(signed.status()).isEqualTo(ConsentStatus.PAUSED);
    assertThat(signed.consentId()).isEqualTo("00000000-0000-4000-8000-000000000013");
    assertThat(signed.fiDataTo()).isEqualTo(plain.fiDataTo());
    assertThat(signed.aaHandle()).isEqualTo(plain.aaHandle());
    assertThat(signed.consentExpiry()).isEqualTo(plain.consentExpiry());
  }

  @Test
  void aBareDetailGetsAnIdFromItsContentAndIsActive() {
    ConsentArtefact c = ConsentDocument.read(json("consent-detail.json"), "d.json");
    assertThat(c.consentId()).matches("DETAIL-[0-9A-F]{16}");
    assertThat(c.status()).isEqualTo(ConsentStatus.ACTIVE);
    assertThat(ConsentDocument.read(json("consent-detail.json"), "e.json").consentId())
        .isEqualTo(c.consentId());
    ObjectNode other = (ObjectNode) json("consent-detail.json");
    other.put("consentMode", "VIEW");
    assertThat(ConsentDocument.read(other, "f.json").consentId()).isNotEqualTo(c.consentId());
  }

  @Test
  void inputTellsAConsentFromAStatement() {
    StatementInput in =
        BankStatementFile.input("c.json", AaEnvelopeTest.fixture("consent-artefact.json"));
    assertThat(in.format()).isEqualTo(Format.REBIT_CONSENT_JSON);
    assertThat(in.part()).isNull();
    assertThat(in.consent().consentId()).isEqualTo("00000000-0000-4000-8000-000000000011");
  }

  @Test
  void badFieldsAreRefusedNamingTheField() {
    bad(
        "ConsentDetail.consentMode",
        n -> detail(n).put("consentMode", "BORROW"),
        "'BORROW' is not one of VIEW, STORE, QUERY, STREAM");
    bad(
        "ConsentDetail.fiTypes[1]",
        n -> detail(n).putArray("fiTypes").add("DEPOSIT").add("GOLD"),
        "'GOLD' is not one of");
    bad(
        "ConsentDetail.Purpose.code",
        n -> ((ObjectNode) detail(n).path("Purpose")).put("code", "x"),
        "'x' is not a whole number");
    bad("ConsentDetail.Customer.id", n -> detail(n).remove("Customer"), "missing");
    bad(
        "ConsentDetail.consentStart",
        n -> detail(n).put("consentStart", "yesterday"),
        "'yesterday' is not an ISO 8601 timestamp");
    bad(
        "ConsentDetail.DataLife.value",
        n -> ((ObjectNode) detail(n).path("DataLife")).put("value", 1.5),
        "expected a whole number");
    bad(
        "ConsentDetail.FIDataRange.to",
        n -> ((ObjectNode) detail(n).path("FIDataRange")).put("to", "2026-02-30"),
        "is not a date");
    bad(
        "ConsentDetail",
        n -> detail(n).put("consentExpiry", "2020-01-01T00:00:00Z"),
        "consentExpiry must be after consentStart");
    bad("status", n -> n.put("status", "MAYBE"), "'MAYBE' is not one of ACTIVE");
    bad("consentId", n -> n.remove("consentId"), "missing");
    bad("customer_id", n -> n.put("customer_id", "someone"), "not a customer id");
    bad(
        "signedConsent",
        n -> {
          n.remove("ConsentDetail");
          n.put("signedConsent", "a.!!!.c");
        },
        "not base64url");
    bad(
        "signedConsent",
        n -> {
          n.remove("ConsentDetail");
          n.put("signedConsent", "only-one-part");
        },
        "expected a JWS");
  }

  private static ObjectNode detail(ObjectNode artefact) {
    return (ObjectNode) artefact.path("ConsentDetail");
  }

  private static void bad(
      String field, java.util.function.Consumer<ObjectNode> change, String what) {
    ObjectNode n = (ObjectNode) json("consent-artefact.json");
    change.accept(n);
    assertThatThrownBy(() -> ConsentDocument.read(n, "c.json"))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.BAD_RECORD))
        .hasMessageStartingWith("c.json: " + field + ": ")
        .hasMessageContaining(what);
  }
}
