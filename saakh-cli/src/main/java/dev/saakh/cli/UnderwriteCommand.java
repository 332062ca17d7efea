package dev.saakh.cli;

import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.pipeline.InputGap;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.Policy;
import dev.saakh.synth.config.GeneratorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
      "Underwrite a customer: check consent, read its data from the lake (raw files, or the clean",
      "files when the raw lines were deleted), clean, analyze, score and decide under the policy;",
      "write LAKE/decisions/ID/decision.json (a replaced decision moves to history/) and print the",
      "outcome, scores, reasons and offer. A customer the lake does not hold is an error unless",
      "--simulate-fetch is given. A customer without a usable consent is stopped: its current",
      "decision moves to history/ and decisions/ID/stopped.json says why. Lines that could not be",
      "read cap a decision at REFER.",
      "Exit codes: 0 decided; 2 bad input; 3 decided, but some raw lines could not be read;",
      "4 stopped (with --all: every customer stopped)."
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
      names = "--simulate-fetch",
      description =
          "Underwrite a customer the lake does not hold on data the generator makes up (the"
              + " simulated FIPs); its decision record says the data was simulated.")
  boolean simulateFetch;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "With --simulate-fetch: the generator's seed (default as generate).")
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
    Policy p = PolicyCommand.load(s.pick("policy", policy, Path::of, null));
    Clock fixed = Values.asOfClock(s, asOf);
    Clock clock = fixed == null ? Clock.system(Underwriting.IST) : fixed;
    Underwriting uw = new Underwriting(p, clock);
    if (seed != null && !simulateFetch) {
      throw new IllegalArgumentException("--seed is only used with --simulate-fetch");
    }
    CustomerSource source = new CustomerSource(layout, simulateFetch ? simulator(clock) : null);
    Decider.Request request =
        new Decider.Request(amount == null ? null : Values.loanAmount("--amount", amount), tenure);
    int workers = Values.threads(s, threads);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (who.all) {
      return new UnderwriteAll(uw, source, layout, request, err).run(workers, out);
    }
    String id = who.customer.trim();
    Underwriting.Result r = source.underwrite(uw, id, request);
    Path file = store(new DecisionStore(layout), r);
    if (r instanceof Underwriting.Stopped stop) {
      err.println("saakh: " + id + ": stopped: " + stop.reason() + "; nothing was analysed");
      err.println("saakh: wrote " + file + "; any earlier decision is in its history/");
      return Main.ALL_STOPPED;
    }
    DecisionRecord record = ((Underwriting.Decided) r).record();
    DecisionSummary.print(out, record);
    out.println("wrote " + file);
    for (InputGap g : record.data().gaps()) {
      err.println("saakh: warning: " + g.where() + ": " + g.what());
    }
    return record.data().gaps().isEmpty() ? 0 : Main.DAMAGED_INPUT;
  }

  /** Writes a decision, or the stop and what it supersedes; returns the file written. */
  static Path store(DecisionStore store, Underwriting.Result r) throws IOException {
    if (r instanceof Underwriting.Stopped stop) {
      return store.stopped(stop.customerId(), stop.reason(), stop.at());
    }
    return store.decided(((Underwriting.Decided) r).record());
  }

  /** The simulated FIPs: the generator, with data as of the day before the decision. */
  private GeneratorConfig simulator(Clock clock) {
    GeneratorConfig gen =
        GeneratorConfig.defaults(LocalDate.now(clock.withZone(Underwriting.IST)).minusDays(1));
    return seed == null ? gen : gen.withSeed(seed);
  }
}
