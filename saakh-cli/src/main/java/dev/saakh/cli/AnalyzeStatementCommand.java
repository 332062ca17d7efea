package dev.saakh.cli;

import dev.saakh.core.clean.Duplicate;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.ReasonCode;
import dev.saakh.core.features.BehaviouralFeatures;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.statement.BankStatementFile;
import dev.saakh.core.statement.DuplicateLine;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
      "consumer behavioural feature vector (DESIGN §6) as JSON, over the statement's own dates,",
      "with the repeated lines removed and the entries quarantined (and why). Exits 2 when the",
      "file is not a statement or no transaction survives cleaning."
    })
final class AnalyzeStatementCommand implements Callable<Integer> {
  private static final Dataset TXN = Dataset.TRANSACTIONS;

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
    List<Quarantined> quarantined = quarantined(s);
    if (txns.isEmpty()) {
      throw new IllegalArgumentException(
          file
              + ": no transaction survived cleaning ("
              + IndianFormat.count(quarantined.size(), "entry", "entries")
              + " quarantined"
              + reasons(quarantined)
              + "); nothing to analyse");
    }
    LocalDate from =
        txns.stream().map(t -> t.date()).min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    LocalDate to =
        txns.stream().map(t -> t.date()).max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    FeatureVector v = BehaviouralFeatures.of(txns, from, to);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("customer_id", s.customerId());
    out.put("format", s.format());
    out.put("clean_transactions", txns.size());
    List<Map<String, Object>> duplicates = duplicates(s);
    out.put("duplicate_transactions", duplicates.size());
    out.put("duplicates", duplicates);
    out.put(
        "quarantined_transactions",
        quarantined.stream().filter(q -> q.dataset().equals(TXN.fileName())).count());
    out.put("quarantined", quarantined.stream().map(AnalyzeStatementCommand::entry).toList());
    out.put("behavioral_signals", v);
    spec.commandLine()
        .getOut()
        .println(LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    return 0;
  }

  /** What cleaning set aside, accounts and transactions, in file order (none for clean NDJSON). */
  private static List<Quarantined> quarantined(StatementData s) {
    if (s.clean() == null) {
      return List.of();
    }
    List<Quarantined> all = new ArrayList<>(s.clean().dataset(Dataset.ACCOUNTS).quarantined());
    all.addAll(s.clean().dataset(TXN).quarantined());
    return all;
  }

  /** One quarantine entry as the output shows it: where, which record, and why. */
  private static Map<String, Object> entry(Quarantined q) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("dataset", q.dataset());
    e.put("line", q.line());
    e.put("record_id", q.recordId());
    e.put("reasons", q.reasons());
    return e;
  }

  /** Removed repeats: exact repeated lines of clean NDJSON, or what the cleaner removed. */
  private static List<Map<String, Object>> duplicates(StatementData s) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DuplicateLine d : s.duplicates()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("line", d.line());
      e.put("transaction_id", d.transactionId());
      e.put("duplicate_of_line", d.firstLine());
      out.add(e);
    }
    if (s.clean() != null) {
      for (Duplicate d : s.clean().dataset(TXN).duplicates()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line", d.line());
        e.put("transaction_id", d.recordId());
        e.put("duplicate_of", d.duplicateOf());
        e.put("match", d.match());
        out.add(e);
      }
    }
    return out;
  }

  /** {@code ": 3 UNPARSEABLE_AMOUNT, 1 MISSING_FIELD"}: the reasons by count, commonest first. */
  private static String reasons(List<Quarantined> quarantined) {
    Map<ReasonCode, Long> byCode = new TreeMap<>();
    for (Quarantined q : quarantined) {
      q.reasons().forEach(r -> byCode.merge(r.code(), 1L, Long::sum));
    }
    if (byCode.isEmpty()) {
      return "";
    }
    return ": "
        + byCode.entrySet().stream()
            .sorted(Map.Entry.<ReasonCode, Long>comparingByValue().reversed())
            .map(e -> IndianFormat.count(e.getValue()) + " " + e.getKey().name())
            .collect(Collectors.joining(", "));
  }
}
