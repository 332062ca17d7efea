package dev.saakh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.Money;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.core.policy.Policy;
import dev.saakh.synth.config.GeneratorConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saakh decision verify FILE}: does a decision record reproduce from its inputs? */
@Command(
    name = "decision",
    mixinStandardHelpOptions = true,
    description = "Work with decision records (LAKE/decisions/ID/decision.json).",
    subcommands = {DecisionCommand.Verify.class})
final class DecisionCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Re-run a decision record from its recorded inputs (the lake's raw or clean files, or the",
        "simulator's seed), policy, request and time, and say whether it reproduces byte for",
        "byte. Exit 0 it does; 5 it does not (the first difference is named); 2 bad input."
      })
  static final class Verify implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A decision record, current or from history/.")
    Path file;

    @Option(
        names = "--lake",
        paramLabel = "LAKE",
        description = "The lake the inputs are in (default: the lake the file is in).")
    Path lake;

    @Option(
        names = "--policy",
        paramLabel = "FILE",
        description = "The policy it was decided under (default: the shipped policy).")
    Path policy;

    @Override
    public Integer call() throws IOException {
      byte[] recorded = read(file);
      JsonNode r = LakeJson.mapper().readTree(recorded);
      String id = text(r, "/customer_id");
      PrintWriter out = spec.commandLine().getOut();
      Policy p = PolicyCommand.load(policy);
      if (!p.sha256().equals(text(r, "/policy/sha256"))) {
        return failed(
            String.format(
                "decided under policy %s version %s (sha256 %s), but the policy given is %s"
                    + " version %s (sha256 %s); pass the policy file it was decided under with"
                    + " --policy",
                text(r, "/policy/id"),
                text(r, "/policy/version"),
                text(r, "/policy/sha256"),
                p.policyId(),
                p.version(),
                p.sha256()));
      }
      Clock at = Clock.fixed(time(r).toInstant(), ZoneOffset.UTC);
      DataSource from = source(text(r, "/data/source"));
      CustomerSource source = new CustomerSource(layout(), simulator(r, from));
      Underwriting.Result again = source.underwrite(new Underwriting(p, at), id, request(r), from);
      if (again instanceof Underwriting.Stopped stop) {
        return failed("re-running it stops the customer: " + stop.reason());
      }
      Underwriting.Decided d = (Underwriting.Decided) again;
      if (!d.record().inputSha256().equals(text(r, "/input_sha256"))) {
        return failed(
            "its inputs have changed: recorded sha256 "
                + text(r, "/input_sha256")
                + ", the lake's now "
                + d.record().inputSha256());
      }
      String difference = firstDifference(recorded, JsonFile.bytes(d.record()));
      if (difference != null) {
        return failed("the same inputs give a different record: " + difference);
      }
      out.println(file + ": reproduces byte for byte (" + id + ", " + from.text() + ")");
      return 0;
    }

    private int failed(String why) {
      spec.commandLine().getOut().println(file + ": does not reproduce: " + why);
      return Main.CHECK_FAILED;
    }

    private LakeLayout layout() {
      if (lake != null) {
        return new LakeLayout(lake);
      }
      for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
        if (p.getFileName() != null && p.getFileName().toString().equals("decisions")) {
          return new LakeLayout(p.getParent());
        }
      }
      throw new IllegalArgumentException(
          file + " is not inside a lake's decisions/ folder; name the lake with --lake");
    }

    private static DataSource source(String name) {
      for (DataSource s : DataSource.values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      throw new IllegalArgumentException("not a decision record: data.source is '" + name + "'");
    }

    private static GeneratorConfig simulator(JsonNode r, DataSource from) {
      if (from != DataSource.SIMULATED) {
        return null;
      }
      return GeneratorConfig.defaults(LocalDate.parse(text(r, "/data/generated_as_of")))
          .withSeed(r.at("/data/generator_seed").asLong());
    }

    private static Decider.Request request(JsonNode r) {
      JsonNode amount = r.at("/requested_amount");
      JsonNode tenure = r.at("/requested_tenure_months");
      return new Decider.Request(
          amount.isNumber() ? Money.of(amount.decimalValue()) : null,
          tenure.isInt() ? tenure.asInt() : null);
    }

    private static OffsetDateTime time(JsonNode r) {
      try {
        return OffsetDateTime.parse(text(r, "/decided_at"));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("decided_at is not a date and time", e);
      }
    }

    private byte[] read(Path f) throws IOException {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no such decision record: " + f);
      }
      return Files.readAllBytes(f);
    }

    private static String text(JsonNode r, String pointer) {
      JsonNode n = r.at(pointer);
      if (!n.isTextual()) {
        throw new IllegalArgumentException(
            "not a decision record: " + pointer.substring(1).replace('/', '.') + " is missing");
      }
      return n.asText();
    }

    /** The first line that differs, or null when the bytes are the same. */
    static String firstDifference(byte[] a, byte[] b) {
      String[] x = new String(a, StandardCharsets.UTF_8).split("\n", -1);
      String[] y = new String(b, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < Math.max(x.length, y.length); i++) {
        String u = i < x.length ? x[i] : "(end of file)";
        String v = i < y.length ? y[i] : "(end of file)";
        if (!u.equals(v)) {
          return "line " + (i + 1) + " is " + u.strip() + " in the file, " + v.strip() + " now";
        }
      }
      return null;
    }
  }
}
