package dev.saakh.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.api.CustomerApi;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.security.Role;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Starts, runs and reads jobs. A job runs clean, analyze and decide for its customer through {@link
 * CustomerService}, as the caller who started it, on a pool of {@code saakh.jobs.threads} threads
 * with at most {@code saakh.jobs.queue} jobs waiting (more: 503). Jobs for one customer run one at
 * a time, in the order they were started, since their stages rewrite the same rows. Each stage's
 * writes are one transaction of their own; the job's row records the stage reached. At start-up,
 * jobs a crash left QUEUED or RUNNING are marked FAILED with {@link #INTERRUPTED}: they are not
 * re-run on their own, since deciding is the underwriter's call; starting the job again (with a new
 * key) is safe.
 */
@Service
@ConditionalOnWebApplication
public class Jobs {
  /** The error of a job the server stopped during. */
  public static final String INTERRUPTED =
      "interrupted: the server stopped during this job; start it again";

  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

  /**
   * Jobs running in this JVM, whatever the application context: a second context on the same
   * database (tests) must not take them for a crash's leftovers.
   */
  private static final Set<String> RUNNING_HERE = ConcurrentHashMap.newKeySet();

  private final JobStore store;
  private final JobEvents events;
  private final CustomerService customers;
  private final AuditLog audit;
  private final Clock clock;
  private final ThreadPoolExecutor pool;
  private final int capacity;
  private final AtomicInteger admitted = new AtomicInteger();

  /** Per customer with a job in the pool: the jobs waiting behind it. Guarded by itself. */
  private final Map<String, ArrayDeque<Run>> lanes = new HashMap<>();

