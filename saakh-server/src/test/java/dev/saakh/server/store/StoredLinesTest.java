package dev.saakh.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.clean.CleanFiles;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.DatasetResult;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.pipeline.StoredClean;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database holds a customer's clean and quarantine lines exactly as a lake's files do, so a
 * decision made from either records the same input hash and reads the same records.
 */
class StoredLinesTest {
  @Test
  void linesHeldInMemoryReadAndHashAsTheLakeFiles(@TempDir Path dir) throws Exception {
    GeneratorConfig config = GeneratorConfig.defaults(LocalDate.of(2026, 10, 31));
    String id = "CUST_MSM_00003";
    CleanResult result =
        Cleaner.withDefaults()
            .clean(
                id,
                CustomerFiles.render(
                        new Generator(config).model(CustomerId.parse(id)), config, false)
                    .rawLines());
    LakeLayout lake = new LakeLayout(dir);
    CleanFiles.write(lake, result);
    Map<Dataset, List<String>> clean = new EnumMap<>(Dataset.class);
    Map<Dataset, List<String>> quarantine = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      DatasetResult r = result.dataset(d);
      List<String> c = new ArrayList<>();
      r.clean().forEach(rec -> c.add(CleanFiles.line(rec)));
      clean.put(d, c);
      List<String> q = new ArrayList<>();
      r.quarantined().forEach(rec -> q.add(CleanFiles.line(rec)));
      quarantine.put(d, q);
    }
    StoredClean fromLake = StoredClean.read(lake, id);
    StoredClean fromLines = StoredClean.of(id, clean, quarantine);
    assertThat(fromLines.sha256()).isEqualTo(fromLake.sha256());
    assertThat(StoredClean.sha256(clean, quarantine)).isEqualTo(fromLake.sha256());
    assertThat(fromLines.data()).isEqualTo(fromLake.data());
    assertThat(fromLines.quarantined()).isEqualTo(fromLake.quarantined());
    assertThat(fromLines.data().transactions()).isNotEmpty();
  }
}
