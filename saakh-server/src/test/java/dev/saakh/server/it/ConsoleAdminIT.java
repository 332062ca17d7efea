package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.policy.PolicyException;
import dev.saakh.core.policy.PolicyFile;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The auditor's and the administrator's console pages, signed in through the real login form over
 * HTTP (session cookie, CSRF token read from each form), as a browser without JavaScript uses them.
 */
class ConsoleAdminIT extends ServerIT {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern ROW = Pattern.compile("<tr[^>]*id=\"seq-(\\d+)\"");
  private static final Pattern ACTION = Pattern.compile("<td><code>([^<]*)</code></td>");

  /** A page as the browser got it. */
  record Page(int status, String body) {}

  /** A browser with its own cookies; redirects after a form are followed as browsers do. */
  final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Browser signIn(String user) {
      Page form = get("/login");
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(uri("/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          encode(
                              Map.of(
                                  "username",
                                  user,
                                  "password",
                                  "saakh-demo-" + user,
                                  "_csrf",
                                  csrf(form))))));
      assertThat(r.statusCode()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
      return this;
    }

    Page get(String path) {
      HttpResponse<String> r =
          send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
      return new Page(r.statusCode(), r.body());
    }

    /** Posts a form with the CSRF token of {@code from}, following a redirect. */
    Page post(Page from, String path, Map<String, String> fields) {
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("_csrf", csrf(from));
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(uri(path))
                  .header("Accept", "text/html")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(encode(all))));
      if (r.statusCode() == 302 || r.statusCode() == 303) {
        String to = r.headers().firstValue("Location").orElseThrow();
        return get(to.startsWith("http") ? to.substring(to.indexOf('/', 8)) : to);
      }
      return new Page(r.statusCode(), r.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
      try {
        return http.send(
            b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String csrf(Page page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a form with a CSRF token in %s", page.body()).isTrue();
    return m.group(1);
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Text as Thymeleaf's th:text writes it. */
  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static List<String> all(Pattern p, String body) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static void assertPage(Page p) {
    assertThat(p.status()).as(p.body()).isEqualTo(200);
    assertThat(p.body())
        .doesNotContain("at dev.saakh.")
        .doesNotContain("style=")
        .doesNotContainPattern("<script>|<script [^>]*>[^<]");
  }

  private static void assertRefused(Page p, String why) {
    assertThat(p.status()).as(p.body()).isEqualTo(403);
    assertThat(p.body()).contains("id=\"refusal\"").contains(why).doesNotContain("Exception");
  }

  @Test
  void theAuditorReadsTheLogNewestFirstAndTheChainVerifies() {
    Browser b = new Browser().signIn("auditor");
    Page log = b.get("/console/audit");
    assertPage(log);
    List<Long> seqs = all(ROW, log.body()).stream().map(Long::valueOf).toList();
    assertThat(seqs).isNotEmpty().hasSizeLessThanOrEqualTo(100);
    assertThat(seqs).isSortedAccordingTo((x, y) -> Long.compare(y, x));
    Page verified = b.post(log, "/console/audit/verify", Map.of());
    assertPage(verified);
    assertThat(verified.body())
        .contains("class=\"alert ok\" role=\"status\" id=\"verify-report\"")
        .contains("Chain intact:");
    Page filtered = b.get("/console/audit?action=audit.VERIFY&actor=audit");
    assertPage(filtered);
    assertThat(all(ACTION, filtered.body())).isNotEmpty().allMatch(a -> a.equals("audit.verify"));
    Page nothing = b.get("/console/audit?customer=CUST_NONE_99999");
    assertThat(nothing.body()).contains("id=\"no-rows\"");
    Page bad = b.get("/console/audit?outcome=MAYBE");
    assertThat(bad.body()).contains("id=\"filter-error\"").contains("outcome must be OK, DENIED");
    Page notANumber = b.get("/console/audit?before=abc");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.body())
        .contains("id=\"refusal\"")
        .contains("before must be an audit sequence number, not &#39;abc&#39;");
  }

  @Test
  void theAuditorPagesThroughTheLog() {
    Browser b = new Browser().signIn("auditor");
    for (int i = 0; i < 101; i++) {
      b.get("/console/audit?customer=CUST_MSM_99999"); // each read is audited: over a page of rows
    }
    Page first = b.get("/console/audit?actor=auditor");
    List<String> firstSeqs = all(ROW, first.body());
    assertThat(firstSeqs).hasSize(100);
    Matcher older = Pattern.compile("id=\"older\" href=\"([^\"]+)\"").matcher(first.body());
    assertThat(older.find()).as(first.body()).isTrue();
    Page second = b.get(older.group(1).replace("&amp;", "&"));
    assertPage(second);
    List<String> secondSeqs = all(ROW, second.body());
    assertThat(secondSeqs)
        .isNotEmpty()
        .allMatch(x -> Long.parseLong(x) < Long.parseLong(firstSeqs.get(99)));
    Matcher newer = Pattern.compile("id=\"newer\" href=\"([^\"]+)\"").matcher(second.body());
    assertThat(newer.find()).isTrue();
    Page back = b.get(newer.group(1).replace("&amp;", "&"));
    assertThat(all(ROW, back.body())).isEqualTo(firstSeqs);
    assertThat(all(ACTION, back.body())).isNotEmpty();
  }

  @Test
  void whoIsNotAllowedGetsTheConsoleRefusalPageAndIsAudited() {
    Browser auditor = new Browser().signIn("auditor");
    assertRefused(auditor.get("/console/admin/users"), "role AUDITOR may not open");
    assertRefused(auditor.get("/console/customers/CUST_MSM_00001"), "role AUDITOR may not open");
    Page retention = auditor.get("/console/retention");
    assertPage(retention);
    assertThat(retention.body()).doesNotContain("id=\"run\"");
    assertRefused(
        auditor.post(retention, "/console/retention/run", Map.of()),
        "only an ADMIN may run retention");
    Page denied = auditor.get("/console/audit?actor=auditor&outcome=DENIED");
    assertThat(denied.body())
        .contains("class=\"flagged\"")
        .contains("GET /console/admin/users")
        .contains("retention.run");
    Browser underwriter = new Browser().signIn("underwriter");
    assertRefused(underwriter.get("/console/audit"), "role UNDERWRITER may not open");
    assertRefused(underwriter.get("/console/retention"), "role UNDERWRITER may not open");
  }

  @Test
  void theRetentionReportRendersForTheAuditorAndTheAdmin() {
    for (String user : List.of("auditor", "admin")) {
      Browser b = new Browser().signIn(user);
      Page r = b.get("/console/retention?days=90");
      assertPage(r);
      assertThat(r.body())
          .contains("Due within 90 days")
          .contains("id=\"rules\"")
          .contains("raw-after-clean")
          .contains("90 days after the latest decision, when it is APPROVE")
          .contains("24 hours after consent is withdrawn");
      assertThat(r.body().contains("id=\"run\"")).isEqualTo(user.equals("admin"));
      Page bad = b.get("/console/retention?days=400");
      assertPage(bad);
      assertThat(bad.body())
          .contains("days must be a whole number from 0 to 365, not &#39;400&#39;")
          .contains("Due within 30 days");
    }
  }

  @Test
  void theAdminAddsAUserWhoCanSignIn() {
    Browser admin = new Browser().signIn("admin");
    Page users = admin.get("/console/admin/users");
    assertPage(users);
    assertThat(users.body()).contains("<td>auditor</td>").doesNotContain("$2a$");
    String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Page shortPassword =
        admin.post(
            users,
            "/console/admin/users",
            Map.of("username", name, "password", "short", "role", "AUDITOR"));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.body())
        .contains("id=\"user-error\"")
        .contains("password must have at least 12 characters")
        .contains("value=\"" + name + "\"")
        .doesNotContain("<td>" + name + "</td>");
    Page added =
        admin.post(
            users,
            "/console/admin/users",
            Map.of("username", name, "password", "saakh-demo-" + name, "role", "AUDITOR"));
    assertPage(added);
    assertThat(added.body()).contains("User " + name + " added as AUDITOR.");
    assertThat(added.body()).contains("<td>" + name + "</td>");
    Page again =
        admin.post(
            added,
            "/console/admin/users",
            Map.of("username", name, "password", "another-long-one", "role", "ADMIN"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("user " + name + " already exists");
    assertPage(new Browser().signIn(name).get("/console/audit"));
    Page log = new Browser().signIn("auditor").get("/console/audit?action=user.create");
    assertThat(log.body()).contains(name + " AUDITOR");
  }

  @Test
  void theAdminIssuesATokenSeenOnceAndRevokesIt() {
    Browser admin = new Browser().signIn("admin");
    Page tokens = admin.get("/console/admin/tokens");
    assertPage(tokens);
    String name = "console-it-" + UUID.randomUUID().toString().substring(0, 8);
    Page issued =
        admin.post(tokens, "/console/admin/tokens", Map.of("name", name, "role", "UNDERWRITER"));
    assertPage(issued);
    Matcher secret = Pattern.compile("id=\"secret\">(sk_[A-Za-z0-9_-]+)<").matcher(issued.body());
    assertThat(secret.find()).as(issued.body()).isTrue();
    String token = secret.group(1);
    assertThat(get(token, "/api/v1/me").body()).contains("token:" + name);
    Page listed = admin.get("/console/admin/tokens");
    assertThat(listed.body()).contains(name).doesNotContain(token);
    Matcher revoke =
        Pattern.compile(
                "<td>" + name + "</td>.*?action=\"(/console/admin/tokens/[0-9a-f-]+/revoke)\"",
                Pattern.DOTALL)
            .matcher(listed.body());
    assertThat(revoke.find()).isTrue();
    Page revoked = admin.post(listed, revoke.group(1), Map.of());
    assertPage(revoked);
    assertThat(revoked.body()).contains("id=\"done\"").contains("revoked.");
    get(token, "/api/v1/me").problem(401, "unauthenticated");
    Page twice = admin.post(revoked, revoke.group(1), Map.of());
    assertThat(twice.body()).contains("id=\"token-error\"").contains("no live token");
    Page noName = admin.post(twice, "/console/admin/tokens", Map.of("name", " ", "role", "ADMIN"));
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.body()).contains("name must be 1 to 100 characters");
  }

  @Test
  void theAdminChecksPoliciesWithoutPuttingThemInForce() {
    Browser admin = new Browser().signIn("admin");
    Page page = admin.get("/console/admin/policies");
    assertPage(page);
    String versionsBefore = get(ADMIN, "/api/v1/policy/versions").body();
    String activeBefore = get(ADMIN, "/api/v1/policy").json().path("sha256").asText();
    assertThat(page.body()).contains(activeBefore).contains("id=\"active-yaml\"");
    String good = new String(PolicyFile.defaultBytes(), StandardCharsets.UTF_8);
    Page ok = admin.post(page, "/console/admin/policies/validate", Map.of("yaml", good));
    assertPage(ok);
    assertThat(ok.body())
        .contains("id=\"check-ok\"")
        .contains("policy <b>saakh-default</b>")
        .contains("Nothing was put in force");
    String bad = good.replaceFirst("threshold: 4\n", "threshold: high\n");
    String why = refusal(bad);
    Page refused = admin.post(page, "/console/admin/policies/validate", Map.of("yaml", bad));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"check-error\"").contains(html(why));
    assertThat(refused.body()).contains("threshold: high").doesNotContain("Exception");
    Page badActivate = admin.post(page, "/console/admin/policies/activate", Map.of("yaml", bad));
    assertThat(badActivate.status()).isEqualTo(400);
    assertThat(badActivate.body()).contains("id=\"activate-error\"").contains(html(why));
    assertThat(get(ADMIN, "/api/v1/policy/versions").body()).isEqualTo(versionsBefore);
    assertThat(get(ADMIN, "/api/v1/policy").json().path("sha256").asText()).isEqualTo(activeBefore);
    Page log =
        new Browser().signIn("auditor").get("/console/audit?action=policy.activate&outcome=FAILED");
    assertThat(log.body()).contains(html(why));
  }

  private static String refusal(String yaml) {
    try {
      PolicyFile.parse(yaml.getBytes(StandardCharsets.UTF_8), "policy");
    } catch (PolicyException e) {
      return e.getMessage();
    }
    throw new AssertionError("the policy should be refused");
  }

  @Test
  void theAdminPutsAVersionInForceDiffsTwoAndPutsTheOldOneBack() {
    Browser admin = new Browser().signIn("admin");
    Page page = admin.get("/console/admin/policies");
    String before = get(ADMIN, "/api/v1/policy").json().path("sha256").asText();
    String text = get(ADMIN, "/api/v1/policy").json().path("yaml").asText();
    String changed = text.replaceFirst("\n", " (console test " + UUID.randomUUID() + ")\n");
    Page activated = admin.post(page, "/console/admin/policies/activate", Map.of("yaml", changed));
    try {
      assertPage(activated);
      assertThat(activated.body()).contains("id=\"activated\"");
      String after = get(ADMIN, "/api/v1/policy").json().path("sha256").asText();
      assertThat(after).isNotEqualTo(before);
      Page diff = admin.get("/console/admin/policies?from=" + before + "&to=" + after);
      assertPage(diff);
      String first = text.substring(0, text.indexOf('\n'));
      assertThat(diff.body())
          .contains("id=\"diff\"")
          .contains("@@ -1,4 +1,4 @@")
          .contains("<div class=\"d-REMOVED\">-" + html(first) + "</div>")
          .contains("<div class=\"d-ADDED\">+" + html(changed.substring(0, changed.indexOf('\n'))));
      Page same = admin.get("/console/admin/policies?from=" + after + "&to=" + after);
      assertThat(same.body()).contains("id=\"diff-same\"");
      Page unknown = admin.get("/console/admin/policies?from=" + after + "&to=abc");
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(unknown.body()).contains("no policy version has SHA-256 abc");
    } finally {
      Page back =
          admin.post(
              admin.get("/console/admin/policies"),
              "/console/admin/policies/activate",
              Map.of("sha256", before));
      assertPage(back);
    }
    assertThat(get(ADMIN, "/api/v1/policy").json().path("sha256").asText()).isEqualTo(before);
    Page log = new Browser().signIn("auditor").get("/console/audit?action=policy.activate");
    assertThat(log.body()).contains(before);
  }
}
