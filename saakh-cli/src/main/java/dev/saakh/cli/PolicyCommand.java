package dev.saakh.cli;

import dev.saakh.core.policy.Policy;
import dev.saakh.core.policy.PolicyException;
import dev.saakh.core.policy.PolicyFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saakh policy show|validate}: the decision policy in force, and checking a new one. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Show the decision policy or validate a policy file (see docs/policy.md).",
    subcommands = {PolicyCommand.Show.class, PolicyCommand.Validate.class})
final class PolicyCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** One line naming a valid policy: id, version, SHA-256 and its knock-outs and grades. */
  static String describe(Policy p) {
    return String.format(
        java.util.Locale.ROOT,
        "policy %s version %s, sha256 %s: %d knock-outs, cut-offs approve ≥ %d and refer ≥ %d,"
            + " %d grades",
        p.policyId(),
        p.version(),
        p.sha256(),
        p.knockOuts().size(),
        p.cutOffs().approveMin(),
        p.cutOffs().referMin(),
        p.grades().size());
  }

  static Policy load(Path file) {
    try {
      return file == null ? PolicyFile.defaults() : PolicyFile.load(file);
    } catch (PolicyException e) {
      throw new IllegalArgumentException("policy refused: " + e.getMessage(), e);
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Print a policy (default: the one shipped with Saakh): a line with its id, version and",
        "SHA-256 (the one decision records name), then its YAML as written."
      })
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A policy YAML file.")
    Path file;

    @Override
    public Integer call() throws IOException {
      Policy p = load(file);
      byte[] yaml = file == null ? PolicyFile.defaultBytes() : Files.readAllBytes(file);
      PrintWriter out = spec.commandLine().getOut();
      out.println("# " + describe(p));
      out.print(new String(yaml, StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Check a policy file against the schema and its rules; print one line saying it is valid",
        "(with its SHA-256), or why not, naming the field. Exit 0 valid, 2 refused."
      })
  static final class Validate implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The policy YAML file.")
    Path file;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(file + ": valid " + describe(load(file)));
      return 0;
    }
  }
}
