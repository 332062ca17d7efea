package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.decide.Decider;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.consent.ConsentService;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.fetch.FetchService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.FiSessionStore;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's pipeline buttons: consent + fetch, clean, analytics + score, each run off the
 * request thread through the same services the API calls (consent gate and audit included), its log
 * streamed to the page as Server-Sent Events ({@code log} per line, then {@code done}). A run
 * belongs to the user who started it; only they may follow it. Runs live in memory: the log of a
 * run is also in the audit trail and the stored clean log, so nothing is lost when a server
 * restarts.
 */
@Component
class PipelineRuns {
  private static final Logger LOG = LoggerFactory.getLogger(PipelineRuns.class);

  /** Runs kept for following after they end. */
  private static final int KEEP = 200;

  /** A pipeline step a button starts. */
  enum Step {
    FETCH,
    CLEAN,
    ANALYZE
  }

  /** One line of a run's log. */
  record Line(String level, String text) {}

  /** A run: its lines so far, whether it ended, and the streams following it. */
  static final class Run {
    final String runId;
    final String customerId;
    final String user;
    final Step step;
    private final List<Line> lines = new ArrayList<>();
    private final List<SseEmitter> streams = new ArrayList<>();
    private String result;

    Run(String runId, String customerId, String user, Step step) {
      this.runId = runId;
      this.customerId = customerId;
      this.user = user;
      this.step = step;
    }

    public String runId() {
      return runId;
    }

    public String customerId() {
      return customerId;
    }

    public Step step() {
      return step;
    }

    synchronized List<Line> lines() {
      return List.copyOf(lines);
    }

    synchronized String result() {
      return result;
    }
  }

