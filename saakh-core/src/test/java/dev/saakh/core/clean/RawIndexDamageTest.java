package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file damage is reported, never hidden, and never stops the rest of the lake. */
class RawIndexDamageTest {
  @TempDir Path tmp;

  private static String txn(String customer, String id) {
    return "{\"transaction_id\":\""
        + id
        + "\",\"account_id\":\""
        + customer
        + "-A1\",\"customer_id\":\""
        + customer
        + "\",\"date\":\"2025-11-01\",\"amount\":\"-1\"}";
  }

  private LakeLayout lake(String transactions) throws IOException {
    LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
    Files.createDirectories(lake.rawDir());
    Files.writeString(lake.raw(Dataset.TRANSACTIONS), transactions);
    Files.writeString(
        lake.raw(Dataset.GST),
        "{\"return_id\":\"R1\",\"customer_id\":\"CUST_MSM_00001\"}\n",
        StandardCharsets.UTF_8);
    return lake;
  }

  private static List<RawLine> lines(RawIndex index, String id) throws IOException {
    return index.read(id).get(Dataset.TRANSACTIONS);
  }

  @Test
  void aLastLineCutMidRecordIsAProblemAndItsLineSaysWhy() throws IOException {
    String cut = txn("CUST_MSM_00001", "T2");
    RawIndex index =
        RawIndex.scan(
            lake(txn("CUST_MSM_00001", "T1") + "\n" + cut.substring(0, cut.length() - 12)));
    assertThat(index.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.dataset()).isEqualTo(Dataset.TRANSACTIONS);
              assertThat(p.code()).isEqualTo(ProblemCode.CUT_LAST_LINE);
              assertThat(p.lines()).isEqualTo(1);
              assertThat(p.message())
                  .startsWith("raw/raw_transactions.ndjson: the last line (line 2)")
                  .contains("customer CUST_MSM_00001's");
            });
    List<RawLine> mine = lines(index, "CUST_MSM_00001");
    assertThat(mine).extracting(RawLine::problem).containsExactly(null, ReasonCode.CUT_LINE);
    DatasetResult d =
        Cleaner.withDefaults()
            .clean("CUST_MSM_00001", index.read("CUST_MSM_00001"))
            .dataset(Dataset.TRANSACTIONS);
    assertThat(d.clean()).hasSize(1);
    assertThat(d.quarantined())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.reasons().get(0).code()).isEqualTo(ReasonCode.CUT_LINE);
              assertThat(q.recordId()).isEqualTo("T2");
            });
  }

  @Test
  void aCutLineThatNamesNoCustomerIsUnattributed() throws IOException {
    RawIndex index = RawIndex.scan(lake(txn("CUST_MSM_00001", "T1") + "\n{\"transaction_id\":\"T"));
    assertThat(index.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("it names no customer"));
    assertThat(index.unattributedLines(Dataset.TRANSACTIONS)).isEqualTo(1);
    assertThat(index.unattributed().get(Dataset.TRANSACTIONS))
        .singleElement()
        .satisfies(l -> assertThat(l.problem()).isEqualTo(ReasonCode.CUT_LINE));
  }

  @Test
  void aCompleteLastLineWithoutALineBreakIsNoProblem() throws IOException {
    RawIndex index =
        RawIndex.scan(lake(txn("CUST_MSM_00001", "T1") + "\n" + txn("CUST_MSM_00001", "T2")));
    assertThat(index.problems()).isEmpty();
    assertThat(lines(index, "CUST_MSM_00001")).extracting(RawLine::problem).containsOnlyNulls();
    assertThat(RawIndex.scan(lake("garbage\n" + txn("CUST_MSM_00001", "T1") + "\n")).problems())
        .isEmpty();
  }

  @Test
  void aPrettyPrintedJsonArrayIsNotGuessedAtAndEveryLineIsUnattributed() throws IOException {
    String array =
        "[\n  {\n    \"transaction_id\": \"T1\",\n    \"customer_id\": \"CUST_MSM_00001\"\n  },\n"
            + "  "
            + txn("CUST_MSM_00002", "T2")
            + "\n]\n";
    LakeLayout lake = lake(array);
    RawIndex index = RawIndex.scan(lake);
    assertThat(index.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCode.JSON_ARRAY);
              assertThat(p.lines()).isEqualTo(7);
              assertThat(p.message())
                  .startsWith("raw/raw_transactions.ndjson: the file is a JSON array")
                  .contains("none of its 7 lines");
            });
    assertThat(index.unattributedLines(Dataset.TRANSACTIONS)).isEqualTo(7);
    assertThat(index.customers()).containsExactly("CUST_MSM_00001"); // from the GST file only
    assertThat(lines(index, "CUST_MSM_00001")).isEmpty();
    List<RawLine> orphans = index.unattributed().get(Dataset.TRANSACTIONS);
    assertThat(orphans).hasSize(7).allSatisfy(l -> assertThat(l.problem()).isNotNull());
    for (RawLine line : orphans) {
      Quarantined q = Quarantined.unattributed(Dataset.TRANSACTIONS, line);
      assertThat(q.reasons()).extracting(Reason::code).containsExactly(ReasonCode.JSON_ARRAY_FILE);
    }
    assertThat(index.deleteRaw(Set.of("CUST_MSM_00001"))).isEqualTo(1); // the GST line only
    assertThat(Files.readString(lake.raw(Dataset.TRANSACTIONS))).isEqualTo(array);
  }

  @Test
  void aOneLineJsonArrayIsOneUnattributedLine() throws IOException {
    String array =
        "\uFEFF  [" + txn("CUST_MSM_00001", "T1") + "," + txn("CUST_MSM_00002", "T2") + "]";
    RawIndex index = RawIndex.scan(lake(array));
    assertThat(index.problems())
        .extracting(RawIndex.Problem::code)
        .containsExactly(ProblemCode.JSON_ARRAY);
    assertThat(index.problems().get(0).message()).contains("none of its 1 line is");
    assertThat(index.unattributedLines(Dataset.TRANSACTIONS)).isEqualTo(1);
    assertThat(index.has("CUST_MSM_00002")).isFalse();
  }

  @Test
  void aCutJsonArrayIsBothProblems() throws IOException {
    RawIndex index = RawIndex.scan(lake("[" + txn("CUST_MSM_00001", "T1") + ",{\"trans"));
    assertThat(index.problems())
        .extracting(RawIndex.Problem::code)
        .containsExactly(ProblemCode.JSON_ARRAY, ProblemCode.CUT_LAST_LINE);
    assertThat(index.unattributed().get(Dataset.TRANSACTIONS))
        .singleElement()
        .satisfies(l -> assertThat(l.problem()).isEqualTo(ReasonCode.JSON_ARRAY_FILE));
  }

  @Test
  void aDirectoryWhereAFileShouldBeIsAnEmptyDatasetAndAProblem() throws IOException {
    LakeLayout lake = lake(txn("CUST_MSM_00001", "T1") + "\n");
    Files.delete(lake.raw(Dataset.TRANSACTIONS));
    Files.createDirectories(lake.raw(Dataset.TRANSACTIONS).resolve("inside"));
    RawIndex index = RawIndex.scan(lake);
    assertThat(index.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCode.NOT_A_FILE);
              assertThat(p.lines()).isZero();
              assertThat(p.message())
                  .isEqualTo(
                      "raw/raw_transactions.ndjson: a directory stands where the file should"
                          + " be; nothing is read from it");
            });
    assertThat(index.stats(Dataset.TRANSACTIONS).present()).isFalse();
    assertThat(index.customers()).containsExactly("CUST_MSM_00001");
    assertThat(lines(index, "CUST_MSM_00001")).isEmpty();
    assertThat(index.read("CUST_MSM_00001").get(Dataset.GST)).hasSize(1);
    assertThat(index.deleteRaw(Set.of("CUST_MSM_00001"))).isEqualTo(1);
    assertThat(lake.raw(Dataset.TRANSACTIONS).resolve("inside")).isDirectory();
  }

  @Test
  void aLinkToNothingIsUnreadableAndAMissingFileIsNoProblem() throws IOException {
    LakeLayout lake = lake("");
    Files.delete(lake.raw(Dataset.TRANSACTIONS));
    Files.createSymbolicLink(lake.raw(Dataset.TRANSACTIONS), tmp.resolve("gone"));
    RawIndex index = RawIndex.scan(lake);
    assertThat(index.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCode.UNREADABLE);
              assertThat(p.message()).contains("could not be read (a link to nothing)");
            });
    Files.delete(lake.raw(Dataset.TRANSACTIONS));
    assertThat(RawIndex.scan(lake).problems()).isEmpty();
  }

  @Test
  void unattributedLinesAreCountedWithoutReadingThem() throws IOException {
    RawIndex index =
        RawIndex.scan(
            lake("not json\n" + txn("CUST_MSM_00001", "T1") + "\n\n{\"customer_id\":7}\n"));
    assertThat(index.unattributedLines(Dataset.TRANSACTIONS)).isEqualTo(2);
    assertThat(index.unattributedLines(Dataset.GST)).isZero();
    assertThat(index.unattributedLines(Dataset.ACCOUNTS)).isZero();
    assertThat(index.problems()).isEmpty();
  }
}
