package dev.saakh.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.lake.LakeWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes small lakes for tests and reads their NDJSON back. */
public final class TestingLake {
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private TestingLake() {}

  public static GeneratorConfig config(int msme, int consumers, boolean truth) {
    GeneratorConfig d = GeneratorConfig.defaults(AS_OF).withScale(msme, consumers);
    return new GeneratorConfig(
        d.seed(),
        d.asOf(),
        msme,
        consumers,
        d.bankMonths(),
        d.gstMonths(),
        d.messiness(),
        d.profileMix(),
        truth);
  }

  public static List<CustomerId> ids(GeneratorConfig c) {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 1; i <= c.msmeCustomers(); i++) {
      ids.add(new CustomerId(Segment.MSME, i));
    }
    for (int i = 1; i <= c.consumerCustomers(); i++) {
      ids.add(new CustomerId(Segment.CONSUMER, i));
    }
    return ids;
  }

  public static Path write(GeneratorConfig c, Path dir, int threads) throws IOException {
    return write(c, ids(c), dir, threads);
  }

  public static Path write(GeneratorConfig c, List<CustomerId> ids, Path dir, int threads)
      throws IOException {
    new LakeWriter(new Generator(c), threads, false).write(ids, dir, false, n -> {});
    return dir;
  }

  public static List<JsonNode> lines(Path file) {
    ObjectMapper json = LakeJson.mapper();
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.add(json.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