  private final CustomerService customers;
  private final ConsentService consents;
  private final FetchService fetch;
  private final FiSessionStore sessions;
  private final ConsentStore consentStore;
  private final Duration approvalWait;
  private final Duration fetchWait;
  private final boolean simulator;
  private final Map<String, Run> runs =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  private final ExecutorService work =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "saakh-console-run");
            t.setDaemon(true);
            return t;
          });

  PipelineRuns(
      CustomerService customers,
      ConsentService consents,
      FetchService fetch,
      FiSessionStore sessions,
      ConsentStore consentStore,
      @Value("${saakh.console.approval-wait:PT10M}") Duration approvalWait,
      @Value("${saakh.console.fetch-wait:PT2M}") Duration fetchWait,
      @Value("${saakh.simulator.enabled:false}") boolean simulator) {
    this.customers = customers;
    this.consents = consents;
    this.fetch = fetch;
    this.sessions = sessions;
    this.consentStore = consentStore;
    this.approvalWait = approvalWait;
    this.fetchWait = fetchWait;
    this.simulator = simulator;
  }

  /** Starts {@code step} for the customer on behalf of {@code who}; the run, to follow. */
  Run start(Caller who, String customerId, Step step, Decider.Request request) {
    String id = CustomerService.requireId(customerId);
    Run run = new Run(UUID.randomUUID().toString(), id, who.name(), step);
    synchronized (runs) {
      runs.put(run.runId, run);
      while (runs.size() > KEEP) {
        runs.remove(runs.keySet().iterator().next());
      }
    }
    work.execute(() -> execute(who, run, request));
    return run;
  }

  /** The run, if {@code who} started it. */
  Optional<Run> find(Caller who, String runId) {
    Run r = runs.get(runId);
    return r == null || !r.user.equals(who.name()) ? Optional.empty() : Optional.of(r);
  }

  /** A stream of the run: every line so far, then new lines, then {@code done}. */
  SseEmitter follow(Run run) {
    SseEmitter s = new SseEmitter(Duration.ofMinutes(15).toMillis());
    synchronized (run) {
      for (Line l : run.lines) {
        if (!send(s, "log", l)) {
          return s;
        }
      }
      if (run.result != null) {
        if (send(s, "done", new Line("result", run.result))) {
          s.complete();
        }
        return s;
      }
      run.streams.add(s);
      s.onCompletion(() -> forget(run, s));
      s.onTimeout(() -> forget(run, s));
      s.onError(e -> forget(run, s));
    }
    return s;
  }

  private void execute(Caller who, Run run, Decider.Request request) {
    try {
      switch (run.step) {
        case FETCH -> fetchStep(who, run);
        case CLEAN -> cleanStep(who, run);
        case ANALYZE -> analyzeStep(who, run, request);
      }
    } catch (ApiException e) {
      log(run, "bad", "refused: " + e.getMessage());
      end(run, "failed");
    } catch (RuntimeException e) {
      String ref = UUID.randomUUID().toString();
      LOG.error("console run {} failed, reference {}", run.runId, ref, e);
      log(run, "bad", "the step failed on the server; the operator can find reference " + ref);
      end(run, "failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log(run, "bad", "the server is stopping; the step did not finish");
      end(run, "failed");
    }
  }

  private void fetchStep(Caller who, Run run) throws InterruptedException {
    String id = run.customerId;
    Optional<ConsentStore.Row> active = consents.active(id);
    FiSessionStore.Session session;
    if (active.isPresent()) {
      log(run, "info", "consent " + active.get().consentId() + " is ACTIVE: requesting FI data");
      session = fetch.request(who, id);
    } else {
      ConsentStore.Row asked = consents.request(who, id, null);
      log(
          run,
          "info",
          "no ACTIVE consent: consent requested from the AA, handle " + asked.consentHandle());
      log(run, "info", "waiting for the customer to approve it in their AA app");
      if (simulator) {
        log(run, "info", "demo: the built-in AA simulator plays the customer's app at /sim/aa/ui");
      }
      ConsentStore.Row decided = awaitConsent(run, asked.consentHandle());
      if (decided == null) {
        return;
      }
      log(run, "ok", "consent " + decided.consentId() + " is ACTIVE");
      session = awaitSession(run, decided.consentId());
      if (session == null) {
        return;
      }
    }
    log(run, "info", "FI data session " + session.sessionId() + " opened; waiting for the data");
    awaitStored(run, session.sessionId());
  }

  private ConsentStore.Row awaitConsent(Run run, String handle) throws InterruptedException {
    long deadline = System.nanoTime() + approvalWait.toNanos();
    while (System.nanoTime() < deadline) {
      ConsentStore.Row r = consentStore.byHandle(handle).orElseThrow();
      if ("ACTIVE".equals(r.status()) && r.artefact() != null) {
        return r;
      }
      if (!"PENDING".equals(r.status()) && !"ACTIVE".equals(r.status())) {
        log(run, "bad", "the consent is " + r.status() + ": no data will be fetched");
        end(run, "failed");
        return null;
      }
      TimeUnit.MILLISECONDS.sleep(300);
    }
    log(run, "bad", "the customer did not act on the consent within " + approvalWait);
    end(run, "failed");
    return null;
  }

  private FiSessionStore.Session awaitSession(Run run, String consentId)
      throws InterruptedException {
    long deadline = System.nanoTime() + fetchWait.toNanos();
    while (System.nanoTime() < deadline) {
      for (FiSessionStore.Session s : sessions.byCustomer(run.customerId)) {
        if (consentId.equals(s.consentId())) {
          return s;
        }
      }
      TimeUnit.MILLISECONDS.sleep(300);
    }
    log(run, "bad", "no FI data was requested under the consent within " + fetchWait);
    end(run, "failed");
    return null;
  }

  private void awaitStored(Run run, String sessionId) throws InterruptedException {
    long deadline = System.nanoTime() + fetchWait.toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      FiSessionStore.Session s = sessions.find(sessionId).orElseThrow();
      if (!s.state().equals(last)) {
        last = s.state();
        log(run, "info", "session " + s.state() + (s.detail() == null ? "" : ": " + s.detail()));
      }
      switch (s.state()) {
        case "STORED" -> {
          log(run, "ok", "data fetched, decrypted, stored, cleaned and analysed");
          end(run, "fetched");
          return;
        }
        case "FAILED", "EXPIRED" -> {
          end(run, "failed");
          return;
        }
        default -> TimeUnit.MILLISECONDS.sleep(250);
      }
    }
    log(run, "bad", "the data did not arrive within " + fetchWait);
    end(run, "failed");
  }

  private void cleanStep(Caller who, Run run) {
    CustomerService.CleanOutcome c = customers.clean(who, run.customerId);
    JsonNode log = c.log();
    JsonNode t = log.path("totals");
    log(
        run,
        "ok",
        String.format(
            "cleaned: %d raw → %d clean, %d quarantined, %d duplicates removed",
            t.path("raw").asLong(),
            t.path("clean").asLong(),
            t.path("quarantined").asLong(),
            t.path("duplicates").asLong()));
    log.path("datasets")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode d = e.getValue();
              if (d.path("raw").asLong() == 0) {
                return;
              }
              String reasons =
                  d.path("quarantine_reasons").isEmpty() ? "" : " " + d.path("quarantine_reasons");
              log(
                  run,
                  d.path("quarantined").asLong() > 0 ? "bad" : "info",
                  String.format(
                      "%s: %d raw, %d clean, %d quarantined, %d duplicates%s",
                      e.getKey(),
                      d.path("raw").asLong(),
                      d.path("clean").asLong(),
                      d.path("quarantined").asLong(),
                      d.path("duplicates").asLong(),
                      reasons));
            });
    for (JsonNode chain : log.path("balance_chains")) {
      log(
          run,
          chain.path("break_count").asLong() > 0 ? "bad" : "info",
          String.format(
              "balance chain %s: %d links checked, %d breaks, %d balances derived",
              chain.path("account_id").asText(),
              chain.path("links_checked").asLong(),
              chain.path("break_count").asLong(),
              chain.path("balances_derived").asLong()));
    }
    end(run, "cleaned");
  }

  private void analyzeStep(Caller who, Run run, Decider.Request request) {
    Map<String, JsonNode> reports = customers.analyze(who, run.customerId);
    log(run, "ok", reports.size() + " analytics reports: " + String.join(", ", reports.keySet()));
    JsonNode anomalies = reports.get("anomalies_report");
    if (anomalies != null) {
      for (JsonNode a : anomalies.path("anomalies")) {
        log(
            run,
            "HIGH".equals(a.path("severity").asText()) ? "bad" : "info",
            a.path("severity").asText()
                + " "
                + a.path("code").asText()
                + ": "
                + a.path("explanation").asText());
      }
    }
    CustomerService.Decided d = customers.decide(who, run.customerId, request);
    JsonNode record = CustomerPages.tree(d.body());
    JsonNode decision = record.path("decision");
    log(
        run,
        "REJECT".equals(d.outcome()) ? "bad" : "ok",
        String.format(
            "decision %s: %s (decided by %s, score %s, band %s)",
            d.decisionId(),
            d.outcome(),
            decision.path("decided_by").asText(),
            decision.path("score").path("score").asText(),
            decision.path("score").path("band").asText()));
    end(run, d.outcome());
  }

  private void log(Run run, String level, String text) {
    Line l = new Line(level, text);
    synchronized (run) {
      run.lines.add(l);
      run.streams.removeIf(s -> !send(s, "log", l));
    }
  }

  private void end(Run run, String result) {
    synchronized (run) {
      run.result = result;
      for (SseEmitter s : run.streams) {
        if (send(s, "done", new Line("result", result))) {
          s.complete();
        }
      }
      run.streams.clear();
    }
  }

  private static void forget(Run run, SseEmitter s) {
    synchronized (run) {
      run.streams.remove(s);
    }
  }

  private static boolean send(SseEmitter s, String event, Line line) {
    try {
      s.send(
          SseEmitter.event()
              .name(event)
              .data(line, org.springframework.http.MediaType.APPLICATION_JSON));
      return true;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    work.shutdownNow();
    work.awaitTermination(5, TimeUnit.SECONDS);
  }
}
