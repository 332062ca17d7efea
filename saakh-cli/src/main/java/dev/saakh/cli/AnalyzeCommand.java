package dev.saakh.cli;

import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.AnomaliesReport;
import dev.saakh.core.analytics.CreditSummary;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.analytics.GstSummary;
import dev.saakh.core.analytics.TransactionSummary;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saakh analyze}: a cleaned customer's analytics reports. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Compute a cleaned customer's ten analytics reports into LAKE/analytics/ID/ID_<report>.json:",
      "transaction_summary, gst_summary, credit_summary, mutual_funds_summary, insurance_summary,",
      "ocen_summary, ondc_summary, earnings_spendings, overall_summary, anomalies_report.",
      "Behavioural features and some anomaly kinds are not built yet (see README)."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LakeOption lake = new LakeOption();

  @Option(names = "--customer", paramLabel = "ID", required = true, description = "Customer.")
  String customer;

  @Override
  public Integer call() throws IOException {
    Settings s = new Settings(System.getenv());
    LakeLayout layout = lake.layout(s);
    String id = customer.trim();
    CustomerData data = CustomerData.read(layout, id);
    Map<String, Object> reports = Analysis.run(data);
    for (Map.Entry<String, Object> e : reports.entrySet()) {
      JsonFile.write(layout.analytics(id, e.getKey()), e.getValue());
    }
    print(spec.commandLine().getOut(), id, reports, layout);
    return 0;
  }

  private static void print(PrintWriter out, String id, Map<String, Object> r, LakeLayout lake) {
    TransactionSummary t = (TransactionSummary) r.get("transaction_summary");
    GstSummary g = (GstSummary) r.get("gst_summary");
    CreditSummary c = (CreditSummary) r.get("credit_summary");
    out.printf(
        Locale.ROOT,
        "%s: %d transactions on %d accounts, %s to %s%n",
        id,
        t.transactions(),
        t.accounts(),
        t.from(),
        t.to());
    out.printf(
        Locale.ROOT,
        "  average balance on check days: %s; EMIs %d, bounces %d%n",
        t.averageBalance() == null ? "n/a" : "₹" + t.averageBalance(),
        t.emiCount(),
        t.bounceCount());
    out.printf(
        Locale.ROOT,
        "  GST: %d returns, turnover ₹%s, %s; fraud severity %s (%s)%n",
        g.returnsFiled(),
        g.totalTurnover(),
        g.onTimeRate() == null
            ? "no filings"
            : String.format(Locale.ROOT, "%.0f%% on time", g.onTimeRate() * 100),
        g.fraud().severity(),
        g.fraud().summary());
    out.printf(
        Locale.ROOT,
        "  bureau: %s, %d open accounts, EMIs ₹%s a month%n",
        c.score() == null ? c.scoreNote() : "score " + c.score(),
        c.openAccounts(),
        c.monthlyObligations());
    AnomaliesReport a = (AnomaliesReport) r.get("anomalies_report");
    out.printf(
        Locale.ROOT, "  anomalies: %d, highest severity %s%n", a.count(), a.highestSeverity());
    out.printf(
        Locale.ROOT, "wrote %d reports to %s%n", r.size(), lake.analytics(id, "x").getParent());
  }
}
