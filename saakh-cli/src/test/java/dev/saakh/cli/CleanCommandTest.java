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
    // byte for byte, so a raw file with a line that is not UTF-8 can be counted too
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return text.lines().filter(l -> !l.isBlank()).count();
  }

  @Test
  void cleansEveryCustomerWithoutLosingARecordAndWritesValidCleanRecords() throws IOException {
    var run = saakh("clean", "--lake", lake.root().toString(), "--all");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("cleaned 12 customers").contains("balance chains:");
    assertThat(run.err()).doesNotContain("warning");
    assertTableAddsUp(run.out(), lake);
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
    assertThat(run.code()).as(run.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(run.out()).contains("2 raw lines name no customer");
    assertThat(run.err())
        .contains(
            "saakh: warning: raw/raw_transactions.ndjson: the last line (line ",
            "saakh: warning: raw/raw_transactions.ndjson: 2 lines name no customer; they are"
                + " quarantined in quarantine/_unattributed/transactions.ndjson")
        .doesNotContain("Exception");
    assertTableAddsUp(run.out(), copy);
    Path orphans = copy.quarantine(RawIndex.UNATTRIBUTED, Dataset.TRANSACTIONS);
    assertThat(Files.readAllLines(orphans))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("NOT_JSON"))
        .anySatisfy(l -> assertThat(l).contains("INVALID_UTF8"));
    assertThat(Files.readString(copy.quarantine("CUST_MSM_00001", Dataset.TRANSACTIONS)))
        .contains("CUT_LINE", "\\\"transaction_id\\\":\\\"X\\\"");
  }

  @Test
  void aRawFileCutMidRecordIsLoudAndTheRestIsCleaned() throws IOException {
    LakeLayout copy = copyLake();
    Path raw = copy.raw(Dataset.TRANSACTIONS);
    byte[] bytes = Files.readAllBytes(raw);
    int cut = bytes.length - 40;
    while ((bytes[cut] & 0xC0) == 0x80) {
      cut--; // not inside a character: the cut line stays UTF-8, only its record is cut
    }
    Files.write(raw, java.util.Arrays.copyOf(bytes, cut)); // mid-record, no line break
    long lines = lines(raw);
    var run = saakh("clean", "--lake", copy.root().toString(), "--all");
    assertThat(run.code()).as(run.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(run.err())
        .startsWith(
            "saakh: warning: raw/raw_transactions.ndjson: the last line (line " + lines + ")")
        .contains("looks cut mid-record")
        .endsWith("everything readable was cleaned (exit code 3)\n");
    String last = Files.readAllLines(raw).get((int) lines - 1);
    String owner = last.replaceAll(".*\"customer_id\":\"(CUST_[A-Z]+_[0-9]+)\".*", "$1");
    assertThat(Files.readString(copy.quarantine(owner, Dataset.TRANSACTIONS)))
        .contains("\"line\":" + lines + ",", "CUT_LINE");
    for (String id : RawIndex.scan(lake).customers()) {
      assertThat(lines(copy.clean(id, Dataset.TRANSACTIONS))).as(id).isPositive();
    }
    assertTableAddsUp(run.out(), copy);
    var one = saakh("clean", "--lake", copy.root().toString(), "--customer", "CUST_CON_00001");
    assertThat(one.code()).as(one.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(one.out()).startsWith("CUST_CON_00001 cleaned in");
    assertThat(one.err()).contains("raw/raw_transactions.ndjson: the last line");
  }

  @Test
  void aJsonArrayInsteadOfNdjsonIsLoudAndNothingOfItIsGuessed() throws IOException {
    LakeLayout copy = copyLake();
    Path raw = copy.raw(Dataset.GST);
    List<String> records = Files.readAllLines(raw);
    Files.writeString(raw, "[\n" + String.join(",\n", records) + "\n]\n");
    var run = saakh("clean", "--lake", copy.root().toString(), "--all");
    assertThat(run.code()).as(run.err()).isEqualTo(Main.DAMAGED_INPUT);
    String count = dev.saakh.core.money.IndianFormat.count(records.size() + 2);
    assertThat(run.err())
        .contains(
            "saakh: warning: raw/raw_gst.ndjson: the file is a JSON array, not NDJSON (one JSON"
                + " object per line); none of its "
                + count
                + " lines is read as a record or given to a customer",
            "saakh: warning: raw/raw_gst.ndjson: " + count + " lines name no customer");
    List<String> orphans = Files.readAllLines(copy.quarantine(RawIndex.UNATTRIBUTED, Dataset.GST));
    assertThat(orphans)
        .hasSize(records.size() + 2)
        .allSatisfy(l -> assertThat(l).contains("JSON_ARRAY_FILE"));
    for (String id : RawIndex.scan(lake).customers()) {
      assertThat(lines(copy.clean(id, Dataset.GST))).as(id).isZero();
      assertThat(Files.exists(copy.quarantine(id, Dataset.GST))).as(id).isFalse();
      assertThat(lines(copy.clean(id, Dataset.TRANSACTIONS))).as(id).isPositive();
    }
    assertThat(tableRow(run.out(), "gst"))
        .containsExactly(records.size() + 2L, 0L, records.size() + 2L, 0L, records.size() + 2L);
    assertTableAddsUp(run.out(), copy);
  }

  @Test
  void aDirectoryWhereARawFileShouldBeIsLoudAndTheRestIsCleaned() throws IOException {
    LakeLayout copy = copyLake();
    Files.delete(copy.raw(Dataset.POLICIES));
    Files.createDirectories(copy.raw(Dataset.POLICIES));
    var run = saakh("clean", "--lake", copy.root().toString(), "--all");
    assertThat(run.code()).as(run.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "saakh: warning: raw/raw_policies.ndjson: a directory stands where the file should"
                + " be; nothing is read from it\n"
                + "saakh: warning: the raw data is damaged; everything readable was cleaned (exit"
                + " code 3)\n");
    assertThat(tableRow(run.out(), "policies")).containsExactly(0L, 0L, 0L, 0L);
    for (String id : RawIndex.scan(lake).customers()) {
      assertThat(lines(copy.clean(id, Dataset.TRANSACTIONS))).as(id).isPositive();
    }
    var one = saakh("clean", "--lake", copy.root().toString(), "--customer", "CUST_MSM_00001");
    assertThat(one.code()).as(one.err()).isEqualTo(Main.DAMAGED_INPUT);
    assertThat(one.err()).startsWith("saakh: warning: raw/raw_policies.ndjson: a directory");
  }

  /** The counts of one dataset's row of the summary table, lakh grouping read back. */
  private static List<Long> tableRow(String out, String dataset) {
    return out.lines()
        .filter(l -> l.startsWith("  " + dataset + " "))
        .findFirst()
        .map(
            l ->
                java.util.Arrays.stream(l.trim().split(" +"))
                    .skip(1)
                    .map(n -> Long.parseLong(n.replace(",", "")))
                    .toList())
        .orElseThrow(() -> new AssertionError("no row " + dataset + " in\n" + out));
  }

  /** Every row: raw = clean + quarantined + duplicates, and raw is the raw file's line count. */
  private static void assertTableAddsUp(String out, LakeLayout lake) throws IOException {
    for (Dataset d : Dataset.values()) {
      List<Long> c = tableRow(out, d.fileName());
      assertThat(c.get(0)).as(d.fileName()).isEqualTo(c.get(1) + c.get(2) + c.get(3));
      long file = Files.isRegularFile(lake.raw(d)) ? lines(lake.raw(d)) : 0;
      assertThat(c.get(0)).as(d.fileName()).isEqualTo(file);
    }
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
