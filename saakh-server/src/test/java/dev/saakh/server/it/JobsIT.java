package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Jobs over real HTTP: started once per key, run through the consent gate, followed live. */
class JobsIT extends ServerIT {
  static final String MSME = "/api/v1/customers/CUST_MSM_00001";
  static final String BODY = "{\"amount\": 500000, \"tenure_months\": 24}";

  @Test
  void aJobCleansAnalysesAndDecides() {
    Reply started = start(UNDERWRITER, MSME, key(), BODY);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonNode job = started.json();
    String id = job.path("job_id").asText();
    assertThat(job.path("state").asText()).isIn("QUEUED", "RUNNING", "SUCCEEDED");
    assertThat(job.path("links").path("self").asText()).isEqualTo("/api/v1/jobs/" + id);
    assertThat(job.path("links").path("events").asText())
        .isEqualTo("/api/v1/jobs/" + id + "/events");
    JsonNode done = await(id);
    assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
    assertThat(done.path("stage").asText()).isEqualTo("DONE");
    assertThat(done.path("progress").asInt()).isEqualTo(100);
    assertThat(done.path("error").isNull()).isTrue();
    JsonNode result = done.path("result");
    assertThat(result.path("outcome").asText()).isIn("APPROVE", "REFER", "REJECT", "STOPPED");
    assertThat(result.path("reports").toString()).contains("risk_score", "transaction_summary");
    Reply decision = get(UNDERWRITER, result.path("decision").asText());
    assertThat(decision.status()).as(decision.body()).isEqualTo(200);
    assertThat(decision.json().path("decision_id").asText())
        .isEqualTo(result.path("decision_id").asText());
    assertThat(done.path("request").path("amount").asText()).isEqualTo("500000.00");
  }

  @Test
  void theSameKeyAndRequestReturnTheSameJobAndAnotherRequestIsAConflict() {
    String key = key();
    Reply first = start(UNDERWRITER, MSME, key, BODY);
    assertThat(first.status()).as(first.body()).isEqualTo(202);
    String id = first.json().path("job_id").asText();
    // The same request written differently is the same request.
    Reply again = start(UNDERWRITER, MSME, key, "{\"tenure_months\":24,\"amount\":500000.00}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("job_id").asText()).isEqualTo(id);
    start(UNDERWRITER, MSME, key, "{\"amount\": 600000, \"tenure_months\": 24}")
        .problem(409, "idempotency-key-reused");
    start(UNDERWRITER, "/api/v1/customers/CUST_MSM_00002", key, BODY)
        .problem(409, "idempotency-key-reused");
    assertThat(await(id).path("state").asText()).isEqualTo("SUCCEEDED");
    Reply late = start(UNDERWRITER, MSME, key, BODY);
    assertThat(late.status()).isEqualTo(200);
    assertThat(late.json().path("job_id").asText()).isEqualTo(id);
    assertThat(late.json().path("state").asText()).isEqualTo("SUCCEEDED");
  }

  @Test
  void aKeyIsRequiredAndChecked() {
    JsonNode p = post(UNDERWRITER, MSME + "/jobs", BODY).problem(400, "idempotency-key-required");
    assertThat(p.path("field").asText()).isEqualTo("Idempotency-Key");
    start(UNDERWRITER, MSME, "a".repeat(201), BODY).problem(400, "bad-idempotency-key");
    start(UNDERWRITER, MSME, "two words", BODY).problem(400, "bad-idempotency-key");
    start(UNDERWRITER, MSME, key(), "{\"amount\": -1}").problem(400, "bad-amount");
    start(UNDERWRITER, "/api/v1/customers/NOT_AN_ID", key(), BODY).problem(400, "bad-customer-id");
  }

  @Test
  void theEventStreamCarriesProgressThenDone() {
    Reply started = start(UNDERWRITER, MSME, key(), "{}");
    String id = started.json().path("job_id").asText();
    List<Event> events = stream(UNDERWRITER, id);
    assertThat(events).as(events.toString()).isNotEmpty();
    Event last = events.get(events.size() - 1);
    assertThat(last.name()).as(events.toString()).isEqualTo("done");
    assertThat(last.data().path("state").asText()).isEqualTo("SUCCEEDED");
    assertThat(last.data().path("job_id").asText()).isEqualTo(id);
    List<Event> before = events.subList(0, events.size() - 1);
    assertThat(before).extracting(Event::name).containsOnly("progress");
    List<Integer> progress = events.stream().map(e -> e.data().path("progress").asInt()).toList();
    assertThat(progress).isSorted();
    // After the end, a stream gives the final state at once.
    List<Event> after = stream(UNDERWRITER, id);
    assertThat(after).extracting(Event::name).containsExactly("done");
    assertThat(after.get(0).data().path("result")).isEqualTo(last.data().path("result"));
  }

  @Test
  void theStreamShowsEveryStageOfAJobFollowedFromTheStart() {
    // A queue of jobs on two threads: the last waits, so its stream sees it from the start.
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(start(UNDERWRITER, MSME, key(), BODY).json().path("job_id").asText());
    }
    List<Event> events = stream(UNDERWRITER, ids.get(ids.size() - 1));
    List<String> stages =
        events.stream().map(e -> e.data().path("stage").asText("")).distinct().toList();
    assertThat(stages).as(events.toString()).endsWith("DECIDE", "DONE");
    assertThat(events).extracting(Event::name).filteredOn("progress"::equals).isNotEmpty();
    for (String id : ids) {
      assertThat(await(id).path("state").asText()).isEqualTo("SUCCEEDED");
    }
  }

