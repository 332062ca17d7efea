package dev.saakh.cli;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.synth.Generator;
import dev.saakh.synth.config.ConfigFile;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.lake.LakeWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saakh generate}: writes a synthetic AA lake. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate realistic, labelled, reproducible synthetic AA data into a lake folder:",
      "LAKE/raw/raw_<dataset>.ndjson, LAKE/labels.ndjson and LAKE/lake.json.",
      "Every option also reads SAAKH_<NAME> from the environment (flag > env > --config file > default)."
    })
final class GenerateCommand implements Callable<Integer> {
  /** "Today" for the default as-of date is India's date. */
  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--customers",
      paramLabel = "N",
      description = "MSME customers to generate (default 10).")
  Integer customers;

  @Option(
      names = "--consumers",
      paramLabel = "M",
      description = "Consumer customers to generate (default 0).")
  Integer consumers;

  @Option(
      names = "--customer",
      paramLabel = "ID",
      description =
          "Generate only this customer (e.g. CUST_MSM_00042), identical to its records in a full run.")
  String customer;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42).")
  Long seed;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day data is fetched, e.g. 2026-11-23 (a date and time is read as India's date of"
              + " it; default: today in India).")
  String asOf;

  @Option(
      names = "--out",
      paramLabel = "LAKE",
      description =
          "Lake folder to write (default ./lake). It must be new, empty, or (with --overwrite) a"
              + " Saakh lake; a symbolic link is refused.")
  Path out;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Generator config JSON (see docs/generator.md).")
  Path config;

  @Option(
      names = "--format",
      paramLabel = "ndjson|rebit",
      description =
          "rebit also writes each customer's bank data as ReBIT DEPOSIT JSON (default ndjson).")
  String format;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: available cores). Output does not depend on it.")
  Integer threads;

  @Option(
      names = "--overwrite",
      description =
          "Replace an existing lake, only if saakh generate wrote it (its lake.json says so) and it"
              + " holds nothing but a lake's own files; anything else is refused, never deleted.")
  boolean overwrite;

  Clock clock = Clock.system(INDIA);

  @Override
  public Integer call() throws Exception {
    Settings s = new Settings(System.getenv());
    GeneratorConfig defaults = GeneratorConfig.defaults(LocalDate.now(clock));
    GeneratorConfig fromFile = config != null ? ConfigFile.read(config, defaults) : defaults;
    GeneratorConfig cfg =
        fromFile
            .withSeed(s.pick("seed", seed, v -> Values.wholeNumber("--seed", v), fromFile.seed()))
            .withAsOf(Values.asOfDate(s, asOf, fromFile.asOf()))
            .withScale(
                count(s, "customers", customers, fromFile.msmeCustomers()),
                count(s, "consumers", consumers, fromFile.consumerCustomers()));
    String fmt = s.pick("format", format, v -> v, "ndjson");
    if (!fmt.equals("ndjson") && !fmt.equals("rebit")) {
      throw new IllegalArgumentException("--format must be ndjson or rebit, was '" + fmt + "'");
    }
    int workers = Values.threads(s, threads);
    Path lake = s.pick("out", out, Path::of, Path.of("lake"));
    List<CustomerId> ids = ids(cfg, s.pick("customer", customer, v -> v, null));
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to generate: --customers and --consumers are both 0");
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.onTerminal(err, ids.size());
    long start = System.nanoTime();
    LakeWriter.Summary summary =
        new LakeWriter(new Generator(cfg), workers, fmt.equals("rebit"))
            .write(ids, lake, overwrite, progress, notice -> err.println("saakh: " + notice));
    progress.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    spec.commandLine().getOut().println(summaryLine(summary, lake, cfg, seconds));
    return 0;
  }

  /** {@code --customers} or {@code --consumers}: 0 to {@link GeneratorConfig#MAX_CUSTOMERS}. */
  private static int count(Settings s, String name, Integer flag, int fromFile) {
    int max = GeneratorConfig.MAX_CUSTOMERS;
    String option = "--" + name;
    return flag != null
        ? Values.range(option, flag, 0, max, flag.toString())
        : s.pick(name, null, v -> Values.wholeNumber(option, v, 0, max), fromFile);
  }

  private static List<CustomerId> ids(GeneratorConfig cfg, String single) {
    if (single != null) {
      return List.of(CustomerId.parse(single));
    }
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 1; i <= cfg.msmeCustomers(); i++) {
      ids.add(new CustomerId(Segment.MSME, i));
    }
    for (int i = 1; i <= cfg.consumerCustomers(); i++) {
      ids.add(new CustomerId(Segment.CONSUMER, i));
    }
    return ids;
  }

  /**
   * One line for a person: counts lakh-grouped ({@code 12,34,567}), "1 customer", "3 customers".
   */
  static String summaryLine(LakeWriter.Summary s, Path lake, GeneratorConfig cfg, double seconds) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "generated %s (seed %d, as of %s) into %s in %.2f s:",
            IndianFormat.count(s.customers(), "customer"),
            cfg.seed(),
            cfg.asOf(),
            lake,
            seconds));
    for (Dataset d : Dataset.values()) {
      b.append(' ')
          .append(d.fileName())
          .append(' ')
          .append(IndianFormat.count(s.records().get(d)))
          .append(',');
    }
    b.setLength(b.length() - 1);
    long rate = Math.round(s.transactions() / Math.max(seconds, 1e-9));
    b.append(" (").append(IndianFormat.count(rate, "transaction")).append("/s)");
    return b.toString();
  }
}
