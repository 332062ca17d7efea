package dev.saakh.server.fetch;

import dev.saakh.server.api.ApiException;
import dev.saakh.server.consent.ConsentService;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import dev.saakh.server.store.FiSessionStore;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a notification sets going, off the notification's request thread (the AA gets its answer at
 * once): a consent that became ACTIVE has its artefact fetched and, with {@code
 * saakh.aa.auto-fetch} (default on), data requested; a session the AA says is ready is fetched,
 * stored, cleaned and analysed. The work is done on behalf of the user who asked for the consent
 * and audited as {@code saakh-fiu (for <user>)}.
 */
@Component
class AaFlow {
  private static final Logger LOG = LoggerFactory.getLogger(AaFlow.class);
  private final ConsentService consents;
  private final FetchService fetch;
  private final FiSessionStore sessions;
  private final ConsentStore consentStore;
  private final Clock clock;
  private final boolean autoFetch;
  private final ExecutorService work =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "saakh-aa-flow");
            t.setDaemon(true);
            return t;
          });

  AaFlow(
      ConsentService consents,
      FetchService fetch,
      FiSessionStore sessions,
      ConsentStore consentStore,
      Clock clock,
      @Value("${saakh.aa.auto-fetch:true}") boolean autoFetch) {
    this.consents = consents;
    this.fetch = fetch;
    this.sessions = sessions;
    this.consentStore = consentStore;
    this.clock = clock;
    this.autoFetch = autoFetch;
  }

  static Caller onBehalfOf(String user) {
    return new Caller("saakh-fiu (for " + user + ")", Role.UNDERWRITER);
  }

  /** The consent changed status as the AA notified. */
  void consentChanged(ConsentStore.Row row, String status) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!"ACTIVE".equals(status)) {
      // PAUSED, REVOKED, EXPIRED, REJECTED: stops every use at once (the gate reads this status)
      consentStore.status(row.consentHandle(), status, now);
      return;
    }
    if (row.artefact() != null) {
      consentStore.status(row.consentHandle(), status, now); // resumed
      return;
    }
    work.execute(
        () -> {
          try {
            ConsentStore.Row approved =
                consents.refresh(onBehalfOf(row.createdBy()), row.consentHandle());
            if (autoFetch && "ACTIVE".equals(approved.status())) {
              fetch.request(onBehalfOf(row.createdBy()), approved);
            }
          } catch (ApiException | IllegalStateException e) {
            LOG.warn("consent {}: after ACTIVE: {}", row.consentHandle(), e.getMessage());
          }
        });
  }

  /** The AA says the session's data is ready ({@code READY}) or that it will not come. */
  void sessionChanged(
      FiSessionStore.Session s, String sessionStatus, List<String> accountStatuses) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean ready = accountStatuses.contains("READY") || accountStatuses.contains("DELIVERED");
    if ("EXPIRED".equals(sessionStatus)
        || "FAILED".equals(sessionStatus)
        || !ready && !"ACTIVE".equals(sessionStatus)) {
      String why =
          "the AA says the session is " + sessionStatus + " (accounts " + accountStatuses + ")";
      sessions.move(
          s.sessionId(),
          List.of("REQUESTED", "READY"),
          "EXPIRED".equals(sessionStatus) ? "EXPIRED" : "FAILED",
          why,
          now);
      return;
    }
    if (!ready) {
      return; // ACTIVE with nothing ready yet: wait for the next notification
    }
    String user =
        consentStore.byId(s.consentId()).map(ConsentStore.Row::createdBy).orElse("unknown");
    if (sessions.move(
            s.sessionId(), List.of("REQUESTED"), "READY", "the AA says the data is ready", now)
        && autoFetch) {
      work.execute(
          () -> {
            try {
              fetch.fetch(onBehalfOf(user), s.sessionId());
            } catch (ApiException | IllegalStateException e) {
              LOG.warn("session {}: fetch: {}", s.sessionId(), e.getMessage());
            }
          });
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    work.shutdown();
    work.awaitTermination(10, TimeUnit.SECONDS);
  }
}
