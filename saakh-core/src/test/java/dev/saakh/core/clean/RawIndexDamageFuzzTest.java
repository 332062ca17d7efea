package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any bytes in every raw file of a lake (random bytes, JSON arrays, NDJSON cut anywhere, a
 * directory in a file's place): scanning, reading every customer and the unattributed lines,
 * cleaning them and quarantining the unattributed never throw; every record line of a file is read
 * exactly once, by its customer or as unattributed, and {@code unattributedLines} counts the
 * latter; a file that opens with '[' is a JSON array whose lines all go unattributed; a cut last
 * line is reported only when the file ends without a line break.
 */
class RawIndexDamageFuzzTest {
  private static final String A = "CUST_CON_00001";
  private static final String B = "CUST_MSM_00002";

  @Property(tries = 150)
  void noRawContentCrashesTheCleanStageAndEveryLineIsCountedOnce(
      @ForAll("lakes") List<byte[]> files) throws IOException {
    Path root = Files.createTempDirectory("fuzz");
    try {
      LakeLayout lake = new LakeLayout(root);
      Files.createDirectories(lake.rawDir());
      Dataset[] datasets = Dataset.values();
      Map<Dataset, byte[]> contents = new EnumMap<>(Dataset.class);
      Map<Dataset, Long> read = new EnumMap<>(Dataset.class);
      for (int i = 0; i < datasets.length; i++) {
        byte[] content = files.get(i);
        read.put(datasets[i], 0L);
        if (content == null) {
          Files.createDirectories(lake.raw(datasets[i]));
        } else {
          contents.put(datasets[i], content);
          Files.write(lake.raw(datasets[i]), content);
        }
      }
      RawIndex index = RawIndex.scan(lake, 256);
      Map<Dataset, List<RawLine>> orphans = index.unattributed();
      for (String id : index.customers()) {
        Map<Dataset, List<RawLine>> lines = index.read(id);
        CleanResult r = Cleaner.withDefaults().clean(id, lines);
        for (Dataset d : datasets) {
          read.merge(d, (long) lines.get(d).size(), Long::sum);
          assertThat(r.dataset(d).raw()).isEqualTo(lines.get(d).size());
        }
      }
      for (Dataset d : datasets) {
        orphans.get(d).forEach(l -> Quarantined.unattributed(d, l));
        long unattributed = index.unattributedLines(d);
        assertThat(unattributed).as(d.fileName()).isEqualTo(orphans.get(d).size());
        byte[] content = contents.get(d);
        long expected = content == null ? 0 : recordLines(content);
        assertThat(read.get(d) + unattributed).as(d.fileName()).isEqualTo(expected);
        assertThat(index.stats(d).recordLines()).isEqualTo(expected);
        List<ProblemCode> codes =
            index.problems().stream().filter(p -> p.dataset() == d).map(p -> p.code()).toList();
        assertThat(codes.contains(ProblemCode.NOT_A_FILE)).isEqualTo(content == null);
        boolean array = content != null && opensWithBracket(content);
        assertThat(codes.contains(ProblemCode.JSON_ARRAY)).isEqualTo(array);
        if (array) {
          assertThat(read.get(d)).isZero();
        }
        if (content != null && codes.contains(ProblemCode.CUT_LAST_LINE)) {
          assertThat(content[content.length - 1]).isNotEqualTo((byte) '\n');
        }
      }
    } finally {
      CleanFiles.deleteTree(root);
    }
  }

  /** Non-blank lines, counted the plain way: split at '\n', blank is spaces, tabs and '\r'. */
  private static long recordLines(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00EF\u00BB\u00BF")) {
      text = text.substring(3);
    }
    long n = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.replace(" ", "").replace("\t", "").replace("\r", "").isEmpty()) {
        n++;
      }
    }
    return n;
  }

  private static boolean opensWithBracket(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    text = text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3) : text;
    String rest = text.replaceFirst("^[ \t\r\n]+", "");
    return rest.startsWith("[");
  }

  @Provide
  Arbitrary<List<byte[]>> lakes() {
    return file().injectNull(0.1).list().ofSize(Dataset.values().length);
  }

  private static Arbitrary<byte[]> file() {
    Arbitrary<List<String>> records =
        Arbitraries.of(
                txn(A, "T1"),
                txn(B, "T2"),
                txn(A, "T1"),
                "{\"customer_id\":\"" + A + "\",\"return_id\":\"R1\",\"period\":\"112023\"}",
                "{\"customer_id\":\"" + B + "\",\"narration\":\"" + "x".repeat(300) + "\"}",
                "not json",
                "",
                "  ")
            .list()
            .ofMaxSize(12);
    Arbitrary<byte[]> ndjson = records.map(l -> utf8(String.join("\n", l) + "\n"));
    Arbitrary<byte[]> array =
        Combinators.combine(records, Arbitraries.of(",", ",\n", ",\n  "))
            .as((l, sep) -> utf8("[" + String.join(sep, l) + "]\n"));
    Arbitrary<byte[]> whole = Arbitraries.oneOf(ndjson, ndjson, array);
    Arbitrary<byte[]> cut =
        Combinators.combine(whole, Arbitraries.doubles().between(0, 1))
            .as((b, f) -> java.util.Arrays.copyOf(b, (int) (b.length * f)));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> bom =
        whole.map(b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
    return Arbitraries.oneOf(whole, cut, cut, bytes, bom);
  }

  private static String txn(String customer, String id) {
    return "{\"transaction_id\":\""
        + id
        + "\",\"account_id\":\""
        + customer
        + "-A1\",\"customer_id\":\""
        + customer
        + "\",\"date\":\"2025-11-01\",\"amount\":\"-1\",\"narration\":\"UPI/₹/CAFÉ\"}";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
