package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/bank-statements/analyze}: several uploaded files of one customer, one reply. */
class StatementUploadIT extends ServerIT {
  private static final String PATH = "/api/bank-statements/analyze";
  private static final String BOUNDARY = "saakh-it-boundary-7f3a";

  private Reply upload(String token, Map<String, String> files) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String head =
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + f.getKey()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      body.writeBytes(f.getValue().getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(PATH))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return send(token, b);
  }

  @Test
  void twoDownloadsOfOneAccountAreOneStatementWithTheRepeatsListedByFile() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("march.json", SeedApiIT.fixture());
    files.put("march-again.json", SeedApiIT.fixture());
    Reply r = upload(UNDERWRITER, files);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode out = r.json();
    assertThat(out.path("customer_id").asText()).isEqualTo("CUST_CON_00077");
    assertThat(out.path("clean_transactions").asInt()).isEqualTo(30);
    assertThat(out.path("duplicate_transactions").asInt()).isEqualTo(30);
    assertThat(out.path("files").size()).isEqualTo(2);
    assertThat(out.path("files").get(1).path("name").asText()).isEqualTo("march-again.json");
    assertThat(out.path("duplicates").get(0).path("file").asText()).isEqualTo("march-again.json");
    assertThat(out.path("balance_chains").size()).isPositive();
    JsonNode rows = get(AUDITOR, "/api/v1/audit?customer_id=CUST_CON_00077&limit=1000").json();
    assertThat(rows.findValuesAsText("detail")).anyMatch(d -> d.contains("2 file(s)"));
  }

  @Test
  void aFileThatIsNotAStatementIsAProblemNamingIt() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("march.json", SeedApiIT.fixture());
    files.put("notes.txt", "hello,world\nthis is,not a statement\n");
    JsonNode p = upload(UNDERWRITER, files).problem(400, "bad-statement");
    assertThat(p.path("detail").asText()).startsWith("notes.txt");
    upload(UNDERWRITER, Map.of()).problem(400, "bad-statement");
    upload(null, Map.of("march.json", SeedApiIT.fixture())).problem(401, "unauthenticated");
  }
}
