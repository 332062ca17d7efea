package dev.saakh.cli;

import dev.saakh.core.decide.Decision;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.core.pipeline.Underwriting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One row per customer of an {@code underwrite --all} run, written as {@code decisions/summary.csv}
 * and {@code decisions/summary.ndjson}: who was decided how, or who was stopped and why.
 *
 * @param outcome APPROVE, REFER, REJECT or STOPPED
 * @param decidedBy the deciding rule, or for STOPPED the stop reason
 */
record BatchSummary(
    String customerId,
    String outcome,
    Integer score,
    BigDecimal amount,
    String bindingLimit,
    String decidedBy) {
  static final String STOPPED = "STOPPED";
  private static final String HEADER = "customer_id,outcome,score,amount,binding_limit,decided_by";

  static BatchSummary of(Underwriting.Result result) {
    if (result instanceof Underwriting.Stopped s) {
      return new BatchSummary(s.customerId(), STOPPED, null, null, null, s.reason());
    }
    DecisionRecord r = ((Underwriting.Decided) result).record();
    Decision d = r.decision();
    return new BatchSummary(
        r.customerId(),
        d.outcome().name(),
        d.score().score(),
        d.amount() == null ? null : d.amount().amount(),
        d.bindingLimit(),
        d.decidedBy());
  }

  boolean stopped() {
    return outcome.equals(STOPPED);
  }

  /** Writes both files of the run; returns the CSV's path. */
  static Path write(LakeLayout lake, List<BatchSummary> rows) throws IOException {
    Path dir = lake.decision("x").getParent().getParent();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    StringBuilder ndjson = new StringBuilder();
    for (BatchSummary row : rows) {
      csv.append(csvRow(row)).append('\n');
      ndjson.append(LakeJson.mapper().writeValueAsString(row)).append('\n');
    }
    Path file = dir.resolve("summary.csv");
    JsonFile.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
    JsonFile.write(
        dir.resolve("summary.ndjson"), ndjson.toString().getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private static String csvRow(BatchSummary r) {
    return String.join(
        ",",
        cell(r.customerId),
        cell(r.outcome),
        r.score == null ? "" : r.score.toString(),
        r.amount == null ? "" : r.amount.toPlainString(),
        cell(r.bindingLimit),
        cell(r.decidedBy));
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.matches("(?s).*[,\"\\r\\n].*")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
