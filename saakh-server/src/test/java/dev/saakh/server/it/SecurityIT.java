package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** People sign in with a form (BCrypt passwords, session cookie, CSRF); systems use tokens. */
class SecurityIT extends ServerIT {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  @Test
  void aPersonSignsInAndASessionWriteNeedsTheCsrfToken() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(uri("/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher m = CSRF.matcher(form.body());
    assertThat(m.find()).as(form.body()).isTrue();
    String login =
        "username=underwriter&password="
            + URLEncoder.encode("saakh-demo-underwriter", StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(login))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    HttpResponse<String> me =
        browser.send(
            HttpRequest.newBuilder(uri("/api/v1/me")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(me.body()).contains("\"name\":\"underwriter\"").contains("UNDERWRITER");
    HttpResponse<String> forged =
        browser.send(
            HttpRequest.newBuilder(uri("/api/v1/customers/CUST_MSM_00001/decisions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.body()).contains("problems/csrf");
  }

  @Test
  void aWrongPasswordDoesNotSignIn() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(uri("/login")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(form.body());
    assertThat(m.find()).isTrue();
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=underwriter&password=wrong-password-1&_csrf="
                            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Location").orElse("")).contains("error");
    assertThat(get(null, "/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void anAdminIssuesATokenThatWorksAndIsStoredOnlyAsAHash() {
    Reply issued =
        post(ADMIN, "/api/v1/admin/tokens", "{\"name\": \"los-test\", \"role\": \"UNDERWRITER\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String token = issued.json().path("token").asText();
    assertThat(get(token, "/api/v1/me").body()).contains("token:los-test");
    Reply listed = get(ADMIN, "/api/v1/admin/tokens");
    assertThat(listed.body()).contains("los-test").doesNotContain(token);
    send(
        ADMIN,
        HttpRequest.newBuilder(
                uri("/api/v1/admin/tokens/" + issued.json().path("token_id").asText()))
            .DELETE());
    get(token, "/api/v1/me").problem(401, "unauthenticated");
    post(ADMIN, "/api/v1/admin/tokens", "{\"name\": \"x\", \"role\": \"KING\"}")
        .problem(400, "invalid-role");
  }

  @Test
  void theApiIsDescribedByOpenApiAndSwaggerUi() {
    Reply docs = get(null, "/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("openapi").asText()).startsWith("3.");
    assertThat(docs.json().path("paths").has("/api/v1/customers/{customerId}/decisions")).isTrue();
    assertThat(docs.json().path("paths").has("/api/v1/customers/{customerId}/data/{dataset}"))
        .isTrue();
    JsonNode schemas = docs.json().path("components").path("schemas");
    assertThat(schemas.path("DecisionRequest").path("properties").has("tenure_months")).isTrue();
    assertThat(schemas.path("DecisionRecord").path("properties").has("decision_id")).isTrue();
    assertThat(
            docs.json()
                .at("/paths/~1api~1v1~1customers~1{customerId}~1score/get/responses/403/content")
                .has("application/problem+json"))
        .isTrue();
    assertThat(get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    assertThat(get(null, "/actuator/health").body()).contains("UP");
  }

  @Test
  void aUrlTheFirewallRefusesIsAProblemToo() {
    Reply r = get(UNDERWRITER, "/api/v1/customers//data/gst");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    get(UNDERWRITER, "/api/v1/nothing-here").problem(404, "not-found");
  }
}
