package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary bytes as a raw file: indexing and reading never throw, and every non-blank line is read
 * exactly once, by its customer or as unattributed; cleaning them all keeps conservation.
 */
class RawIndexFuzzTest {
  @Property(tries = 200)
  void everyLineOfAnyFileIsReadOnce(@ForAll("files") byte[] content) throws IOException {
    Path root = Files.createTempDirectory("fuzz");
    try {
      LakeLayout lake = new LakeLayout(root);
      Files.createDirectories(lake.rawDir());
      Files.write(lake.raw(Dataset.TRANSACTIONS), content);
      RawIndex index = RawIndex.scan(lake, 64);
      long read = index.unattributed().get(Dataset.TRANSACTIONS).size();
      for (String id : index.customers()) {
        List<RawLine> lines = index.read(id).get(Dataset.TRANSACTIONS);
        read += lines.size();
        CleanResult r = Cleaner.withDefaults().clean(id, index.read(id));
        assertThat(r.dataset(Dataset.TRANSACTIONS).raw()).isEqualTo(lines.size());
      }
      assertThat(read).isEqualTo(index.stats(Dataset.TRANSACTIONS).recordLines());
    } finally {
      CleanFiles.deleteTree(root);
    }
  }

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{\"customer_id\":\"CUST_CON_00001\",\"transaction_id\":\"T1\"}",
                "{\"transaction_id\":\"T2\",\"customer_id\" : \"CUST_MSM_00002\",\"amount\":\"5\"}",
                "\"customer_id\":\"X",
                "\n",
                "\r\n",
                "   \n",
                "\uFEFF",
                "₹1,250.00 Dr",
                "{\"customer_id\":\"CUST_CON_00001\",\"narration\":\"" + "x".repeat(100) + "\"}\n"),
            Arbitraries.strings().ofMaxLength(40));
    Arbitrary<byte[]> text =
        piece.list().ofMaxSize(30).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.oneOf(text, text, bytes);
  }
}
