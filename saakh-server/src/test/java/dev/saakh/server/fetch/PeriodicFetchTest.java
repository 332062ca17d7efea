package dev.saakh.server.fetch;

import static org.assertj.core.api.Assertions.assertThat;

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

class PeriodicFetchTest {
  private static final OffsetDateTime START =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static ConsentArtefact consent(FetchType type, TimeUnit unit, int every) {
    return new ConsentArtefact(
        "c",
        "CUST_MSM_00001",
        "x@aa",
        START,
        START.plusMonths(6),
        ConsentMode.STORE,
        type,
        List.of(ConsentType.TRANSACTIONS),
        List.of(FiType.DEPOSIT),
        "FIU",
        103,
        "Aggregated statement",
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31),
        TimeUnit.MONTH,
        6,
        unit,
        every,
        ConsentStatus.ACTIVE);
  }

  @Test
  void periodicIsDueAFrequencyAfterTheLastFetchAndOnlyWhileCurrent() {
    ConsentArtefact a = consent(FetchType.PERIODIC, TimeUnit.DAY, 30);
    OffsetDateTime last = START.plusDays(2);
    assertThat(PeriodicFetch.due(a, null, START.plusHours(1).toInstant())).isTrue();
    assertThat(PeriodicFetch.due(a, last, last.plusDays(30).minusSeconds(1).toInstant())).isFalse();
    assertThat(PeriodicFetch.due(a, last, last.plusDays(30).toInstant())).isTrue();
    assertThat(PeriodicFetch.due(a, last, START.plusMonths(6).toInstant())).isFalse();
    assertThat(PeriodicFetch.due(a, null, START.minusSeconds(1).toInstant())).isFalse();
  }

  @Test
  void oneTimeIsNeverDueAgainAndInfNever() {
    Instant later = START.plusMonths(3).toInstant();
    assertThat(PeriodicFetch.due(consent(FetchType.ONETIME, TimeUnit.DAY, 1), null, later))
        .isFalse();
    assertThat(PeriodicFetch.due(consent(FetchType.PERIODIC, TimeUnit.INF, 1), START, later))
        .isFalse();
  }
}