  public Jobs(
      JobStore store,
      JobEvents events,
      CustomerService customers,
      AuditLog audit,
      Clock clock,
      @Value("${saakh.jobs.threads:2}") int threads,
      @Value("${saakh.jobs.queue:1000}") int queue) {
    if (threads < 1 || queue < 1) {
      throw new IllegalArgumentException(
          "saakh.jobs.threads and saakh.jobs.queue must be 1 or more, were "
              + threads
              + " and "
              + queue);
    }
    this.store = store;
    this.events = events;
    this.customers = customers;
    this.audit = audit;
    this.clock = clock;
    this.capacity = threads + queue;
    recover();
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            r -> new Thread(r, "saakh-job-" + n.incrementAndGet()));
  }

  /** A job started or found again by its key. */
  public record Submitted(JobStatus job, boolean fresh) {}

  /**
   * Starts an underwrite job for the customer, or returns the job already started with this key for
   * the same request; the key with another request is refused (409).
   */
  public Submitted submit(
      Caller who, String customerId, String key, CustomerApi.DecisionRequest body) {
    String k = JobRequest.key(key);
    String id = CustomerService.requireId(customerId);
    Decider.Request decision = CustomerApi.request(body);
    JobRequest request = new JobRequest(id, decision);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Job job =
        new Job(
            UUID.randomUUID().toString(),
            k,
            request.sha256(),
            id,
            Job.UNDERWRITE,
            request.canonical(),
            Job.State.QUEUED,
            null,
            0,
            null,
            null,
            who.name(),
            now,
            now);
    JobStore.Inserted in = store.insert(job);
    if (!in.fresh()) {
      if (!in.job().requestSha256().equals(job.requestSha256())) {
        throw ApiException.conflict(
            "idempotency-key-reused",
            "this Idempotency-Key was used for another request ("
                + in.job().request()
                + "); send a new key for a new request");
      }
      return new Submitted(JobStatus.of(in.job()), false);
    }
    start(who, job, decision);
    return new Submitted(JobStatus.of(job), true);
  }

  private void start(Caller who, Job job, Decider.Request decision) {
    if (admitted.incrementAndGet() > capacity) {
      admitted.decrementAndGet();
      store.delete(job.jobId());
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "jobs-busy",
          "the server has " + capacity + " jobs running or waiting; try again later");
    }
    events.started(job);
    RUNNING_HERE.add(job.jobId());
    try {
      audit.record(
          AuditEntry.of(who, job.customerId(), "job.create")
              .detail("job " + job.jobId() + " " + job.kind() + " " + job.request()));
      enqueue(new Run(who, job, decision));
    } catch (RuntimeException e) {
      admitted.decrementAndGet();
      undo(job);
      throw e;
    }
  }

  /** Into the pool, or behind the customer's job already there. */
  private void enqueue(Run run) {
    String customer = run.job.customerId();
    synchronized (lanes) {
      ArrayDeque<Run> lane = lanes.get(customer);
      if (lane != null) {
        lane.add(run);
        return;
      }
      lanes.put(customer, new ArrayDeque<>());
    }
    try {
      pool.execute(run);
    } catch (RejectedExecutionException e) {
      synchronized (lanes) {
        lanes.remove(customer);
      }
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "jobs-stopping",
          "the server is stopping; start the job again later");
    }
  }

  /** After a customer's job: the next one waiting for that customer goes into the pool. */
  private void next(String customer) {
    Run run;
    synchronized (lanes) {
      ArrayDeque<Run> lane = lanes.get(customer);
      run = lane == null ? null : lane.poll();
      if (run == null) {
        lanes.remove(customer);
        return;
      }
    }
    try {
      pool.execute(run);
    } catch (RejectedExecutionException e) {
      // Stopping: the job stays QUEUED in its row and is marked interrupted at the next start.
      LOG.warn("jobs: job {} not started, the server is stopping", run.job.jobId());
    }
  }

  private void undo(Job job) {
    RUNNING_HERE.remove(job.jobId());
    events.dropped(job.jobId());
    store.delete(job.jobId());
  }

  /** The job, read by an underwriter or by whoever started it (404 otherwise); audited. */
  public JobStatus find(Caller who, String jobId) {
    return JobStatus.of(read(who, jobId, "job.read"));
  }

  /** The job's event stream (see {@link JobEvents}); audited. */
  public SseEmitter events(Caller who, String jobId) {
    return events.subscribe(read(who, jobId, "job.events"));
  }

  private Job read(Caller who, String jobId, String action) {
    Job job =
        store
            .find(jobId)
            .filter(j -> who.role() == Role.UNDERWRITER || who.name().equals(j.createdBy()))
            .orElseThrow(() -> ApiException.notFound("no-such-job", "no job " + jobId));
    audit.record(
        AuditEntry.of(who, job.customerId(), action + " " + jobId)
            .detail(job.state().name() + " " + job.progress() + "%"));
    return job;
  }

  /** Marks the jobs a crash (or a kill) left unfinished as FAILED: {@link #INTERRUPTED}. */
  private void recover() {
    Caller server = new Caller("saakh-server", null);
    int n = 0;
    for (Job j : store.unfinished()) {
      if (RUNNING_HERE.contains(j.jobId())) {
        continue;
      }
      ObjectNode out = LakeJson.mapper().createObjectNode().put("code", "interrupted");
      store.update(j.failed(out, INTERRUPTED, OffsetDateTime.now(clock)));
      audit.record(
          AuditEntry.of(server, j.customerId(), "job.interrupted")
              .failed("job " + j.jobId() + " was " + j.state() + " at stage " + j.stage()));
      n++;
    }
    if (n > 0) {
      LOG.warn("jobs: {} job(s) left unfinished by the last stop marked FAILED (interrupted)", n);
    }
  }

  /** Lets running and waiting jobs finish (up to 30 s) before the database goes away. */
  @PreDestroy
  void stop() throws InterruptedException {
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
      LOG.warn("jobs: {} job(s) still running at shutdown", pool.getActiveCount());
      pool.shutdownNow();
    }
  }

  /** One job's run: each stage through the customer service, the row and streams kept current. */
  private final class Run implements Runnable {
    private final Caller who;
    private final Decider.Request decision;
    private Job job;

    Run(Caller who, Job job, Decider.Request decision) {
      this.who = who;
      this.job = job;
      this.decision = decision;
    }

    @Override
    public void run() {
      try {
        String id = job.customerId();
        ObjectNode out = LakeJson.mapper().createObjectNode();
        advance(job.running(Job.Stage.CLEAN, now()));
        out.put("clean_sha256", customers.clean(who, id).cleanSha256());
        advance(job.running(Job.Stage.ANALYZE, now()));
        Map<String, JsonNode> reports = customers.analyze(who, id);
        ArrayNode names = out.putArray("reports");
        reports.keySet().forEach(names::add);
        advance(job.running(Job.Stage.DECIDE, now()));
        CustomerService.Decided d = customers.decide(who, id, decision);
        out.put("decision_id", d.decisionId());
        out.put("outcome", d.outcome());
        out.put("stored", d.stored());
        out.put("decision", "/api/v1/customers/" + id + "/decisions/" + d.decisionId());
        advance(job.succeeded(out, now()));
      } catch (ApiException e) {
        ObjectNode out =
            LakeJson.mapper()
                .createObjectNode()
                .put("code", e.code())
                .put("status", e.status().value());
        advance(job.failed(out, e.getMessage(), now()));
      } catch (RuntimeException e) {
        String ref = UUID.randomUUID().toString();
        LOG.error("job {} failed, reference {}", job.jobId(), ref, e);
        ObjectNode out = LakeJson.mapper().createObjectNode().put("code", "internal");
        advance(
            job.failed(
                out,
                "the job failed on the server; the operator can find reference "
                    + ref
                    + " in its log",
                now()));
      } finally {
        RUNNING_HERE.remove(job.jobId());
        admitted.decrementAndGet();
        next(job.customerId());
      }
    }

    private void advance(Job next) {
      job = next;
      try {
        store.update(next);
      } finally {
        events.publish(next);
      }
    }

    private OffsetDateTime now() {
      return OffsetDateTime.now(clock);
    }
  }
}
