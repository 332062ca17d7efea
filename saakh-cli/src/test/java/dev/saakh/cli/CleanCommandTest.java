package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.schema.TestingSchemas;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saakh clean} and {@code saakh evaluate-clean} on a generated lake with default messiness
 * and transaction truth: nothing lost, clean output valid against the clean schemas, and the
 * accuracy bars of issue #3 met.
 */
class CleanCommandTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  static LakeLayout lake;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void generate() throws IOException {
    Path config = shared.resolve("config.json");
    Files.writeString(config, "{\"labels\":{\"transaction_truth\":true}}");
    lake = new LakeLayout(shared.resolve("lake"));
    var run =
        saakh(
            "generate",
            "--customers",
            "6",
            "--consumers",
            "6",
            "--seed",
            "31",
            "--as-of",
            "2026-11-22",
            "--config",
            config.toString(),
            "--out",
            lake.root().toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (Stream<String> s = Files.lines(file)) {
      return s.filter(l -> !l.isBlank()).count();
    }
  }

  @Test
  void cleansEveryCustomerWithoutLosingARecordAndWritesValidCleanRecords() throws IOException {
    var run = saakh("clean", "--lake", lake.root().toString(), "--all");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("cleaned 12 customers").contains("balance chains:");
    List<String> customers = RawIndex.scan(lake).customers();
    for (Dataset d : Dataset.values()) {
      long accounted = 0;
      for (String id : customers) {
        Path clean = lake.clean(id, d);
        accounted +=
            lines(clean)
                + lines(lake.quarantine(id, d))
                + lines(lake.quarantine(id, d).resolveSibling(d.fileName() + "_duplicates.ndjson"));
        try (Stream<String> s = Files.lines(clean)) {
          s.forEach(l -> assertThat(TestingSchemas.validateClean(d, read(l))).as(l).isEmpty());
        }
      }
      assertThat(accounted).as(d.fileName()).isEqualTo(lines(lake.raw(d)));
    }
    JsonNode log = JSON.readTree(lake.cleanLog(customers.get(0)).toFile());
    assertThat(log.at("/datasets/transactions/raw").asLong()).isPositive();
    assertThat(log.at("/balance_chains/0/links_checked").asLong()).isPositive();
  }

  @Test
  void meetsTheAccuracyBarsAgainstGroundTruth() throws IOException {
    CleanEvaluation eval = new CleanEvaluation();
    RawIndex index = RawIndex.scan(lake);
    Cleaner cleaner = Cleaner.withDefaults();
    try (LabelBlocks labels = new LabelBlocks(lake.labels())) {
      for (List<JsonNode> block = labels.next(); block != null; block = labels.next()) {
        String id = block.get(0).path("customer_id").asText();
        CleanResult result = cleaner.clean(id, index.read(id));
        eval.add(result, block);
      }
    }
    assertThat(eval.customers).isEqualTo(12);
    assertThat(eval.dupTruth).isPositive();
    assertThat((double) eval.dupHit / eval.dupPredicted).isGreaterThanOrEqualTo(0.99);
    assertThat((double) eval.dupHit / eval.dupTruth).isGreaterThanOrEqualTo(0.99);
    for (var fields : List.of(eval.txnFields, eval.noisyFields, eval.unreadFields)) {
      for (String f : List.of("date", "amount", "type")) {
        long[] c = fields.get(f);
        assertThat(c[0]).as(f).isEqualTo(c[1]);
      }
    }
    long right = 0;
    long total = 0;
    for (var fields : List.of(eval.txnFields, eval.noisyFields, eval.unreadFields)) {
      right += fields.get("category")[0];
      total += fields.get("category")[1];
    }
    assertThat((double) right / total).isGreaterThanOrEqualTo(0.95);
    assertThat(eval.defects.toString()).doesNotContain("WRONG VALUE");
    var out = new java.io.StringWriter();
    EvaluateCleanCommand.print(new java.io.PrintWriter(out, true), eval);
    assertThat(out.toString()).contains("duplicates:", "worst category confusions");
  }

