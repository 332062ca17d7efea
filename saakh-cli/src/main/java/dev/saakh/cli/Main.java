package dev.saakh.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code saakh}: the entry point. Exit codes: 0 ok; 1 I/O failure; 2 bad input (nothing done); 3
 * finished, but some input could not be read (a warning names it); 4 finished, but no customer
 * could be decided (every one stopped); 5 a check failed (a decision does not reproduce); 70
 * internal error.
 */
@Command(
    name = "saakh",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Credit underwriting on Account Aggregator data.",
    subcommands = {
      GenerateCommand.class,
      CleanCommand.class,
      EvaluateCleanCommand.class,
      EvaluateNarrationsCommand.class,
      AnalyzeCommand.class,
      AnalyzeStatementCommand.class,
      EvaluateCommand.class,
      KfsCommand.class,
      UnderwriteCommand.class,
      PolicyCommand.class,
      DecisionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int IO_ERROR = 1;
  public static final int BAD_INPUT = 2;

  /** The command did its work on what it could read, but some input was damaged or unreadable. */
  public static final int DAMAGED_INPUT = 3;

  /** A batch finished and every customer in it was stopped (no consent, no data...). */
  public static final int ALL_STOPPED = 4;

  /** A check ran and failed: a decision does not reproduce, a chain does not verify. */
  public static final int CHECK_FAILED = 5;

  public static final int INTERNAL = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs {@code saakh args}, printing to the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    Values.converters(cli);
    cli.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commands);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("saakh: " + message(e));
          err.println(
              "(run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage)");
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            err.println("saakh: " + e.getMessage());
            return BAD_INPUT;
          }
          if (e instanceof java.io.IOException || e instanceof UncheckedIOException) {
            err.println("saakh: I/O error: " + e.getMessage());
            return IO_ERROR;
          }
          err.println("saakh: internal error: " + e);
          if (System.getenv("SAAKH_DEBUG") != null) {
            e.printStackTrace(err);
          }
          return INTERNAL;
        });
    return cli.execute(args);
  }

  /**
   * A parse error in the user's words: a value our converters refused is named by its option
   * ({@code --seed must be a whole number, was 'abc'}), never by picocli's Java type.
   */
  static String message(CommandLine.ParameterException e) {
    if (e.getCause() instanceof Values.Refusal r) {
      CommandLine.Model.ArgSpec arg = e.getArgSpec();
      if (arg instanceof CommandLine.Model.OptionSpec option) {
        return r.as(option.longestName()).getMessage();
      }
      if (arg != null) {
        return r.as(arg.paramLabel()).getMessage();
      }
    }
    return e.getMessage();
  }

  /** One line per command, each a whole sentence (a description's first line may stop mid-way). */
  private static final Map<String, String> SUMMARIES =
      Map.of(
          "generate", "Write a synthetic, labelled, reproducible AA data lake.",
          "clean", "Clean raw records into clean, quarantine and a clean log.",
          "evaluate-clean", "Measure cleaning against the generator's ground truth.",
          "analyze", "Compute a cleaned customer's ten analytics reports.",
          "analyze-statement", "Print one bank statement's behavioural features as JSON.",
          "evaluate", "Check each generated profile's signature and fraud recall.",
          "kfs", "Compute a loan's Key Facts Statement: EMI, fees, APR, schedule.",
          "underwrite", "Consent, clean, analyze, score and decide a customer.");

  private static String commands(CommandLine.Help help) {
    Map<String, CommandLine.Help> subs = help.subcommands();
    if (subs.isEmpty()) {
      return "";
    }
    int width = subs.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, CommandLine.Help> sub : subs.entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = sub.getValue().commandSpec().usageMessage();
      String[] first = usage.header().length > 0 ? usage.header() : usage.description();
      String summary = SUMMARIES.getOrDefault(sub.getKey(), first.length == 0 ? "" : first[0]);
      b.append(String.format(Locale.ROOT, "  %-" + width + "s  %s%n", sub.getKey(), summary));
    }
    return b.toString();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"saakh " + (v == null ? "(development build)" : v)};
    }
  }
}
