package dev.saakh.server.fetch;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.FetchType;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.consent.ConsentStore;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * PERIODIC consents are fetched again every {@code Frequency} while they are ACTIVE and current:
 * checked every {@code saakh.aa.periodic-check} (default 5 minutes). A ONETIME consent is fetched
 * once.
 */
@Component
class PeriodicFetch {
  private static final Logger LOG = LoggerFactory.getLogger(PeriodicFetch.class);
  private final ConsentStore consents;
  private final FetchService fetch;
  private final Clock clock;

  PeriodicFetch(ConsentStore consents, FetchService fetch, Clock clock) {
    this.consents = consents;
    this.fetch = fetch;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${saakh.aa.periodic-check:PT5M}",
      initialDelayString = "${saakh.aa.periodic-check:PT5M}")
  void scheduled() {
    run(clock.instant());
  }

  /** Opens a session for every PERIODIC consent due at {@code now}; their handles. */
  List<String> run(Instant now) {
    List<String> opened = new ArrayList<>();
    for (ConsentStore.Row r : consents.withStatus("ACTIVE")) {
      if (r.artefact() == null) {
        continue;
      }
      ConsentArtefact a = ConsentStore.artefact(r);
      if (!due(a, r.lastFetchAt(), now)) {
        continue;
      }
      try {
        fetch.request(AaFlow.onBehalfOf(r.createdBy()), r);
        opened.add(r.consentHandle());
      } catch (ApiException e) {
        LOG.warn("periodic fetch under consent {}: {}", r.consentId(), e.getMessage());
      }
    }
    return opened;
  }

  /** Whether a consent is PERIODIC, current at {@code now} and its last fetch a Frequency ago. */
  static boolean due(ConsentArtefact a, OffsetDateTime last, Instant now) {
    if (a.fetchType() != FetchType.PERIODIC
        || now.isBefore(a.consentStart().toInstant())
        || !now.isBefore(a.consentExpiry().toInstant())) {
      return false;
    }
    if (last == null) {
      return true;
    }
    OffsetDateTime t = last.withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime next =
        switch (a.frequencyUnit()) {
          case HOUR -> t.plusHours(a.frequencyValue());
          case DAY -> t.plusDays(a.frequencyValue());
          case MONTH -> t.plusMonths(a.frequencyValue());
          case YEAR -> t.plusYears(a.frequencyValue());
          case INF -> OffsetDateTime.MAX;
        };
    return !now.isBefore(next.toInstant());
  }
}
