package dev.saakh.server.simulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.saakh.server.aa.AaClient;
import dev.saakh.server.aa.AaSettings;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitJson;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The AA's signed calls to the FIU ({@code /Consent/Notification}, {@code /FI/Notification}), sent
 * one at a time off the request thread, after {@code delay} so the FIU has the answer that named
 * the consent or session first. Every call is recorded (the last {@value #KEPT}), whatever the FIU
 * answered; a refusal or an unreachable FIU is recorded and logged, never thrown.
 */
@Component
@ConditionalOnProperty(name = "saakh.simulator.enabled", havingValue = "true")
class Callbacks {
  static final int KEPT = 500;
  private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);

  /** One call made: when, where, with which txnid and body, and what the FIU answered. */
  record Call(
      @JsonProperty("at") String at,
      @JsonProperty("url") String url,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("request") String request,
      @JsonProperty("status") int status,
      @JsonProperty("body") String body) {}

  private final AaSettings settings;
  private final Signer signer;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "saakh-sim-callbacks");
            t.setDaemon(true);
            return t;
          });
  private final Deque<Call> calls = new ArrayDeque<>();

  Callbacks(AaSettings settings, Signer signer) {
    this.settings = settings;
    this.signer = signer;
  }

  /** Sends {@code message} (txnid {@code txnid}) to the FIU's {@code path} after {@code delay}. */
  void send(String path, Object message, String txnid, Duration delay) {
    byte[] body = RebitJson.bytes(message);
    String signature = signer.sign(body);
    String url = settings.fiuUrl() + path;
    try {
      executor.schedule(
          () -> post(url, body, signature, txnid), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      record(url, txnid, body, -1, "not sent: the server is stopping");
    }
  }

  private void post(String url, byte[] body, String signature, String txnid) {
    HttpRequest.Builder req =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(AaClient.SIGNATURE, signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (!settings.aaApiKey().isEmpty()) {
      req.header("aa_api_key", settings.aaApiKey());
    }
    try {
      HttpResponse<String> r =
          http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        LOG.warn("the FIU answered {} with HTTP {}: {}", url, r.statusCode(), r.body());
      }
      record(url, txnid, body, r.statusCode(), r.body());
    } catch (IOException e) {
      LOG.warn("the FIU at {} did not answer: {}", url, e.toString());
      record(url, txnid, body, -1, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      record(url, txnid, body, -1, "interrupted");
    } catch (RuntimeException e) {
      LOG.warn("calling the FIU at {} failed", url, e);
      record(url, txnid, body, -1, "failed: " + e);
    }
  }

  private void record(String url, String txnid, byte[] request, int status, String answer) {
    Call c =
        new Call(
            Rebit.now(java.time.Clock.systemUTC()),
            url,
            txnid,
            new String(request, StandardCharsets.UTF_8),
            status,
            answer);
    synchronized (calls) {
      calls.addLast(c);
      while (calls.size() > KEPT) {
        calls.removeFirst();
      }
    }
  }

  /** The calls made, oldest first. */
  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(new ArrayList<>(calls));
    }
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
