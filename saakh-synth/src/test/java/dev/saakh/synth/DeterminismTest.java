package dev.saakh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.synth.config.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  @TempDir Path tmp;

  @Test
  void sameSeedConfigAndAsOfGiveByteIdenticalFilesWhateverTheThreadCount() throws IOException {
    GeneratorConfig c = TestingLake.config(12, 6, true);
    LakeLayout one = new LakeLayout(TestingLake.write(c, tmp.resolve("one"), 1));
    LakeLayout four = new LakeLayout(TestingLake.write(c, tmp.resolve("four"), 4));
    for (Dataset d : Dataset.values()) {
      assertThat(Files.readAllBytes(four.raw(d)))
          .as(d.fileName())
          .isEqualTo(Files.readAllBytes(one.raw(d)));
    }
    assertThat(Files.readAllBytes(four.labels())).isEqualTo(Files.readAllBytes(one.labels()));
    assertThat(Files.readAllBytes(four.manifest())).isEqualTo(Files.readAllBytes(one.manifest()));
  }

  @Test
  void aDifferentSeedGivesDifferentData() throws IOException {
    GeneratorConfig c = TestingLake.config(3, 0, false);
    LakeLayout a = new LakeLayout(TestingLake.write(c, tmp.resolve("a"), 2));
    LakeLayout b = new LakeLayout(TestingLake.write(c.withSeed(7), tmp.resolve("b"), 2));
    assertThat(Files.readAllBytes(a.raw(Dataset.TRANSACTIONS)))
        .isNotEqualTo(Files.readAllBytes(b.raw(Dataset.TRANSACTIONS)));
  }

  @Test
  void oneCustomerAloneIsIdenticalToItsRecordsInAFullRun() throws IOException {
    GeneratorConfig c = TestingLake.config(12, 3, true);
    LakeLayout full = new LakeLayout(TestingLake.write(c, tmp.resolve("full"), 2));
    CustomerId id = CustomerId.parse("CUST_MSM_00011");
    LakeLayout alone = new LakeLayout(TestingLake.write(c, List.of(id), tmp.resolve("alone"), 1));
    for (Dataset d : Dataset.values()) {
      assertThat(read(alone.raw(d))).as(d.fileName()).isNotEmpty().isEqualTo(only(full.raw(d), id));
    }
    assertThat(read(alone.labels())).isEqualTo(only(full.labels(), id));
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static String only(Path p, CustomerId id) throws IOException {
    String marker = "\"customer_id\":\"" + id + "\"";
    return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(marker))
        .map(l -> l + "\n")
        .collect(Collectors.joining());
  }
}
