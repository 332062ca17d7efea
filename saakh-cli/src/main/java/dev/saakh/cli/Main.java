package dev.saakh.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("saakh: " + e.getMessage());
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
