package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saakh underwrite} never invents or hides data: no customer is generated unless asked,
 * replaced decisions go to history, stops say why, batches summarise every customer, and lines that
 * could not be read cap a decision at REFER.
 */
class UnderwriteLakeTest {
  private static final String AS_OF = "2026-11-23T10:00:00+05:30";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;
  private Path lake;

  @BeforeEach
  void generate() {
    lake = tmp.resolve("lake");
    var g =
        saakh(
            "generate",
            "--customers",
            "3",
            "--consumers",
            "1",
            "--as-of",
            "2026-11-22",
            "--out",
            lake.toString());
    assertThat(g.code()).as(g.err()).isZero();
  }

  private GenerateCommandTest.Run underwrite(String... more) {
    return saakh(
        Stream.concat(Stream.of("underwrite", "--lake", lake.toString()), Stream.of(more))
            .toArray(String[]::new));
  }

  private Path dir(String id) {
    return lake.resolve("decisions").resolve(id);
  }

  private List<Path> history(String id) throws IOException {
    Path h = dir(id).resolve("history");
    if (!Files.isDirectory(h)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(h)) {
      return files.sorted().toList();
    }
  }

  @Test
  void aLakeThatDoesNotExistIsAnErrorAndNothingIsCreated() {
    Path missing = tmp.resolve("no-such-lake");
    var run =
        saakh(
            "underwrite",
            "--lake",
            missing.toString(),
            "--customer",
            "CUST_MSM_00001",
            "--as-of",
            AS_OF);
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("lake " + missing + " does not exist");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aReplacedDecisionMovesToHistoryAndAReplayChangesNothing() throws IOException {
    assertThat(underwrite("--customer", "CUST_MSM_00001", "--as-of", AS_OF).code()).isZero();
    byte[] first = Files.readAllBytes(dir("CUST_MSM_00001").resolve("decision.json"));
    assertThat(underwrite("--customer", "CUST_MSM_00001", "--as-of", AS_OF).code()).isZero();
    assertThat(history("CUST_MSM_00001")).isEmpty();
    var later = underwrite("--customer", "CUST_MSM_00001", "--as-of", "2026-11-24T10:00:00+05:30");
    assertThat(later.code()).as(later.err()).isZero();
    List<Path> history = history("CUST_MSM_00001");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).getFileName().toString())
        .startsWith("2026-11-23T10-00-00+05-30_decision_");
    assertThat(Files.readAllBytes(history.get(0))).isEqualTo(first);
  }

  @Test
  void aStopSupersedesTheCurrentDecisionAndSaysWhy() throws IOException {
    assertThat(underwrite("--customer", "CUST_MSM_00002", "--as-of", AS_OF).code()).isZero();
    byte[] decided = Files.readAllBytes(dir("CUST_MSM_00002").resolve("decision.json"));
    var stop = underwrite("--customer", "CUST_MSM_00002", "--as-of", "2028-01-01T00:00:00+05:30");
    assertThat(stop.code()).isEqualTo(Main.ALL_STOPPED);
    assertThat(dir("CUST_MSM_00002").resolve("decision.json")).doesNotExist();
    assertThat(history("CUST_MSM_00002")).hasSize(1);
    assertThat(Files.readAllBytes(history("CUST_MSM_00002").get(0))).isEqualTo(decided);
    JsonNode stopped = JSON.readTree(dir("CUST_MSM_00002").resolve("stopped.json").toFile());
    assertThat(stopped.path("reason").asText()).contains("expired at");
    assertThat(stopped.path("stopped_at").asText()).isEqualTo("2028-01-01T00:00:00+05:30");
    // deciding again moves the stop to history too
    assertThat(underwrite("--customer", "CUST_MSM_00002", "--as-of", AS_OF).code()).isZero();
    assertThat(dir("CUST_MSM_00002").resolve("stopped.json")).doesNotExist();
    assertThat(history("CUST_MSM_00002")).hasSize(2);
  }

  @Test
  void aBatchSummarisesEveryCustomerAndNamesAQuarantinedConsent() throws IOException {
    Path consents = lake.resolve("raw/raw_consents.ndjson");
    String raw = Files.readString(consents, StandardCharsets.UTF_8);
    String broken =
        raw.lines()
            .map(l -> l.contains("CUST_MSM_00002") ? l.replace("\"frequency_unit\":", "\"x\":") : l)
            .reduce("", (a, b) -> a + b + "\n");
    Files.writeString(consents, broken, StandardCharsets.UTF_8);
    var all = underwrite("--all", "--as-of", AS_OF);
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(all.out())
        .contains("stopped 1 customer:", "CUST_MSM_00002: consent ")
        .contains("unusable: MISSING_FIELD frequency_unit");
    List<String> csv =
        Files.readAllLines(lake.resolve("decisions/summary.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).isEqualTo("customer_id,outcome,score,amount,binding_limit,decided_by");
    assertThat(csv).hasSize(5);
    assertThat(csv.get(2)).startsWith("CUST_MSM_00002,STOPPED,,,,consent ");
    List<String> ndjson =
        Files.readAllLines(lake.resolve("decisions/summary.ndjson"), StandardCharsets.UTF_8);
    assertThat(ndjson).hasSize(4);
    JsonNode first = JSON.readTree(ndjson.get(0));
    assertThat(first.path("customer_id").asText()).isEqualTo("CUST_MSM_00001");
    assertThat(first.path("score").isInt()).isTrue();
    assertThat(first.path("decided_by").asText()).isNotEmpty();
  }

  @Test
  void whenEveryCustomerStopsTheBatchFails() {
    var all = underwrite("--all", "--as-of", "2028-01-01T00:00:00+05:30");
    assertThat(all.code()).isEqualTo(Main.ALL_STOPPED);
    assertThat(all.out()).contains("stopped 4 customers:", "expired at");
    assertThat(all.err()).contains("every customer was stopped");
  }

  @Test
  void afterCleanWithDeleteRawTheDecisionComesFromTheCleanFiles() throws IOException {
    assertThat(underwrite("--customer", "CUST_MSM_00001", "--as-of", AS_OF).code()).isZero();
    JsonNode fromRaw = JSON.readTree(dir("CUST_MSM_00001").resolve("decision.json").toFile());
    var clean = saakh("clean", "--lake", lake.toString(), "--all", "--delete-raw");
    assertThat(clean.code()).as(clean.err()).isZero();
    var run = underwrite("--customer", "CUST_MSM_00001", "--as-of", "2026-11-23T10:00:01+05:30");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("data: the lake's clean files");
    JsonNode fromClean = JSON.readTree(dir("CUST_MSM_00001").resolve("decision.json").toFile());
    assertThat(fromClean.at("/data/source").asText()).isEqualTo("LAKE_CLEAN");
    assertThat(fromClean.at("/decision")).isEqualTo(fromRaw.at("/decision"));
    assertThat(fromClean.at("/observations")).isEqualTo(fromRaw.at("/observations"));
    assertThat(fromClean.at("/input_sha256")).isNotEqualTo(fromRaw.at("/input_sha256"));
    var all = underwrite("--all", "--as-of", AS_OF);
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(all.out()).contains("underwrote 4 customers");
  }

  @Test
  void linesThatCouldNotBeReadCapTheDecisionAtRefer() throws IOException {
    Path txns = lake.resolve("raw/raw_transactions.ndjson");
    List<String> lines = Files.readAllLines(txns, StandardCharsets.UTF_8);
    int mine = 0;
    while (!lines.get(mine).contains("CUST_MSM_00001")) {
      mine++;
    }
    String cut = lines.get(mine);
    lines.set(mine, cut.substring(0, cut.indexOf("\"amount\"")));
    Files.write(txns, lines, StandardCharsets.UTF_8);
    var run = underwrite("--customer", "CUST_MSM_00001", "--as-of", AS_OF);
    assertThat(run.code()).as(run.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(run.out()).contains("REFER INPUT_INCOMPLETE", "observed 1");
    assertThat(run.out()).doesNotContain("APPROVE");
    assertThat(run.err()).contains("raw/raw_transactions.ndjson", "NOT_JSON");
    JsonNode d = JSON.readTree(dir("CUST_MSM_00001").resolve("decision.json").toFile());
    assertThat(d.at("/decision/outcome").asText()).isIn("REFER", "REJECT");
    assertThat(d.at("/data/gaps/0/lines").asInt()).isEqualTo(1);
    assertThat(d.at("/decision/rules/0/id").asText()).isEqualTo("INPUT_INCOMPLETE");
  }

  @Test
  void linesNamingNoCustomerReferEveryCustomerOfTheBatch() throws IOException {
    Path txns = lake.resolve("raw/raw_transactions.ndjson");
    Files.writeString(
        txns,
        Files.readString(txns, StandardCharsets.UTF_8) + "{\"amount\": \"1,250.00 Dr\"}\n",
        StandardCharsets.UTF_8);
    var all = underwrite("--all", "--as-of", AS_OF);
    assertThat(all.code()).as(all.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(all.err()).contains("1 line of the lake's transactions names no customer");
    for (String row :
        Files.readAllLines(lake.resolve("decisions/summary.csv"), StandardCharsets.UTF_8)
            .subList(1, 5)) {
      assertThat(row).doesNotContain(",APPROVE,");
    }
  }
}
