package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.SaakhServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the real server on a random port over real HTTP, on the database
 * the build chose. By default a fresh H2 file database; with {@code
 * -Dsaakh.it.db.url=jdbc:postgresql:…} (and {@code saakh.it.db.user}, {@code .password}, {@code
 * .migrate-user}, {@code .migrate-password}) the same tests run on PostgreSQL. The demo profile
 * seeds users, tokens and a small population once per database.
 */
@SpringBootTest(
    classes = SaakhServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerIT {
  public static final String UNDERWRITER = "saakh-demo-token-underwriter";
  public static final String AUDITOR = "saakh-demo-token-auditor";
  public static final String ADMIN = "saakh-demo-token-admin";

  static final Path DATA_DIR = tempDir();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry r) {
    r.add("saakh.data-dir", DATA_DIR::toString);
    r.add("saakh.demo.customers", () -> "6");
    String url = System.getProperty("saakh.it.db.url", "");
    if (!url.isBlank()) {
      r.add("saakh.db.url", () -> url);
      r.add("saakh.db.user", () -> System.getProperty("saakh.it.db.user", "saakh_app"));
      r.add("saakh.db.password", () -> System.getProperty("saakh.it.db.password", ""));
      r.add(
          "saakh.db.migrate-user",
          () ->
              System.getProperty(
                  "saakh.it.db.migrate-user", System.getProperty("saakh.it.db.user", "saakh_app")));
      r.add(
          "saakh.db.migrate-password",
          () ->
              System.getProperty(
                  "saakh.it.db.migrate-password", System.getProperty("saakh.it.db.password", "")));
    } else {
      r.add(
          "saakh.db.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("saakh") + ";AUTO_SERVER=TRUE");
    }
  }

  /** Whether this run is on PostgreSQL. */
  protected static boolean onPostgres() {
    return System.getProperty("saakh.it.db.url", "").startsWith("jdbc:postgresql:");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("saakh-it-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, content type and body. */
  public record Reply(int status, String contentType, String body) {
    public JsonNode json() {
      try {
        return LakeJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    /** Asserts a problem+json reply with this status and error code. */
    public JsonNode problem(int expectStatus, String code) {
      assertThat(status).as(body).isEqualTo(expectStatus);
      assertThat(contentType).as(body).startsWith("application/problem+json");
      JsonNode p = json();
      assertThat(p.path("type").asText()).isEqualTo("https://saakh.dev/problems/" + code);
      assertThat(p.path("code").asText()).isEqualTo(code);
      assertThat(p.path("status").asInt()).isEqualTo(expectStatus);
      assertThat(body).doesNotContain("at dev.saakh").doesNotContain("Exception");
      return p;
    }
  }

  protected URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  protected Reply get(String token, String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    return send(token, b);
  }

  protected Reply post(String token, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(token, b);
  }

  protected Reply send(String token, HttpRequest.Builder b) {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
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
}
