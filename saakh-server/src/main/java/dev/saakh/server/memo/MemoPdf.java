package dev.saakh.server.memo;

import static dev.saakh.server.memo.Figures.count;
import static dev.saakh.server.memo.Figures.percent;
import static dev.saakh.server.memo.Figures.rupees;
import static dev.saakh.server.memo.Figures.text;
import static dev.saakh.server.memo.Xhtml.num;

import dev.saakh.server.memo.CreditMemo.Anomaly;
import dev.saakh.server.memo.CreditMemo.Fact;
import dev.saakh.server.memo.CreditMemo.Header;
import dev.saakh.server.memo.CreditMemo.Offer;
import dev.saakh.server.memo.CreditMemo.Party;
import dev.saakh.server.memo.CreditMemo.Split;
import dev.saakh.server.memo.CreditMemo.Verdict;
import java.util.ArrayList;
import java.util.List;

/** The credit memo as PDF: header, decision, notice, banking, GST, anomalies and the rest. */
public final class MemoPdf {
  private static final int EVIDENCE_SHOWN = 12;

  private MemoPdf() {}

  public static byte[] render(CreditMemo memo) {
    return Pdf.render(xhtml(memo));
  }

  /** The memo as an XHTML document (what {@link #render} lays out). */
  static String xhtml(CreditMemo m) {
    Header h = m.header();
    Xhtml x =
        Xhtml.document(
            "Credit memo " + h.customerId() + " " + h.decisionId(),
            Pdf.css(" .REJECT { color: #a40000; } .APPROVE { color: #0a6b1f; }"));
    header(x, h);
    decision(x, m.verdict());
    notice(x, m.verdict());
    MemoPdfData.banking(x, m);
    MemoPdfData.gst(x, m.gst());
    anomalies(x, m.anomalies());
    facts(x, "Bureau", m.bureau());
    facts(x, "Insurance", m.insurance());
    facts(x, "Mutual funds", m.funds());
    facts(x, "OCEN loan applications", m.ocen());
    facts(x, "ONDC orders", m.ondc());
    return x.finish();
  }

  private static void header(Xhtml x, Header h) {
    x.leaf(
        "h1",
        "Credit memo — " + (h.name() == null ? h.customerId() : h.name() + " · " + h.customerId()));
    List<Fact> f = new ArrayList<>();
    f.add(Fact.text("Customer", h.customerId()));
    f.add(Fact.text("Segment", h.segment()));
    f.add(Fact.text("Decision", h.decisionId()));
    f.add(Fact.text("Decided at", h.decidedAt()));
    f.add(Fact.text("Engine", h.engineVersion()));
    f.add(
        Fact.text(
            "Policy",
            h.policyId() == null
                ? null
                : h.policyId()
                    + " version "
                    + h.policyVersion()
                    + " (sha256 "
                    + h.policySha256()
                    + ")"));
    f.add(Fact.text("Consent", h.consentId()));
    f.add(
        Fact.text(
            "Purpose",
            h.purposeCode() == null ? null : h.purposeCode() + " " + text(h.purposeText())));
    f.add(
        Fact.text(
            "FI data range",
            h.fiDataFrom() == null ? null : h.fiDataFrom() + " to " + text(h.fiDataTo())));
    f.add(Fact.text("Consent expires", h.consentExpiry()));
    factTable(x, f);
  }

  private static void decision(Xhtml x, Verdict v) {
    x.leaf("h2", "Decision");
    x.leaf("p", v.outcome(), "class", "outcome " + v.outcome());
    List<Fact> f = new ArrayList<>();
    f.add(Fact.text("Decided by", v.decidedBy()));
    f.add(
        Fact.text(
            "Score", v.score() == null ? null : v.score() + " of 100 (" + text(v.band()) + ")"));
    f.add(Fact.text("Grade", v.grade()));
    v.subScores().forEach(s -> f.add(Fact.text("Sub-score " + s.kind(), text(s.score()))));
    f.add(Fact.text("Amount", v.amount() == null ? null : rupees(v.amount())));
    factTable(x, f);
    if (!v.reasons().isEmpty()) {
      x.leaf("h3", "Reason codes");
      x.table(
          List.of("Code", "Reason"),
          v.reasons().stream().map(r -> List.of(text(r.code()), text(r.text()))).toList(),
          "reasons");
    }
    x.leaf("h3", "Knock-outs that fired");
    if (v.knockOuts().isEmpty()) {
      x.leaf("p", "None.", "class", "muted");
    } else {
      x.table(
          List.of("Rule", "Test", "Observed", "Outcome", "Reason"),
          v.knockOuts().stream()
              .map(
                  r ->
                      List.of(
                          text(r.id()),
                          text(r.test()),
                          num(Figures.plain(r.observed())),
                          text(r.outcome()),
                          text(r.reason())))
              .toList(),
          "rules");
    }
    limits(x, v);
    offer(x, v.offer());
  }

