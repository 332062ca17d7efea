package dev.saakh.cli;

import dev.saakh.core.features.BehaviouralFeatures;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.BankStatementFile;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code saakh analyze-statement FILE}: one statement's behavioural feature vector as JSON. */
@Command(
    name = "analyze-statement",
    mixinStandardHelpOptions = true,
    description = {
      "Read one bank statement (clean transactions NDJSON as 'saakh clean' writes, or a ReBIT",
      "DEPOSIT JSON document as an AA delivers it, which is cleaned like the lake) and print its",
      "consumer behavioural feature vector (DESIGN §6) as JSON, over the statement's own dates."
    })
final class AnalyzeStatementCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The statement file.")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such statement file: " + file);
    }
    StatementData s;
    try {
      s = BankStatementFile.read(file);
    } catch (StatementException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    var txns = s.data().transactions();
    LocalDate from =
        txns.stream().map(t -> t.date()).min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    LocalDate to =
        txns.stream().map(t -> t.date()).max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    FeatureVector v = BehaviouralFeatures.of(txns, from, to);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer_id", s.customerId());
    out.put("format", s.format());
    out.put("clean_transactions", txns.size());
    out.put(
        "quarantined_transactions",
        s.clean() == null
            ? 0
            : s.clean().dataset(dev.saakh.core.lake.Dataset.TRANSACTIONS).quarantined().size());
    out.put("behavioral_signals", v);
    spec.commandLine()
        .getOut()
        .println(LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    return 0;
  }
}
