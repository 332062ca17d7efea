package dev.saakh.cli;

import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Where a customer's raw lines come from: the lake's raw files, or — for a customer the lake does
 * not hold — the generator (a simulated FIP), rendered in memory and never written.
 */
final class RawSource {
  private final RawIndex index;
  private final GeneratorConfig generator;

  RawSource(LakeLayout lake, GeneratorConfig generator) throws IOException {
    this.index = Files.isDirectory(lake.rawDir()) ? RawIndex.scan(lake) : null;
    this.generator = generator;
  }

  List<String> lakeCustomers() {
    return index == null ? List.of() : index.customers();
  }

  boolean inLake(String id) {
    return index != null && index.has(id);
  }

  Map<Dataset, List<RawLine>> read(String id) throws IOException {
    if (inLake(id)) {
      return index.read(id);
    }
    return CustomerFiles.render(
            new Generator(generator).model(CustomerId.parse(id)), generator, false)
        .rawLines();
  }
}
