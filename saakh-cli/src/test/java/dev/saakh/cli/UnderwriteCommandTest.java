package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saakh underwrite} end to end on a generated lake. */
class UnderwriteCommandTest {
  private static final String AS_OF = "2026-11-23T10:00:00+05:30";
  @TempDir Path tmp;
  private String lake;

  @BeforeEach
  void generate() {
    lake = tmp.resolve("lake").toString();
    var g =
        saakh(
            "generate",
            "--customers",
            "6",
            "--consumers",
            "3",
            "--as-of",
            "2026-11-22",
            "--out",
            lake);
    assertThat(g.code()).as(g.err()).isZero();
  }

  private Path decision(String id) {
    return Path.of(lake, "decisions", id, "decision.json");
  }

  @Test
  void aFraudFirmIsRejectedWithTheFraudReasonFirstAndReplayIsIdentical() throws IOException {
    var run = saakh("underwrite", "--lake", lake, "--customer", "CUST_MSM_00006", "--as-of", AS_OF);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("REJECT — decided by KO_GST_FRAUD", "notice to the borrower");
    byte[] first = Files.readAllBytes(decision("CUST_MSM_00006"));
    JsonNode d = new ObjectMapper().readTree(first);
    assertThat(d.at("/policy/id").asText()).isEqualTo("saakh-default");
    assertThat(d.at("/policy/sha256").asText()).hasSize(64);
    assertThat(d.at("/consent/purpose_code").asInt()).isEqualTo(103);
    assertThat(d.at("/input_sha256").asText()).hasSize(64);
    assertThat(d.at("/decided_at").asText()).isEqualTo(AS_OF);
    assertThat(d.at("/decision/notice/0").asText()).startsWith("Your GST returns");
    assertThat(d.at("/decision/score/sub_scores").size()).isEqualTo(3);
    saakh("underwrite", "--lake", lake, "--customer", "CUST_MSM_00006", "--as-of", AS_OF);
    assertThat(Files.readAllBytes(decision("CUST_MSM_00006"))).isEqualTo(first);
  }

  @Test
  void anOfferCarriesItsKeyFactsAndSchedule() throws IOException {
    var run =
        saakh(
            "underwrite",
            "--lake",
            lake,
            "--customer",
            "CUST_MSM_00001",
            "--as-of",
            AS_OF,
            "--amount",
            "200000",
            "--tenure-months",
            "12");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(decision("CUST_MSM_00001").toFile());
    if (!d.at("/decision/outcome").asText().equals("REJECT")) {
      assertThat(d.at("/decision/offer/schedule").size()).isEqualTo(12);
      assertThat(d.at("/decision/amount").decimalValue())
          .isLessThanOrEqualTo(new java.math.BigDecimal("200000"));
    }
    assertThat(d.at("/decision/limits/0/name").asText()).isEqualTo("requested");
  }

  @Test
  void anExpiredOrRevokedConsentStopsWithItsReasonRecorded() throws IOException {
    var expired =
        saakh(
            "underwrite",
            "--lake",
            lake,
            "--customer",
            "CUST_CON_00001",
            "--as-of",
            "2028-01-01T00:00:00+05:30");
    assertThat(expired.code()).isEqualTo(Main.ALL_STOPPED);
    assertThat(expired.err()).contains("CUST_CON_00001: stopped: consent", "expired at");
    assertThat(decision("CUST_CON_00001")).doesNotExist();
    assertThat(decision("CUST_CON_00001").resolveSibling("stopped.json")).exists();
    Path consents = Path.of(lake, "raw", "raw_consents.ndjson");
    String raw = Files.readString(consents, StandardCharsets.UTF_8);
    String revoked =
        raw.lines()
            .map(l -> l.contains("CUST_CON_00003") ? l.replace("\"ACTIVE\"", "\"REVOKED\"") : l)
            .reduce("", (a, b) -> a + b + "\n");
    Files.writeString(consents, revoked, StandardCharsets.UTF_8);
    var stopped =
        saakh("underwrite", "--lake", lake, "--customer", "CUST_CON_00003", "--as-of", AS_OF);
    assertThat(stopped.code()).isEqualTo(Main.ALL_STOPPED);
    assertThat(stopped.err()).contains("is REVOKED", "nothing was analysed", "stopped.json");
    assertThat(decision("CUST_CON_00003")).doesNotExist();
  }

  @Test
  void aMalformedPolicyIsRefusedAtStartNamingTheField() throws IOException {
    Path policy = tmp.resolve("policy.yaml");
    Files.writeString(
        policy,
        new String(
                getClass()
                    .getResourceAsStream("/dev/saakh/core/policy/default-policy.yaml")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("approve-min: 60", "approve-min: sixty"));
    var run =
        saakh(
            "underwrite",
            "--lake",
            lake,
            "--customer",
            "CUST_MSM_00001",
            "--policy",
            policy.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("policy refused", "cut-offs.approve-min: must be a whole number, got \"sixty\"");
    assertThat(decision("CUST_MSM_00001").getParent()).doesNotExist();
  }

  @Test
  void allUnderwritesEveryCustomerAndACustomerOutsideTheLakeOnlyWhenSimulationIsAsked()
      throws IOException {
    var all = saakh("underwrite", "--lake", lake, "--all", "--as-of", AS_OF, "--threads", "2");
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(all.out()).contains("profile", "APPROVE", "fraud ", "underwrote 9 customers");
    assertThat(decision("CUST_MSM_00006")).exists();
    // the generator's consents cover every record it makes: no decision leaves anything out
    int decided = 0;
    try (var dirs = Files.list(Path.of(lake, "decisions"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path file = dir.resolve("decision.json");
        if (Files.exists(file)) {
          JsonNode excluded = new ObjectMapper().readTree(file.toFile()).at("/data/excluded");
          assertThat(excluded.isArray()).as(dir.toString()).isTrue();
          assertThat(excluded).as(dir.toString()).isEmpty();
          decided++;
        }
      }
    }
    assertThat(decided).isPositive();
    var outside =
        saakh("underwrite", "--lake", lake, "--customer", "CUST_CON_00042", "--as-of", AS_OF);
    assertThat(outside.code()).isEqualTo(2);
    assertThat(outside.err()).contains("CUST_CON_00042 is not in " + lake, "--simulate-fetch");
    assertThat(decision("CUST_CON_00042").getParent()).doesNotExist();
    var simulated =
        saakh(
            "underwrite",
            "--lake",
            lake,
            "--customer",
            "CUST_CON_00042",
            "--as-of",
            AS_OF,
            "--simulate-fetch");
    assertThat(simulated.code()).as(simulated.err()).isZero();
    assertThat(simulated.out()).contains("data: simulated by the generator");
    JsonNode d = new ObjectMapper().readTree(decision("CUST_CON_00042").toFile());
    assertThat(d.at("/data/source").asText()).isEqualTo("SIMULATED");
    assertThat(d.at("/data/generator_seed").asLong()).isEqualTo(42);
    assertThat(d.at("/data/generated_as_of").asText()).isEqualTo("2026-11-22");
    assertThat(d.at("/data/excluded").isArray()).isTrue();
    assertThat(d.at("/data/excluded")).isEmpty();
  }
}
