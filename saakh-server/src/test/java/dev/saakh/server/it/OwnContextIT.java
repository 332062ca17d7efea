package dev.saakh.server.it;

import dev.saakh.server.SaakhServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the FIU certification tests that need a Spring context of their own (a fake AA, an
 * aa_api_key): the real server like {@link ServerIT}'s, but on its own data directory and H2
 * database, closed after the class. Two live contexts on one database would collide in the audit
 * log, whose sequence each context reads once at start-up.
 */
@SpringBootTest(
    classes = SaakhServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class OwnContextIT {
  static final String UNDERWRITER = ServerIT.UNDERWRITER;
  private static final Path DATA_DIR = tempDir();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry r) {
    r.add("saakh.data-dir", DATA_DIR::toString);
    r.add("saakh.demo.customers", () -> "6");
    r.add("saakh.db.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("saakh") + ";AUTO_SERVER=TRUE");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("saakh-it-own-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  protected URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  protected ServerIT.Reply post(String token, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> r = ServerIT.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new ServerIT.Reply(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
