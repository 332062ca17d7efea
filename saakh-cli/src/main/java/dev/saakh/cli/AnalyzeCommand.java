package dev.saakh.cli;

import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.AnomaliesReport;
import dev.saakh.core.analytics.CreditSummary;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.analytics.GstSummary;
import dev.saakh.core.analytics.TransactionSummary;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.money.Money;
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
      "ocen_summary, ondc_summary, earnings_spendings, overall_summary, anomalies_report;",
      "overall_summary holds the behavioural features (a consumer's own, an MSME's per",
      "director) and anomalies_report the GST fraud indicators and statement anomalies, each",
      "with evidence. A figure that cannot be computed is null with a note saying why."
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
    CreditSummary c = (CreditSummary) r.get("credit_summary");
    out.printf(
        Locale.ROOT,
        "%s: %s on %s, %s to %s%n",
        id,
        IndianFormat.count(t.transactions(), "transaction"),
        IndianFormat.count(t.accounts(), "account"),
        t.from(),
        t.to());
    out.printf(
        Locale.ROOT,
        "  average balance on check days: %s; %s, %s%n",
        rupees(t.averageBalance()),
        IndianFormat.count(t.emiCount(), "EMI"),
        IndianFormat.count(t.bounceCount(), "bounce", "bounces"));
    out.println("  " + gst((GstSummary) r.get("gst_summary")));
    out.printf(
        Locale.ROOT,
        "  bureau: %s, %s, EMIs %s a month%n",
        c.score() == null ? c.scoreNote() : "score " + c.score(),
        IndianFormat.count(c.openAccounts(), "open account"),
        rupees(c.monthlyObligations()));
    AnomaliesReport a = (AnomaliesReport) r.get("anomalies_report");
    out.printf(
        Locale.ROOT,
        "  %s, highest severity %s%n",
        IndianFormat.count(a.count(), "anomaly", "anomalies"),
        a.highestSeverity());
    out.printf(
        Locale.ROOT,
        "wrote %s to %s%n",
        IndianFormat.count(r.size(), "report"),
        lake.analytics(id, "x").getParent());
  }

  /** The GST line: returns, turnover and filing discipline, or that there are none. */
  static String gst(GstSummary g) {
    String fraud = "fraud severity " + g.fraud().severity() + " (" + g.fraud().summary() + ")";
    if (g.returnsFiled() == 0) {
      return "GST: no returns; " + fraud;
    }
    return String.format(
        Locale.ROOT,
        "GST: %s, turnover %s, %s; %s",
        IndianFormat.count(g.returnsFiled(), "return"),
        rupees(g.totalTurnover()),
        g.onTimeRate() == null
            ? "on-time rate n/a"
            : String.format(Locale.ROOT, "%.0f%% on time", g.onTimeRate() * 100),
        fraud);
  }

  /** Lakh-grouped rupees, or n/a where the figure is null. */
  static String rupees(Money m) {
    return m == null ? "n/a" : IndianFormat.rupees(m);
  }
}
