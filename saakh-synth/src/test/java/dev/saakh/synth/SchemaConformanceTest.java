package dev.saakh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.schema.TestingSchemas;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every raw line the generator writes validates against its raw schema, every truth record against
 * its clean schema and parses into its record type and back unchanged, and every label line against
 * the labels schema.
 */
class SchemaConformanceTest {
  @TempDir Path tmp;

  @Test
  void everythingWrittenConformsToItsSchema() throws IOException {
    LakeLayout lake =
        new LakeLayout(TestingLake.write(TestingLake.config(10, 5, true), tmp.resolve("lake"), 2));
    long raw = 0;
    for (Dataset d : Dataset.values()) {
      for (JsonNode line : TestingLake.lines(lake.raw(d))) {
        assertThat(TestingSchemas.validateRaw(d, line)).as(d.fileName() + " " + line).isEmpty();
        raw++;
      }
    }
    long truth = 0;
    for (JsonNode label : TestingLake.lines(lake.labels())) {
      assertThat(TestingSchemas.validateLabel(label)).as(label.toString()).isEmpty();
      if (label.get("kind").asText().equals("truth")) {
        Dataset d = Dataset.named(label.get("dataset").asText());
        JsonNode record = label.get("record");
        assertThat(TestingSchemas.validateClean(d, record))
            .as(d.fileName() + " " + record)
            .isEmpty();
        Object typed = LakeJson.mapper().treeToValue(record, d.cleanType());
        assertThat((JsonNode) LakeJson.mapper().valueToTree(typed))
            .as(d.fileName())
            .isEqualTo(record);
        truth++;
      }
    }
    assertThat(raw).isGreaterThan(20_000);
    assertThat(truth).isGreaterThan(20_000);
  }
}
