package dev.saakh.server.jobs;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live side of jobs: every job running in this server has a {@link Live} entry holding its
 * latest state and the event streams following it. A stream gets the latest state at once, then an
 * event per change ({@code progress}), then {@code done} or {@code failed}, and is completed. State
 * and streams of one job change under that job's lock, so no stream sees a state go backwards.
 */
@Component
class JobEvents {
  /** How long a stream may stay open. */
  static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final Map<String, Live> live = new ConcurrentHashMap<>();

  private static final class Live {
    private Job latest;
    private boolean finished;
    private final List<SseEmitter> streams = new ArrayList<>();

    Live(Job job) {
      this.latest = job;
    }
  }

  /** Starts following a job this server is about to run. */
  void started(Job job) {
    live.put(job.jobId(), new Live(job));
  }

  /** Forgets a job that will not run here after all. */
  void dropped(String jobId) {
    live.remove(jobId);
  }

  /** Sends the job's new state to its streams; a finished job's streams are completed. */
  void publish(Job job) {
    Live l = live.get(job.jobId());
    if (l == null) {
      return;
    }
    synchronized (l) {
      l.latest = job;
      for (SseEmitter s : List.copyOf(l.streams)) {
        if (!send(s, job)) {
          l.streams.remove(s);
        }
      }
      if (job.state().finished()) {
        l.finished = true;
        l.streams.clear();
        live.remove(job.jobId());
      }
    }
  }

  /**
   * A stream of the job: its latest state at once; then, while it runs here, its changes. A job
   * that finished (or is not running in this server) gets its state and the stream ends.
   */
  SseEmitter subscribe(Job stored) {
    SseEmitter s = new SseEmitter(TIMEOUT.toMillis());
    Live l = live.get(stored.jobId());
    if (l != null) {
      synchronized (l) {
        if (!l.finished) {
          l.streams.add(s);
          Runnable forget = () -> forget(l, s);
          s.onCompletion(forget);
          s.onTimeout(forget);
          s.onError(e -> forget.run());
          if (!send(s, l.latest)) {
            l.streams.remove(s);
          }
          return s;
        }
        stored = l.latest;
      }
    }
    if (send(s, stored) && !stored.state().finished()) {
      s.complete();
    }
    return s;
  }

  private static void forget(Live l, SseEmitter s) {
    synchronized (l) {
      l.streams.remove(s);
    }
  }

  /** Sends one event; completes the stream after a final one. False when the client is gone. */
  private static boolean send(SseEmitter s, Job job) {
    String name;
    if (!job.state().finished()) {
      name = "progress";
    } else {
      name = job.state() == Job.State.SUCCEEDED ? "done" : "failed";
    }
    try {
      s.send(
          SseEmitter.event()
              .name(name)
              .id(job.jobId() + "/" + job.progress() + "/" + job.state().name())
              .data(JobStatus.of(job).json()));
      if (job.state().finished()) {
        s.complete();
      }
      return true;
    } catch (IOException | IllegalStateException e) {
      // The client went away (or the stream timed out); the job goes on without it.
      return false;
    }
  }
}
