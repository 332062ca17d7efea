package dev.saakh.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.TimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retention rules alone: each rule's due time, exactly at it and one second before. */
class RetentionRulesTest {
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final RetentionRules RULES =
      new RetentionRules(true, Duration.ofDays(90), Duration.ofDays(30), Duration.ofHours(24), IST);
  private static final Instant T0 = Instant.parse("2026-01-31T20:00:00Z");
  private static final Duration SECOND = Duration.ofSeconds(1);

  private static Facts facts(
      Instant cleaned, long raw, Facts.Decided latest, Instant revoked, Facts.DataLife life) {
    return new Facts("CUST_X", T0, cleaned, raw, latest, revoked, life, false);
  }

  private static Due only(Optional<Due> d) {
    assertThat(d).isPresent();
    return d.get();
  }

  @Test
  void anApprovedCustomerIsErasedNinetyDaysAfterTheDecision() {
    Instant decided = T0.plus(Duration.ofHours(5));
    Facts f = facts(null, 0, new Facts.Decided("APPROVE", decided), null, null);
    Due d = only(RULES.erasure(f));
    assertThat(d.rule()).isEqualTo(Rule.APPROVED);
    assertThat(d.since()).isEqualTo(decided);
    assertThat(d.at()).isEqualTo(decided.plus(Duration.ofDays(90)));
    assertThat(d.dueAt(decided.plus(Duration.ofDays(90)))).isTrue();
    assertThat(d.dueAt(decided.plus(Duration.ofDays(90)).minus(SECOND))).isFalse();
  }

  @Test
  void rejectReferAndStoppedAreErasedThirtyDaysAfterTheDecision() {
    for (String outcome : List.of("REJECT", "REFER", "STOPPED")) {
      Facts f = facts(null, 0, new Facts.Decided(outcome, T0), null, null);
      Due d = only(RULES.erasure(f));
      assertThat(d.rule()).as(outcome).isEqualTo(Rule.REJECTED);
      assertThat(d.at()).isEqualTo(T0.plus(Duration.ofDays(30)));
      assertThat(d.dueAt(T0.plus(Duration.ofDays(30)))).isTrue();
      assertThat(d.dueAt(T0.plus(Duration.ofDays(30)).minus(SECOND))).isFalse();
    }
  }

  @Test
  void aRevokedConsentErasesTwentyFourHoursLaterBeforeAnyDecisionRule() {
    Instant revoked = T0.plus(Duration.ofDays(2));
    Facts f = facts(null, 0, new Facts.Decided("APPROVE", T0), revoked, null);
    Due d = only(RULES.erasure(f));
    assertThat(d.rule()).isEqualTo(Rule.CONSENT_REVOKED);
    assertThat(d.at()).isEqualTo(revoked.plus(Duration.ofHours(24)));
    assertThat(d.dueAt(revoked.plus(Duration.ofHours(24)))).isTrue();
    assertThat(d.dueAt(revoked.plus(Duration.ofHours(23)))).isFalse();
    assertThat(d.dueAt(revoked.plus(Duration.ofHours(24)).minus(SECOND))).isFalse();
  }

  @Test
  void dataLifeCountsCalendarUnitsFromTheFetchInIndiasZone() {
    // 2026-02-01T01:30 IST plus one month is 2026-03-01T01:30 IST, not 28 or 31 days of UTC.
    Facts month = facts(null, 0, null, null, new Facts.DataLife(TimeUnit.MONTH, 1));
    Due d = only(RULES.erasure(month));
    assertThat(d.rule()).isEqualTo(Rule.DATA_LIFE);
    assertThat(d.at()).isEqualTo(Instant.parse("2026-02-28T20:00:00Z"));
    assertThat(d.dueAt(d.at())).isTrue();
    assertThat(d.dueAt(d.at().minus(SECOND))).isFalse();
    assertThat(
            only(RULES.erasure(facts(null, 0, null, null, new Facts.DataLife(TimeUnit.DAY, 3))))
                .at())
        .isEqualTo(T0.plus(Duration.ofDays(3)));
    assertThat(
            only(RULES.erasure(facts(null, 0, null, null, new Facts.DataLife(TimeUnit.YEAR, 1))))
                .at())
        .isEqualTo(Instant.parse("2027-01-31T20:00:00Z"));
    assertThat(
            only(RULES.erasure(facts(null, 0, null, null, new Facts.DataLife(TimeUnit.HOUR, 6))))
                .at())
        .isEqualTo(T0.plus(Duration.ofHours(6)));
  }

