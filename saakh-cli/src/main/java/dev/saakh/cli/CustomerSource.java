package dev.saakh.cli;

import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.pipeline.InputGap;
import dev.saakh.core.pipeline.StoredClean;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.render.CustomerFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a customer's data comes from, and nowhere else: the lake's raw files; else the clean files
 * {@code saakh clean} kept (raw deleted); else, only when asked ({@code --simulate-fetch}), the
 * generator, and the decision then says its data was simulated. A customer the lake does not hold
 * is an error, never silently invented.
 */
final class CustomerSource {
  private final LakeLayout lake;
  private final RawIndex index;
  private final GeneratorConfig simulator;
  private final List<InputGap> lakeGaps;

  /**
   * @param simulator the generator for customers the lake lacks, or null to refuse them
   */
  CustomerSource(LakeLayout lake, GeneratorConfig simulator) throws IOException {
    this.lake = lake;
    this.simulator = simulator;
    if (simulator == null && !Files.isDirectory(lake.root())) {
      throw new IllegalArgumentException(
          "lake "
              + lake.root()
              + " does not exist (generate one with 'saakh generate', or pass --simulate-fetch"
              + " to underwrite simulated data)");
    }
    this.index = Files.isDirectory(lake.rawDir()) ? RawIndex.scan(lake) : null;
    this.lakeGaps = index == null ? List.of() : gaps(index);
  }

  /** Every customer the lake holds, raw or clean, in id order. */
  List<String> lakeCustomers() throws IOException {
    TreeSet<String> ids = new TreeSet<>(CustomerId::compareIds);
    if (index != null) {
      ids.addAll(index.customers());
    }
    Path cleanDir = lake.clean("x", Dataset.CUSTOMERS).getParent().getParent();
    if (Files.isDirectory(cleanDir)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(cleanDir, Files::isDirectory)) {
        dirs.forEach(d -> ids.add(d.getFileName().toString()));
      }
    }
    ids.remove(RawIndex.UNATTRIBUTED);
    return List.copyOf(ids);
  }

  /** Damage to the lake's raw files that may hide any customer's lines. */
  List<InputGap> lakeGaps() {
    return lakeGaps;
  }

  /** Where {@code id}'s data would come from, or an error when the lake does not hold it. */
  DataSource sourceOf(String id) {
    if (index != null && index.has(id)) {
      return DataSource.LAKE_RAW;
    }
    if (StoredClean.exists(lake, id)) {
      return DataSource.LAKE_CLEAN;
    }
    if (simulator != null) {
      return DataSource.SIMULATED;
    }
    throw new IllegalArgumentException(
        id
            + " is not in "
            + lake.root()
            + " (no raw or clean data; pass --simulate-fetch to underwrite it on simulated data)");
  }

  Underwriting.Result underwrite(Underwriting uw, String id, Decider.Request request)
      throws IOException {
    return underwrite(uw, id, request, sourceOf(id));
  }

  /** Underwrites {@code id} from the given source; an error when the lake no longer has it. */
  Underwriting.Result underwrite(
      Underwriting uw, String id, Decider.Request request, DataSource from) throws IOException {
    boolean available =
        switch (from) {
          case LAKE_RAW -> index != null && index.has(id);
          case LAKE_CLEAN -> StoredClean.exists(lake, id);
          case SIMULATED -> simulator != null;
          case AA -> false;
        };
    if (from == DataSource.AA) {
      throw new IllegalArgumentException(
          id
              + "'s decision rests on data fetched through an Account Aggregator, which only the"
              + " server holds (encrypted); replay it there, not from a lake");
    }
    if (!available) {
      throw new IllegalArgumentException(
          id + "'s data is no longer in " + lake.root() + " as " + from.text());
    }
    return switch (from) {
      case LAKE_RAW ->
          uw.run(
              id,
              index.read(id),
              request,
              DecisionRecord.DataRef.lake(DataSource.LAKE_RAW, lakeGaps));
      case LAKE_CLEAN ->
          uw.run(
              StoredClean.read(lake, id),
              request,
              DecisionRecord.DataRef.lake(DataSource.LAKE_CLEAN, lakeGaps));
      case SIMULATED ->
          uw.run(
              id,
              simulated(simulator, id),
              request,
              DecisionRecord.DataRef.simulated(simulator.seed(), simulator.asOf()));
      case AA -> throw new IllegalStateException("refused above");
    };
  }

  /** The generator's raw lines of {@code id}, rendered in memory and never written. */
  static Map<Dataset, List<RawLine>> simulated(GeneratorConfig config, String id) {
    return CustomerFiles.render(new Generator(config).model(CustomerId.parse(id)), config, false)
        .rawLines();
  }

  /** Damage to the raw files, and lines naming no customer: any customer's data may be lost. */
  private static List<InputGap> gaps(RawIndex index) {
    List<InputGap> gaps = new ArrayList<>();
    for (RawIndex.Problem p : index.problems()) {
      gaps.add(new InputGap(Math.max(1, p.lines()), LakeLayout.rawName(p.dataset()), p.message()));
    }
    for (Dataset d : Dataset.values()) {
      long n = index.unattributedLines(d);
      if (n > 0) {
        gaps.add(
            new InputGap(
                n,
                LakeLayout.rawName(d),
                IndianFormat.count(n, "line")
                    + " of the lake's "
                    + d.fileName()
                    + (n == 1 ? " names" : " name")
                    + " no customer; this customer's data may be among them"));
      }
    }
    return gaps;
  }
}
