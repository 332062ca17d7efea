package dev.saakh.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.Reason;
import dev.saakh.core.clean.ReasonCode;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.TimeUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consent gate: which consent is used, and why a customer is stopped. */
class ConsentCheckTest {
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  private static final Instant NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, IST).toInstant();

  private static ConsentArtefact consent(
      String id, int startDay, ConsentStatus status, int purpose, List<FiType> types) {
    OffsetDateTime start = OffsetDateTime.of(2026, 11, startDay, 9, 0, 0, 0, IST);
    return new ConsentArtefact(
        id,
        "CUST_CON_00001",
        "9876543210@finvu",
        start,
        start.plusMonths(6),
        ConsentMode.STORE,
        FetchType.ONETIME,
        List.of(ConsentType.TRANSACTIONS),
        types,
        "FIU_SAAKH",
        purpose,
        "purpose",
        LocalDate.of(2025, 11, 1),
        LocalDate.of(2026, 10, 31),
        TimeUnit.MONTH,
        6,
        TimeUnit.DAY,
        1,
        status);
  }

  private static String why(List<ConsentArtefact> consents) {
    ConsentCheck.Verdict v = ConsentCheck.usable(consents, NOW);
    assertThat(v.consent()).isNull();
    return v.refusal();
  }

  @Test
  void theNewestUsableConsentIsUsed() {
    ConsentArtefact old = consent("OLD", 1, ConsentStatus.ACTIVE, 103, List.of(FiType.DEPOSIT));
    ConsentArtefact revoked =
        consent("NEW", 20, ConsentStatus.REVOKED, 103, List.of(FiType.DEPOSIT));
    assertThat(ConsentCheck.usable(List.of(old, revoked), NOW).consent()).isSameAs(old);
  }

  @Test
  void everyReasonToStopIsNamed() {
    List<FiType> deposit = List.of(FiType.DEPOSIT);
    assertThat(why(List.of())).isEqualTo("no consent artefact for this customer");
    assertThat(why(List.of(consent("C", 1, ConsentStatus.PAUSED, 103, deposit))))
        .isEqualTo("consent C is PAUSED");
    assertThat(why(List.of(consent("C", 24, ConsentStatus.ACTIVE, 103, deposit))))
        .startsWith("consent C starts only at 2026-11-24T09:00+05:30");
    assertThat(why(List.of(consent("C", 1, ConsentStatus.ACTIVE, 104, deposit))))
        .isEqualTo("consent C is for purpose 104, not 103 (underwriting)");
    assertThat(why(List.of(consent("C", 1, ConsentStatus.ACTIVE, 103, List.of(FiType.GSTR1_3B)))))
        .isEqualTo("consent C does not cover DEPOSIT (bank) data");
    ConsentArtefact c = consent("C", 1, ConsentStatus.ACTIVE, 103, deposit);
    Instant later = c.consentExpiry().toInstant();
    ConsentCheck.Verdict expired = ConsentCheck.usable(List.of(c), later);
    assertThat(expired.consent()).isNull();
    assertThat(expired.refusal()).startsWith("consent C expired at");
  }

  @Test
  void aQuarantinedConsentIsNamedWithItsReasonsNotReportedAsNoConsent() {
    Quarantined q =
        new Quarantined(
            "CUST_CON_00001",
            "consents",
            7,
            "C-9",
            List.of(
                new Reason(ReasonCode.MISSING_FIELD, "frequency_unit", null),
                new Reason(ReasonCode.INVALID_VALUE, "status", "ON")),
            10,
            "UTF-8",
            "{}");
    ConsentCheck.Verdict v = ConsentCheck.usable(List.of(), List.of(q), NOW);
    assertThat(v.consent()).isNull();
    assertThat(v.refusal())
        .isEqualTo("consent C-9 unusable: MISSING_FIELD frequency_unit, INVALID_VALUE status");
    assertThat(ConsentCheck.usable(List.of(), List.of(), NOW).refusal())
        .isEqualTo("no consent artefact for this customer");
  }
}