  @Test
  void aJobForACustomerWithoutConsentFailsWithTheReason() {
    Reply started = start(UNDERWRITER, "/api/v1/customers/CUST_CON_00002", key(), BODY);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().path("job_id").asText();
    JsonNode done = await(id);
    assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("FAILED");
    assertThat(done.path("stage").asText()).isEqualTo("CLEAN");
    assertThat(done.path("error").asText()).startsWith("no usable consent for CUST_CON_00002");
    assertThat(done.path("result").path("code").asText()).isEqualTo("no-consent");
    assertThat(done.toString()).doesNotContain("Exception").doesNotContain("at dev.saakh");
    List<Event> events = stream(UNDERWRITER, id);
    assertThat(events).extracting(Event::name).containsExactly("failed");
  }

  @Test
  void jobsNeedAnUnderwriter() {
    start(null, MSME, key(), BODY).problem(401, "unauthenticated");
    start(AUDITOR, MSME, key(), BODY).problem(403, "forbidden");
    String id = start(UNDERWRITER, MSME, key(), BODY).json().path("job_id").asText();
    get(null, "/api/v1/jobs/" + id).problem(401, "unauthenticated");
    get(null, "/api/v1/jobs/" + id + "/events").problem(401, "unauthenticated");
    get(ADMIN, "/api/v1/jobs/" + id).problem(403, "forbidden");
    get(UNDERWRITER, "/api/v1/jobs/no-such").problem(404, "no-such-job");
    await(id);
  }

  @Test
  void theJobRoutesAreDocumented() {
    Reply docs = get(null, "/v3/api-docs");
    assertThat(docs.status()).as(docs.body()).isEqualTo(200);
    JsonNode paths = docs.json().path("paths");
    assertThat(paths.has("/api/v1/customers/{customerId}/jobs")).isTrue();
    assertThat(paths.path("/api/v1/jobs/{jobId}/events").path("get").path("summary").asText())
        .contains("Server-Sent Events");
  }

  /** One Server-Sent Event: its name and its data as JSON. */
  record Event(String name, JsonNode data) {}

  private Reply start(String token, String customer, String key, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(customer + "/jobs"))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(token, b);
  }

  private static String key() {
    return "it-" + UUID.randomUUID();
  }

  private JsonNode await(String id) {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < until) {
      Reply r = get(UNDERWRITER, "/api/v1/jobs/" + id);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      String state = r.json().path("state").asText();
      if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
        return r.json();
      }
      pause();
    }
    throw new AssertionError("job " + id + " did not finish in 120 s");
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Reads the job's event stream to its end. */
  private List<Event> stream(String token, String id) {
    HttpRequest r =
        HttpRequest.newBuilder(uri("/api/v1/jobs/" + id + "/events"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofMinutes(2))
            .GET()
            .build();
    try {
      HttpResponse<Stream<String>> res = HTTP.send(r, HttpResponse.BodyHandlers.ofLines());
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/event-stream");
      try (Stream<String> lines = res.body()) {
        return events(lines.toList());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<Event> events(List<String> lines) throws IOException {
    List<Event> out = new ArrayList<>();
    String name = "message";
    StringBuilder data = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (data.length() > 0) {
          out.add(new Event(name, LakeJson.mapper().readTree(data.toString())));
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring(6).trim();
      } else if (line.startsWith("data:")) {
        data.append(line.substring(5).strip());
      }
    }
    if (data.length() > 0) {
      out.add(new Event(name, LakeJson.mapper().readTree(data.toString())));
    }
    return out;
  }
}
