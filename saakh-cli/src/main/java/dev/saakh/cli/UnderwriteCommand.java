package dev.saakh.cli;

import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.Money;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.Policy;
import dev.saakh.core.policy.PolicyException;
import dev.saakh.core.policy.PolicyFile;
import dev.saakh.synth.config.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saakh underwrite}: consent → clean → analyze → score → decide, per customer. */
@Command(
    name = "underwrite",
    mixinStandardHelpOptions = true,
    description = {
      "Underwrite a customer: check consent, read the raw data from the lake (or, for a customer",
      "the lake does not hold, from the generator), clean, analyze, score and decide under the",
      "policy; write LAKE/decisions/ID/decision.json and print the outcome, scores, reasons and",
      "offer. A customer without a usable consent is stopped and nothing is written for it."
    })
final class UnderwriteCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LakeOption lake = new LakeOption();

  static final class Who {
    @Option(names = "--customer", paramLabel = "ID", description = "One customer.")
    String customer;

    @Option(names = "--all", description = "Every customer in the lake, one at a time.")
    boolean all;
  }

  @ArgGroup(multiplicity = "1")
  Who who;

  @Option(names = "--amount", paramLabel = "RUPEES", description = "Amount asked for.")
  String amount;

  @Option(names = "--tenure-months", paramLabel = "N", description = "Tenure asked for.")
  Integer tenure;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Decision policy YAML (env SAAKH_POLICY; default: the shipped policy).")
  Path policy;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "Decision time, e.g. 2026-11-23T10:00:00+05:30 (env SAAKH_AS_OF; default: now). The same"
              + " inputs, policy and time give an identical decision record.")
  String asOf;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Generator seed for customers the lake does not hold (default as generate).")
  Long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Workers for --all (default: cores).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(System.getenv());
    LakeLayout layout = lake.layout(s);
    Policy p = policy(s.pick("policy", policy, Path::of, null));
    Clock clock = clock(s.pick("as-of", asOf, v -> v, null));
    Underwriting uw = new Underwriting(p, clock);
    // a customer the lake lacks is fetched from the generator as of the day before the decision
    GeneratorConfig gen =
        GeneratorConfig.defaults(
            java.time.LocalDate.now(clock.withZone(Underwriting.IST)).minusDays(1));
    gen = seed == null ? gen : gen.withSeed(seed);
    RawSource source = new RawSource(layout, gen);
    Decider.Request request = new Decider.Request(amount == null ? null : money(amount), tenure);
    if (who.all) {
      int workers =
          s.pick("threads", threads, Integer::parseInt, Runtime.getRuntime().availableProcessors());
      return new UnderwriteAll(uw, source, layout, request, spec.commandLine().getErr())
          .run(workers, spec.commandLine().getOut());
    }
    String id = who.customer.trim();
    Underwriting.Result r = uw.run(id, source.read(id), request);
    if (r instanceof Underwriting.Stopped stop) {
      throw new IllegalArgumentException(
          id + ": stopped: " + stop.reason() + "; nothing was analysed or written");
    }
    Underwriting.Decided d = (Underwriting.Decided) r;
    write(layout, d);
    DecisionSummary.print(spec.commandLine().getOut(), d.record(), !source.inLake(id));
    spec.commandLine().getOut().println("wrote " + layout.decision(id));
    return 0;
  }

  static void write(LakeLayout layout, Underwriting.Decided d) throws IOException {
    JsonFile.write(layout.decision(d.record().customerId()), d.record());
  }

  private static Policy policy(Path file) {
    try {
      return file == null ? PolicyFile.defaults() : PolicyFile.load(file);
    } catch (PolicyException e) {
      throw new IllegalArgumentException("policy refused: " + e.getMessage(), e);
    }
  }

  private static Clock clock(String asOf) {
    if (asOf == null) {
      return Clock.system(Underwriting.IST);
    }
    try {
      return Clock.fixed(OffsetDateTime.parse(asOf).toInstant(), ZoneOffset.UTC);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--as-of must be an ISO date-time with offset, e.g. 2026-11-23T10:00:00+05:30, was '"
              + asOf
              + "'");
    }
  }

  private static Money money(String text) {
    try {
      Money m = Money.of(text.replace(",", "").trim());
      if (m.amount().signum() <= 0) {
        throw new IllegalArgumentException("--amount must be positive, was " + text);
      }
      return m;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--amount must be a number of rupees, was '" + text + "'");
    }
  }
}
