package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading shared raw files one customer at a time, and surviving bad files. */
class RawIndexTest {
  @TempDir Path tmp;

  private static String txn(String customer, String id) {
    return "{\"transaction_id\":\""
        + id
        + "\",\"account_id\":\""
        + customer
        + "-A1\","
        + "\"customer_id\":\""
        + customer
        + "\",\"date\":\"2025-11-01\",\"amount\":\"-1\"}";
  }

  private LakeLayout lake(byte[] transactions) throws IOException {
    LakeLayout lake = new LakeLayout(tmp.resolve("lake"));
    Files.createDirectories(lake.rawDir());
    Files.write(lake.raw(Dataset.TRANSACTIONS), transactions);
    return lake;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEachCustomersLinesInFileOrderAndKeepsTheRestApart() throws IOException {
    String text =
        "\uFEFF"
            + txn("CUST_MSM_00002", "a")
            + "\r\n"
            + txn("CUST_MSM_00010", "b")
            + "\n\n"
            + "not json at all\n"
            + txn("CUST_MSM_00002", "c")
            + "\n"
            + "{\"transaction_id\":\"d\",\"customer_id\":\"CUST_MSM_00010\"";
    RawIndex index = RawIndex.scan(lake(utf8(text)));
    assertThat(index.customers()).containsExactly("CUST_MSM_00002", "CUST_MSM_00010");
    List<RawLine> two = index.read("CUST_MSM_00002").get(Dataset.TRANSACTIONS);
    assertThat(two).extracting(RawLine::number).containsExactly(1L, 5L);
    assertThat(two.get(0).text()).startsWith("{").endsWith("}");
    List<RawLine> ten = index.read("CUST_MSM_00010").get(Dataset.TRANSACTIONS);
    assertThat(ten).extracting(RawLine::number).containsExactly(2L, 6L);
    assertThat(index.unattributed().get(Dataset.TRANSACTIONS))
        .singleElement()
        .satisfies(l -> assertThat(l.text()).isEqualTo("not json at all"));
    assertThat(index.stats(Dataset.TRANSACTIONS)).isEqualTo(new RawIndex.FileStats(true, 5, 1));
    assertThat(index.stats(Dataset.GST).present()).isFalse();
    CleanResult r = Cleaner.withDefaults().clean("CUST_MSM_00010", index.read("CUST_MSM_00010"));
    assertThat(r.dataset(Dataset.TRANSACTIONS).quarantined())
        .singleElement()
        .satisfies(q -> assertThat(q.reasons().get(0).code()).isEqualTo(ReasonCode.CUT_LINE));
    assertThat(index.problems())
        .extracting(RawIndex.Problem::code)
        .containsExactly(ProblemCode.CUT_LAST_LINE);
    assertThat(index.unattributedLines(Dataset.TRANSACTIONS)).isEqualTo(1);
  }

  @Test
  void aFiftyMegabyteLineIsQuarantinedByItsStartAndTheRestIsRead() throws IOException {
    Path file = tmp.resolve("big");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(utf8(txn("CUST_CON_00001", "a") + "\n"));
      out.write(utf8("{\"customer_id\":\"CUST_CON_00001\",\"narration\":\""));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'x');
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
      out.write(utf8("\"}\n" + txn("CUST_CON_00001", "c").replace("\"-1\"", "\"-2\"") + "\n"));
    }
    RawIndex index = RawIndex.scan(lake(Files.readAllBytes(file)));
    List<RawLine> lines = index.read("CUST_CON_00001").get(Dataset.TRANSACTIONS);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).problem()).isEqualTo(ReasonCode.LINE_TOO_LONG);
    assertThat(lines.get(1).byteLength()).isGreaterThan(50L << 20);
    assertThat(lines.get(1).text()).hasSizeLessThanOrEqualTo(4096);
    CleanResult r = Cleaner.withDefaults().clean("CUST_CON_00001", index.read("CUST_CON_00001"));
    DatasetResult d = r.dataset(Dataset.TRANSACTIONS);
    assertThat(d.quarantined())
        .singleElement()
        .satisfies(q -> assertThat(q.reasons().get(0).code()).isEqualTo(ReasonCode.LINE_TOO_LONG));
    assertThat(d.clean()).hasSize(2);
  }

  @Test
  void aLineInAnotherEncodingIsKeptByteForByte() throws IOException {
    byte[] latin1 =
        (txn("CUST_CON_00001", "a").replace("-1", "-1") + "\n")
            .replace("\"amount\"", "\"narration\":\"CAF\u00c9\",\"amount\"")
            .getBytes(StandardCharsets.ISO_8859_1);
    RawIndex index = RawIndex.scan(lake(latin1));
    RawLine line = index.read("CUST_CON_00001").get(Dataset.TRANSACTIONS).get(0);
    assertThat(line.problem()).isEqualTo(ReasonCode.INVALID_UTF8);
    assertThat(line.text().getBytes(StandardCharsets.ISO_8859_1))
        .isEqualTo(java.util.Arrays.copyOf(latin1, latin1.length - 1));
    Quarantined q =
        Cleaner.withDefaults()
            .clean("CUST_CON_00001", index.read("CUST_CON_00001"))
            .dataset(Dataset.TRANSACTIONS)
            .quarantined()
            .get(0);
    assertThat(q.rawEncoding()).isEqualTo("ISO-8859-1");
  }

  @Test
  void deletingRawRemovesOnlyThatCustomersLines() throws IOException {
    String text =
        txn("CUST_MSM_00001", "a")
            + "\n"
            + txn("CUST_MSM_00002", "b")
            + "\n"
            + txn("CUST_MSM_00001", "c")
            + "\ngarbage\n";
    LakeLayout lake = lake(utf8(text));
    RawIndex index = RawIndex.scan(lake);
    assertThat(index.deleteRaw(Set.of("CUST_MSM_00001"))).isEqualTo(2);
    assertThat(Files.readString(lake.raw(Dataset.TRANSACTIONS)))
        .isEqualTo(txn("CUST_MSM_00002", "b") + "\ngarbage\n");
    RawIndex again = RawIndex.scan(lake);
    assertThat(again.customers()).containsExactly("CUST_MSM_00002");
    assertThat(again.deleteRaw(Set.of("CUST_MSM_00002"))).isEqualTo(1);
    Map<Dataset, List<RawLine>> orphans = RawIndex.scan(lake).unattributed();
    assertThat(orphans.get(Dataset.TRANSACTIONS)).hasSize(1);
  }
}
