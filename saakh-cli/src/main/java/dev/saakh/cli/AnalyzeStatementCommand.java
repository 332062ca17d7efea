package dev.saakh.cli;

import dev.saakh.core.clean.Duplicate;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.ReasonCode;
import dev.saakh.core.features.BehaviouralFeatures;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.statement.DuplicateLine;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementFiles;
import dev.saakh.core.statement.StatementReport;
import dev.saakh.core.statement.StatementSet;
import dev.saakh.files.OfficeSheets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saakh analyze-statement FILE…}: one customer's statement, from one or several files of any
 * format Saakh reads, as its behavioural feature vector and what reading it found, as JSON.
 */
@Command(
    name = "analyze-statement",
    mixinStandardHelpOptions = true,
    description = {
      "Read one customer's bank statement from one or several files, clean them once as one"
          + " statement (a transaction in two overlapping files is one duplicate) and print the"
          + " consumer behavioural feature vector (DESIGN §6) as JSON, with each file read, the"
          + " entries quarantined (and why, by file and entry), the duplicates removed and the"
          + " balance-chain breaks.",
      "Each file's format is told by its content: ReBIT DEPOSIT JSON or XML and AA gateways'"
          + " envelopes around it, a ReBIT consent, a bank's CSV, XLS, XLSX or text PDF download,"
          + " or clean transactions NDJSON as 'saakh clean' writes (read on its own). A"
          + " password-protected PDF or workbook is opened with --password or --password-file;"
          + " without one that opens it, or when scanned, a PDF is refused saying so.",
      "Exits 2 when a file is not a statement, nothing was read from it, or no transaction"
          + " survives cleaning."
    })
final class AnalyzeStatementCommand implements Callable<Integer> {
  private static final Dataset TXN = Dataset.TRANSACTIONS;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The statement's files, all of one customer.")
  List<Path> files;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "A password to open a protected PDF or Excel file with (banks send e-statements under"
              + " one); repeat for several. It shows in the shell's history: prefer"
              + " --password-file.")
  List<String> passwords = new ArrayList<>();

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "A UTF-8 file of passwords, one per line, tried as --password's.")
  Path passwordFile;

  private List<String> passwords() throws IOException {
    List<String> all = new ArrayList<>(passwords);
    if (passwordFile != null) {
      if (!Files.isRegularFile(passwordFile)) {
        throw new IllegalArgumentException("no such password file: " + passwordFile);
      }
      try {
        Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
            .map(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line)
            .filter(line -> !line.isEmpty())
            .forEach(all::add);
      } catch (java.nio.charset.MalformedInputException e) {
        throw new IllegalArgumentException(passwordFile + ": the password file is not UTF-8", e);
      }
    }
    return all;
  }

  @Override
  public Integer call() throws IOException {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such statement file: " + file);
      }
    }
    StatementSet.Result read;
    try {
      read = StatementFiles.read(files, new OfficeSheets(passwords()));
    } catch (StatementException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    StatementData s = read.statement();
    var txns = s.data().transactions();
    List<Quarantined> quarantined = quarantined(s);
    if (txns.isEmpty()) {
      throw new IllegalArgumentException(
          (files.size() == 1 ? files.get(0).toString() : files.size() + " files")
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
    out.put("files", StatementReport.files(s));
    out.put("consents", StatementReport.consents(read.consents()));
    out.put("clean_transactions", txns.size());
    List<Map<String, Object>> duplicates = duplicates(s);
    out.put("duplicate_transactions", duplicates.size());
    out.put("duplicates", duplicates);
    out.put(
        "quarantined_transactions",
        quarantined.stream().filter(q -> q.dataset().equals(TXN.fileName())).count());
    out.put("quarantined", quarantined.stream().map(q -> entry(s, q)).toList());
    out.put("balance_chains", StatementReport.chains(s));
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
  private static Map<String, Object> entry(StatementData s, Quarantined q) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("dataset", q.dataset());
    e.put("line", q.line());
    where(s, q.dataset().equals(TXN.fileName()), q.line(), e);
    e.put("record_id", q.recordId());
    e.put("reasons", q.reasons());
    return e;
  }

  /** The file and entry of a statement line, when the statement was read from several files. */
  private static void where(StatementData s, boolean txn, long line, Map<String, Object> e) {
    StatementReport.Location at = StatementReport.locate(s, txn, line);
    if (at != null) {
      e.put("file", at.file());
      e.put("file_entry", at.entry());
    }
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
        where(s, true, d.line(), e);
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