  private static void limits(Xhtml x, Verdict v) {
    if (v.limits().isEmpty()) {
      return;
    }
    x.leaf("h3", "Limits (the smallest binds)");
    x.table(
        List.of("Limit", "Amount", "Basis", "Binds"),
        v.limits().stream()
            .map(
                l ->
                    List.of(
                        text(l.name()),
                        num(rupees(l.amount())),
                        text(l.basis()),
                        l.binds() ? "binds" : ""))
            .toList(),
        "limits");
  }

  private static void offer(Xhtml x, Offer o) {
    if (o == null) {
      return;
    }
    x.leaf("h3", "Offer");
    factTable(
        x,
        List.of(
            Fact.text("Loan amount", rupees(o.principal())),
            Fact.text("Tenure", o.tenureMonths() + " months"),
            Fact.text("Interest rate", Figures.plain(o.annualRatePercent()) + "% a year"),
            Fact.text("EMI", rupees(o.emi())),
            Fact.text(
                "Processing fee", text(o.processingFeeTerms()) + ": " + rupees(o.processingFee())),
            Fact.text("GST on the fee", rupees(o.gstOnProcessingFee())),
            Fact.text("Net disbursed", rupees(o.netDisbursedAmount())),
            Fact.text("Total interest", rupees(o.totalInterest())),
            Fact.text("Total payable", rupees(o.totalPayable())),
            Fact.text("APR", Figures.plain(o.annualPercentageRate()) + "%")));
    x.leaf(
        "p", "The repayment schedule is in the Key Facts Statement (kfs.pdf).", "class", "muted");
  }

  private static void notice(Xhtml x, Verdict v) {
    if (v.notice().isEmpty()) {
      return;
    }
    x.leaf("h2", "REJECT".equals(v.outcome()) ? "Notice to the borrower" : "Why no decision");
    x.open("ul");
    v.notice().forEach(n -> x.leaf("li", n));
    x.close();
  }

  private static void anomalies(Xhtml x, List<Anomaly> anomalies) {
    x.leaf("h2", "Anomalies");
    if (anomalies.isEmpty()) {
      x.leaf("p", "None found.", "class", "muted");
      return;
    }
    x.table(
        List.of("Anomaly", "Severity", "Explanation", "Periods", "Evidence"),
        anomalies.stream()
            .map(
                a ->
                    List.of(
                        text(a.code()),
                        text(a.severity()),
                        text(a.explanation()),
                        shortList(a.periods()),
                        shortList(a.evidence())))
            .toList(),
        "anomalies");
  }

  static String shortList(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() <= EVIDENCE_SHOWN) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, EVIDENCE_SHOWN))
        + " and "
        + (items.size() - EVIDENCE_SHOWN)
        + " more (see the workbook)";
  }

  static void facts(Xhtml x, String title, List<Fact> facts) {
    x.leaf("h2", title);
    if (facts.isEmpty()) {
      x.leaf("p", "No data.", "class", "muted");
      return;
    }
    factTable(x, facts);
  }

  static void factTable(Xhtml x, List<Fact> facts) {
    x.open("table", "class", "facts").open("tbody");
    for (Fact f : facts) {
      x.open("tr").leaf("td", f.label());
      if (f.kind() == CreditMemo.Kind.TEXT) {
        x.leaf("td", f.display());
      } else {
        x.leaf("td", f.display(), "class", "num");
      }
      x.close();
    }
    x.close().close();
  }

  static List<List<String>> splits(List<Split> splits) {
    return splits.stream()
        .map(
            s ->
                List.of(
                    text(s.name()),
                    num(rupees(s.credits())),
                    num(rupees(s.debits())),
                    num(count(s.count()))))
        .toList();
  }

  static List<List<String>> parties(List<Party> parties) {
    return parties.stream()
        .map(
            p ->
                List.of(
                    text(p.name()),
                    num(rupees(p.amount())),
                    num(count(p.count())),
                    num(percent(p.share()))))
        .toList();
  }
}