  @Test
  void anInfiniteDataLifeNeverFallsDue() {
    Facts f = facts(null, 0, null, null, new Facts.DataLife(TimeUnit.INF, 0));
    assertThat(RULES.erasure(f)).isEmpty();
    assertThat(RULES.due(f)).isEmpty();
  }

  @Test
  void theEarliestErasingRuleWins() {
    Facts f =
        facts(
            null, 0, new Facts.Decided("APPROVE", T0), null, new Facts.DataLife(TimeUnit.DAY, 10));
    assertThat(only(RULES.erasure(f)).rule()).isEqualTo(Rule.DATA_LIFE);
    Facts later =
        facts(null, 0, new Facts.Decided("REJECT", T0), null, new Facts.DataLife(TimeUnit.YEAR, 1));
    assertThat(only(RULES.erasure(later)).rule()).isEqualTo(Rule.REJECTED);
  }

  @Test
  void rawRecordsFallDueWhenCleanedAndOnlyWhileAnyAreHeld() {
    Instant cleaned = T0.plus(Duration.ofMinutes(3));
    Due d = only(RULES.rawDeletion(facts(cleaned, 12, null, null, null)));
    assertThat(d.rule()).isEqualTo(Rule.RAW_AFTER_CLEAN);
    assertThat(d.rule().erasesCustomer()).isFalse();
    assertThat(d.dueAt(cleaned)).isTrue();
    assertThat(d.dueAt(cleaned.minus(SECOND))).isFalse();
    assertThat(RULES.rawDeletion(facts(cleaned, 0, null, null, null))).isEmpty();
    assertThat(RULES.rawDeletion(facts(null, 12, null, null, null))).isEmpty();
    assertThat(RULES.erasure(facts(cleaned, 12, null, null, null))).isEmpty();
  }

  @Test
  void rawAfterCleanCanBeTurnedOff() {
    RetentionRules off =
        new RetentionRules(
            false, Duration.ofDays(90), Duration.ofDays(30), Duration.ofHours(24), IST);
    assertThat(off.rawDeletion(facts(T0, 12, null, null, null))).isEmpty();
  }

  @Test
  void aCustomerWithNoDecisionConsentOrDataLifeIsKept() {
    assertThat(RULES.due(facts(null, 5, null, null, null))).isEmpty();
  }

  @Test
  void revocationCountsOnlyWhenNoConsentIsActiveAndTheLatestRevocationIsTaken() {
    Instant r1 = T0;
    Instant r2 = T0.plus(Duration.ofDays(1));
    FactsReader.Consent revoked1 = new FactsReader.Consent(ConsentStatus.REVOKED, r1, null);
    FactsReader.Consent revoked2 = new FactsReader.Consent(ConsentStatus.REVOKED, r2, null);
    FactsReader.Consent active = new FactsReader.Consent(ConsentStatus.ACTIVE, T0, null);
    FactsReader.Consent expired = new FactsReader.Consent(ConsentStatus.EXPIRED, T0, null);
    assertThat(FactsReader.revokedAt(List.of(revoked1, revoked2, expired))).isEqualTo(r2);
    assertThat(FactsReader.revokedAt(List.of(revoked1, active))).isNull();
    assertThat(FactsReader.revokedAt(List.of(expired))).isNull();
    assertThat(FactsReader.revokedAt(List.of())).isNull();
  }

  @Test
  void dataLifeIsTheLongestOfTheActiveConsentsElseOfAllHeld() {
    Facts.DataLife day = new Facts.DataLife(TimeUnit.DAY, 40);
    Facts.DataLife month = new Facts.DataLife(TimeUnit.MONTH, 1);
    Facts.DataLife inf = new Facts.DataLife(TimeUnit.INF, 0);
    FactsReader.Consent activeMonth = new FactsReader.Consent(ConsentStatus.ACTIVE, T0, month);
    FactsReader.Consent expiredDay = new FactsReader.Consent(ConsentStatus.EXPIRED, T0, day);
    FactsReader.Consent revokedInf = new FactsReader.Consent(ConsentStatus.REVOKED, T0, inf);
    assertThat(FactsReader.dataLife(List.of(activeMonth, expiredDay))).isEqualTo(month);
    assertThat(FactsReader.dataLife(List.of(expiredDay, revokedInf))).isEqualTo(inf);
    assertThat(FactsReader.dataLife(List.of(expiredDay))).isEqualTo(day);
    assertThat(FactsReader.dataLife(List.of())).isNull();
    assertThat(Facts.DataLife.longer(day, month)).isEqualTo(day);
  }
}
