package dev.saakh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.lake.Dataset;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.lake.LakeWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in process: what a user types and what they see. */
class GenerateCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run saakh(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void generatesALakeAndSummarisesItOnOneLine() throws IOException {
    Path lake = tmp.resolve("lake");
    Run run =
        saakh(
            "generate",
            "--customers",
            "2",
            "--consumers",
            "1",
            "--as-of",
            "2026-11-22",
            "--out",
            lake.toString(),
            "--format",
            "rebit");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.out())
        .startsWith("generated 3 customers (seed 42, as of 2026-11-22)")
        .contains("transactions ");
    assertThat(lake.resolve("raw/raw_transactions.ndjson")).isNotEmptyFile();
    assertThat(lake.resolve("labels.ndjson")).isNotEmptyFile();
    assertThat(lake.resolve("lake.json")).isNotEmptyFile();
    JsonNode rebit =
        new ObjectMapper().readTree(lake.resolve("rebit/CUST_CON_00001/deposit.json").toFile());
    assertThat(rebit.get("customer_id").asText()).isEqualTo("CUST_CON_00001");
    for (JsonNode account : rebit.get("accounts")) {
      JsonNode a = account.get("Account");
      assertThat(a.get("type").asText()).isEqualTo("deposit");
      assertThat(a.get("Summary").get("ifscCode").asText()).matches("[A-Z]{4}0[0-9]{6}");
      assertThat(a.get("Transactions").get("Transaction").size()).isPositive();
      assertThat(a.get("Transactions").get("Transaction").get(0).get("mode").asText())
          .isIn("CASH", "ATM", "CARD", "UPI", "FT", "OTHERS");
    }
    assertThat(siblings()).containsOnly("lake");
  }

  @Test
  void badArgumentsExitNonZeroWithOneClearLineAndWriteNothing() throws IOException {
    Path lake = tmp.resolve("lake");
    assertBad(
        saakh("generate", "--customers", "-3", "--out", lake.toString()),
        "--customers must be between 0 and 9999999, was '-3'");
    assertBad(
        saakh("generate", "--as-of", "2026-13-01", "--out", lake.toString()),
        "--as-of must be a date like 2026-11-23 or a date and time like 2026-11-23T10:00:00+05:30"
            + " between 2000 and 2099, was '2026-13-01'");
    assertBad(
        saakh("generate", "--customer", "CUST_XYZ_1", "--out", lake.toString()),
        "not a customer id: 'CUST_XYZ_1'");
    assertBad(
        saakh("generate", "--format", "csv", "--out", lake.toString()),
        "--format must be ndjson or rebit");
    assertBad(
        saakh("generate", "--customers", "many", "--out", lake.toString()),
        "--customers must be a whole number, was 'many'");
    assertBad(
        saakh("generate", "--customers", "0", "--out", lake.toString()), "nothing to generate");
    Path config = Files.writeString(tmp.resolve("c.json"), "{\"profile_mix\":{\"unicorn\":1}}");
    assertBad(
        saakh("generate", "--config", config.toString(), "--out", lake.toString()),
        "unknown profile 'unicorn'");
    assertThat(lake).doesNotExist();
    assertThat(siblings()).containsOnly("c.json");
  }

  @Test
  void refusesToOverwriteALakeUnlessAsked() throws IOException {
    Path lake = tmp.resolve("lake");
    assertThat(
            saakh("generate", "--customers", "1", "--as-of", "2026-11-22", "--out", lake.toString())
                .code())
        .isZero();
    byte[] before = Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson"));
    assertBad(
        saakh("generate", "--customers", "1", "--seed", "9", "--out", lake.toString()),
        "already exists and is not empty (use --overwrite");
    assertThat(Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson"))).isEqualTo(before);
    assertThat(
            saakh(
                    "generate",
                    "--customers",
                    "1",
                    "--seed",
                    "9",
                    "--as-of",
                    "2026-11-22",
                    "--out",
                    lake.toString(),
                    "--overwrite")
                .code())
        .isZero();
    assertThat(Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson")))
        .isNotEqualTo(before);
  }

  @Test
  void overwriteRefusesAFolderThatIsNotASaakhLakeAndDeletesNothing() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project/src"));
    Files.writeString(project.resolve("Main.java"), "class Main {}");
    Path folder = project.getParent();
    Run run = saakh("generate", "--customers", "1", "--out", folder.toString(), "--overwrite");
    assertBad(
        run,
        "saakh: refusing to overwrite "
            + folder
            + ": it is not a Saakh lake (no lake.json written by saakh generate);"
            + " choose an empty or new folder");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(project.resolve("Main.java")).hasContent("class Main {}");
    assertThat(siblings()).containsOnly("project");
  }

  @Test
  void overwriteRefusesALakeThatHoldsTheUsersOwnFiles() throws IOException {
    Path lake = tmp.resolve("lake");
    assertThat(saakh("generate", "--customers", "1", "--out", lake.toString()).code()).isZero();
    Files.writeString(lake.resolve("notes.txt"), "mine");
    byte[] before = Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson"));
    Run run = saakh("generate", "--customers", "1", "--out", lake.toString(), "--overwrite");
    assertBad(run, "refusing to overwrite " + lake + ": it holds files that are not part of");
    assertThat(run.err()).contains("(notes.txt)");
    assertThat(lake.resolve("notes.txt")).hasContent("mine");
    assertThat(Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson"))).isEqualTo(before);
  }

  @Test
  void refusesAnOutThatIsASymbolicLink() throws IOException {
    Path real = tmp.resolve("real");
    assertThat(saakh("generate", "--customers", "1", "--out", real.toString()).code()).isZero();
    Path link = Files.createSymbolicLink(tmp.resolve("lake"), real);
    assertBad(
        saakh("generate", "--customers", "1", "--out", link.toString(), "--overwrite"),
        "saakh: refusing to write to " + link + ": it is a symbolic link (to " + real + ")");
    assertThat(real.resolve("lake.json")).isNotEmptyFile();
    assertThat(siblings()).containsOnly("lake", "real");
  }

  @Test
  void saysSoWhenItRestoresALakeThatAKilledRunHadSetAside() throws IOException {
    Path lake = tmp.resolve("lake");
    assertThat(saakh("generate", "--customers", "1", "--out", lake.toString()).code()).isZero();
    byte[] before = Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson"));
    Files.move(lake, tmp.resolve(".lake.old-2147483647-abc"));
    Run run = saakh("generate", "--customers", "1", "--out", lake.toString());
    assertBad(run, "already exists and is not empty (use --overwrite");
    assertThat(run.err().lines())
        .first()
        .isEqualTo(
            "saakh: restored the lake "
                + lake
                + " from .lake.old-2147483647-abc, where a saakh generate that was killed had set"
                + " it aside");
    assertThat(Files.readAllBytes(lake.resolve("raw/raw_transactions.ndjson"))).isEqualTo(before);
    assertThat(siblings()).containsOnly("lake");
  }

  @Test
  void summaryLineGroupsCountsTheIndianWayWithRightPlurals() {
    Map<Dataset, Long> records = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      records.put(d, 0L);
    }
    records.put(Dataset.CUSTOMERS, 1L);
    records.put(Dataset.TRANSACTIONS, 1_234_567L);
    String line =
        GenerateCommand.summaryLine(
            new LakeWriter.Summary(1, records, 1_234_567L),
            Path.of("lake"),
            GeneratorConfig.defaults(LocalDate.of(2026, 11, 22)),
            2.0);
    assertThat(line)
        .isEqualTo(
            "generated 1 customer (seed 42, as of 2026-11-22) into lake in 2.00 s: customers 1,"
                + " consents 0, accounts 0, transactions 12,34,567, gst 0, credit_reports 0,"
                + " policies 0, mutual_funds 0, ondc_orders 0, ocen_applications 0"
                + " (6,17,284 transactions/s)");
  }

  private Stream<String> names() throws IOException {
    return Files.list(tmp).map(p -> p.getFileName().toString());
  }

  private java.util.List<String> siblings() throws IOException {
    try (Stream<String> s = names()) {
      return s.toList();
    }
  }

  private static void assertBad(Run run, String message) {
    assertThat(run.code()).as(run.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }
}
