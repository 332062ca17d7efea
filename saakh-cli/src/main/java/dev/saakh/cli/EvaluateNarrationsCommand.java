package dev.saakh.cli;

import dev.saakh.core.clean.NarrationEvaluation;
import dev.saakh.core.clean.NarrationEvaluation.Field;
import dev.saakh.core.clean.NarrationEvaluation.Score;
import dev.saakh.core.clean.NarrationGoldenSet;
import dev.saakh.core.clean.NarrationParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saakh evaluate-narrations}: the narration parser measured against a labelled set. */
@Command(
    name = "evaluate-narrations",
    mixinStandardHelpOptions = true,
    description = {
      "Read every narration of a labelled TSV (columns split, bank, type, narration, channel,",
      "direction, counterparty, vpa, reference, category, source) with the shipped narration",
      "rules and print, per field, the share read as labelled: overall, per split and per bank;",
      "then the most frequent confusions (label → what was read) with example narrations."
    })
final class EvaluateNarrationsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The labelled narrations (TSV).")
  Path file;

  @Option(
      names = "--confusions",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many confusions to print (default ${DEFAULT-VALUE}).")
  int confusions;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    NarrationGoldenSet set;
    try {
      set = NarrationGoldenSet.read(file);
    } catch (NarrationGoldenSet.Malformed e) {
      err.println("saakh: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("saakh: " + file + ": no such file");
      return Main.BAD_INPUT;
    } catch (AccessDeniedException e) {
      err.println("saakh: " + file + ": permission denied");
      return Main.IO_ERROR;
    } catch (java.nio.charset.CharacterCodingException e) {
      err.println("saakh: " + file + ": not UTF-8 text");
      return Main.BAD_INPUT;
    }
    if (confusions < 0) {
      err.println("saakh: --confusions must not be negative, was " + confusions);
      return Main.BAD_INPUT;
    }
    if (set.cases().isEmpty()) {
      err.println("saakh: " + file + ": no labelled narrations after the header");
      return Main.BAD_INPUT;
    }
    NarrationParser parser = NarrationParser.defaults();
    NarrationEvaluation e = NarrationEvaluation.of(set, parser);
    print(spec.commandLine().getOut(), e, parser.rulesVersion(), confusions);
    return 0;
  }

  static void print(PrintWriter out, NarrationEvaluation e, String rules, int confusions) {
    out.printf(
        Locale.ROOT, "narrations: %d (rules %s)%n", e.narrations(), rules == null ? "?" : rules);
    Map<String, Map<Field, Score>> columns = new LinkedHashMap<>();
    columns.put("overall", e.overall());
    e.bySplit().forEach(columns::put);
    table(out, "by split", columns);
    table(out, "by bank", e.byBank());
    out.println();
    List<NarrationEvaluation.Confusion> all = e.confusions();
    out.printf(
        Locale.ROOT,
        "top confusions (%d of %d kinds; field: label → read, count):%n",
        Math.min(confusions, all.size()),
        all.size());
    for (NarrationEvaluation.Confusion c : all.subList(0, Math.min(confusions, all.size()))) {
      out.printf(
          Locale.ROOT,
          "  %-12s %s → %s  ×%d%n",
          c.field().name().toLowerCase(Locale.ROOT),
          c.expected(),
          c.got(),
          c.count());
      for (String example : c.examples()) {
        out.printf(Locale.ROOT, "      %s%n", example);
      }
    }
  }

  /** One row per field, one column per entry of {@code columns}: accuracy (and hits/total). */
  private static void table(PrintWriter out, String title, Map<String, Map<Field, Score>> columns) {
    out.println();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s", title));
    columns.keySet().forEach(k -> head.append(String.format(Locale.ROOT, " %14s", k)));
    out.println(head.toString().stripTrailing());
    for (Field f : Field.values()) {
      StringBuilder row =
          new StringBuilder(
              String.format(Locale.ROOT, "  %-12s", f.name().toLowerCase(Locale.ROOT)));
      for (Map<Field, Score> scores : columns.values()) {
        Score s = scores.get(f);
        String cell =
            s == null || s.total() == 0
                ? "n/a"
                : String.format(Locale.ROOT, "%.4f %3d/%-3d", s.accuracy(), s.hits(), s.total());
        row.append(String.format(Locale.ROOT, " %14s", cell));
      }
      out.println(row.toString().stripTrailing());
    }
  }
}