  @Test
  void badLinesAreQuarantinedAndTheRestOfTheFileIsStillCleaned() throws IOException {
    LakeLayout copy = copyLake();
    try (OutputStream out =
        Files.newOutputStream(copy.raw(Dataset.TRANSACTIONS), StandardOpenOption.APPEND)) {
      out.write("this is not json\n".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
      out.write(
          "{\"transaction_id\":\"X\",\"customer_id\":\"CUST_MSM_00001\",\"amo"
              .getBytes(StandardCharsets.UTF_8));
    }
    var run = saakh("clean", "--lake", copy.root().toString(), "--all");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 raw lines name no customer");
    Path orphans = copy.quarantine(RawIndex.UNATTRIBUTED, Dataset.TRANSACTIONS);
    assertThat(Files.readAllLines(orphans))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("NOT_JSON"))
        .anySatisfy(l -> assertThat(l).contains("INVALID_UTF8"));
    assertThat(Files.readString(copy.quarantine("CUST_MSM_00001", Dataset.TRANSACTIONS)))
        .contains("NOT_JSON", "\\\"transaction_id\\\":\\\"X\\\"");
  }

  @Test
  void theNumberOfThreadsDoesNotChangeTheOutput() throws IOException {
    LakeLayout one = copyLake();
    assertThat(saakh("clean", "--lake", one.root().toString(), "--all", "--threads", "1").code())
        .isZero();
    java.util.Map<String, String> first = contents(one.root());
    assertThat(saakh("clean", "--lake", one.root().toString(), "--all", "--threads", "3").code())
        .isZero();
    assertThat(contents(one.root())).isEqualTo(first).isNotEmpty();
    assertThat(saakh("clean", "--lake", one.root().toString(), "--all", "--threads", "0").err())
        .startsWith("saakh: --threads must be between 1 and 256");
  }

  /** Every output file but the logs (which hold timings), by path. */
  private static java.util.Map<String, String> contents(Path root) throws IOException {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (String dir : List.of("clean", "quarantine")) {
      try (Stream<Path> files = Files.walk(root.resolve(dir))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          out.put(root.relativize(f).toString(), Files.readString(f));
        }
      }
    }
    return out;
  }

  @Test
  void oneCustomerAndDeletingRaw() throws IOException {
    LakeLayout copy = copyLake();
    long before = lines(copy.raw(Dataset.TRANSACTIONS));
    var run =
        saakh(
            "clean",
            "--lake",
            copy.root().toString(),
            "--customer",
            "CUST_CON_00002",
            "--delete-raw");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("CUST_CON_00002 cleaned in").contains("deleted ");
    long cleaned = lines(copy.clean("CUST_CON_00002", Dataset.TRANSACTIONS));
    assertThat(lines(copy.raw(Dataset.TRANSACTIONS))).isLessThan(before - cleaned + 1);
    assertThat(RawIndex.scan(copy).has("CUST_CON_00002")).isFalse();
    assertThat(RawIndex.scan(copy).has("CUST_CON_00001")).isTrue();
  }

  @Test
  void badArgumentsGiveOneClearLine() throws IOException {
    assertThat(saakh("clean", "--lake", lake.root().toString()).code()).isEqualTo(2);
    var unknown = saakh("clean", "--lake", lake.root().toString(), "--customer", "CUST_CON_00099");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo("saakh: customer CUST_CON_00099 has no raw records in " + lake.rawDir() + "\n");
    var none = saakh("clean", "--lake", tmp.resolve("nowhere").toString(), "--all");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("saakh: no raw data:");
    var noLabels = saakh("evaluate-clean", "--lake", tmp.toString());
    assertThat(noLabels.code()).isEqualTo(2);
    assertThat(noLabels.err()).startsWith("saakh: no ground truth:");
  }

  private LakeLayout copyLake() throws IOException {
    LakeLayout copy = new LakeLayout(tmp.resolve("copy"));
    Files.createDirectories(copy.rawDir());
    for (Dataset d : Dataset.values()) {
      Files.copy(lake.raw(d), copy.raw(d));
    }
    return copy;
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
