package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.server.it.ServerIT.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of jobs on the real server jar: SIGKILL while jobs run, start again on the same data
 * directory (the default H2 file database in it), and the killed jobs are FAILED (interrupted), the
 * customer's clean data is whole, the audit chain verifies and a new job succeeds.
 */
class JobsKillIT {
  static final String CUSTOMER = "/api/v1/customers/CUST_MSM_00001";
  static final String INTERRUPTED =
      "interrupted: the server stopped during this job; start it again";
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path dir = temp();
  private Process server;
  private int port;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void aKilledServerFailsItsRunningJobsAndKeepsTheDataWhole() throws Exception {
    start();
    Map<String, long[]> before = counts();
    List<String> jobs = new ArrayList<>();
    Map<String, String> atKill = Map.of();
    boolean killedWhileRunning = false;
    for (int attempt = 1; attempt <= 5 && !killedWhileRunning; attempt++) {
      List<String> round = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        round.add(startJob());
      }
      jobs.addAll(round);
      atKill = awaitRunning(round);
      server.destroyForcibly().waitFor();
      start();
      killedWhileRunning = interruptedWhileRunning(round);
    }
    assertThat(killedWhileRunning)
        .as("no job was caught RUNNING in 5 tries (states seen at the kill: %s)", atKill)
        .isTrue();
    for (String id : jobs) {
      JsonNode j = get(ServerIT.UNDERWRITER, "/api/v1/jobs/" + id).json();
      String state = j.path("state").asText();
      assertThat(state).as(j.toString()).isIn("SUCCEEDED", "FAILED");
      if (state.equals("FAILED")) {
        assertThat(j.path("error").asText()).isEqualTo(INTERRUPTED);
      }
    }
    assertThat(counts()).as("clean data per dataset").usingRecursiveComparison().isEqualTo(before);
    Reply audit = get(ServerIT.AUDITOR, "/api/v1/audit/verify");
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    assertThat(audit.json().path("intact").asBoolean()).as(audit.body()).isTrue();
    String again = startJob();
    JsonNode done = awaitFinished(again);
    assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
  }

  /** Whether one of these jobs was RUNNING when the server was killed (it keeps its stage). */
  private boolean interruptedWhileRunning(List<String> ids) {
    for (String id : ids) {
      JsonNode j = get(ServerIT.UNDERWRITER, "/api/v1/jobs/" + id).json();
      if (j.path("state").asText().equals("FAILED")
          && j.path("error").asText().equals(INTERRUPTED)
          && !j.path("stage").isNull()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per dataset: the clean log's clean and quarantined counts, the clean records served page by
   * page (plus those the consent withholds) and the quarantined records served; all must agree.
   */
  private Map<String, long[]> counts() {
    JsonNode log = get(ServerIT.UNDERWRITER, CUSTOMER + "/clean-log").json();
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = log.path("datasets").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String ds = e.getKey();
      long clean = e.getValue().path("clean").asLong();
      long quarantined = e.getValue().path("quarantined").asLong();
      long served = 0;
      long total = -1;
      long withheld = 0;
      for (int offset = 0; total < 0 || offset < total; offset += 1000) {
        JsonNode page =
            get(
                    ServerIT.UNDERWRITER,
                    CUSTOMER + "/data/" + ds + "?type=clean&limit=1000&offset=" + offset)
                .json();
        total = page.path("total").asLong();
        withheld = page.path("withheld").asLong();
        served += page.path("records").size();
      }
      JsonNode q = get(ServerIT.UNDERWRITER, CUSTOMER + "/data/" + ds + "?type=quarantine").json();
      assertThat(served).as(ds + " clean records served").isEqualTo(total);
      assertThat(served + withheld).as(ds + ": clean log vs records").isEqualTo(clean);
      assertThat(q.path("total").asLong()).as(ds + " quarantined").isEqualTo(quarantined);
      out.put(ds, new long[] {clean, quarantined, served, withheld});
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private String startJob() {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(CUSTOMER + "/jobs"))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "kill-" + UUID.randomUUID())
            .POST(HttpRequest.BodyPublishers.ofString("{\"amount\": 500000}"));
    Reply r = send(ServerIT.UNDERWRITER, b);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json().path("job_id").asText();
  }

  /** Polls until one of the jobs is RUNNING (or all finished); returns the states seen. */
  private Map<String, String> awaitRunning(List<String> ids) {
    Map<String, String> states = new LinkedHashMap<>();
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < until) {
      boolean allDone = true;
      for (String id : ids) {
        String s = get(ServerIT.UNDERWRITER, "/api/v1/jobs/" + id).json().path("state").asText();
        states.put(id, s);
        if (s.equals("RUNNING")) {
          return states;
        }
        allDone &= s.equals("SUCCEEDED") || s.equals("FAILED");
      }
      if (allDone) {
        return states;
      }
      pause(10);
    }
    return states;
  }

  private JsonNode awaitFinished(String id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < until) {
      JsonNode j = get(ServerIT.UNDERWRITER, "/api/v1/jobs/" + id).json();
      String s = j.path("state").asText();
      if (s.equals("SUCCEEDED") || s.equals("FAILED")) {
        return j;
      }
      pause(100);
    }
    throw new AssertionError("job " + id + " did not finish in 120 s");
  }

  /** Starts the server jar on the data directory and waits until it is healthy. */
  private void start() throws IOException, InterruptedException {
    Path jar = Path.of("target", "saakh-server.jar").toAbsolutePath();
    assertThat(jar).as("the server jar (built in the package phase)").exists();
    port = freePort();
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dir.resolve("server-" + System.nanoTime() + ".log");
    server =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-jar",
                jar.toString(),
                "--saakh.port=" + port,
                "--saakh.data-dir=" + dir,
                "--saakh.demo.customers=2",
                "--saakh.jobs.threads=2")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Process started = server;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < until) {
      if (!server.isAlive()) {
        throw new AssertionError(
            "the server stopped (exit " + server.exitValue() + "):\n" + Files.readString(log));
      }
      if (healthy()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server did not start in 180 s:\n" + Files.readString(log));
  }

  private boolean healthy() {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(uri("/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Reply get(String token, String path) {
    return send(token, HttpRequest.newBuilder(uri(path)).GET());
  }

  private Reply send(String token, HttpRequest.Builder b) {
    b.header("Authorization", "Bearer " + token);
    try {
      HttpResponse<String> r =
          HTTP.send(
              b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Path temp() {
    try {
      return Files.createTempDirectory("saakh-kill-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
