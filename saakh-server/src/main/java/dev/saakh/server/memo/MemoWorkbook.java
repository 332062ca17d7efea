package dev.saakh.server.memo;

import dev.saakh.server.memo.CreditMemo.Fact;
import dev.saakh.server.memo.CreditMemo.Header;
import dev.saakh.server.memo.CreditMemo.Limit;
import dev.saakh.server.memo.CreditMemo.Month;
import dev.saakh.server.memo.CreditMemo.Offer;
import dev.saakh.server.memo.CreditMemo.Rule;
import dev.saakh.server.memo.CreditMemo.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The credit memo as an XLSX workbook, with the sheets of a bank-statement analyser: Overview,
 * Monthly Analysis, EOD Balances, Transactions, Top Credits, Top Debits, Counterparties, EMIs &amp;
 * Bounces, GST, Fraud, Decision and (with an offer) Repayment Schedule. Streamed (SXSSF), so a
 * statement of any length is written in bounded memory.
 */
public final class MemoWorkbook {
  /** The sheets, in order (Repayment Schedule only when the decision has an offer). */
  public static final List<String> SHEETS =
      List.of(
          "Overview",
          "Monthly Analysis",
          "EOD Balances",
          "Transactions",
          "Top Credits",
          "Top Debits",
          "Counterparties",
          "EMIs & Bounces",
          "GST",
          "Fraud",
          "Decision",
          "Repayment Schedule");

  private MemoWorkbook() {}

  public static byte[] render(CreditMemo memo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
    write(memo, out);
    return out.toByteArray();
  }

  /** Writes the workbook to {@code out} (not closed). */
  public static void write(CreditMemo memo, OutputStream out) {
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      Table.Styles s = new Table.Styles(wb);
      overview(wb, s, memo);
      monthly(wb, s, memo.banking().months());
      WorkbookSheets.eod(wb, s, memo.transactions());
      WorkbookSheets.transactions(wb, s, memo.transactions());
      WorkbookSheets.top(wb, s, "Top Credits", memo.transactions(), true);
      WorkbookSheets.top(wb, s, "Top Debits", memo.transactions(), false);
      WorkbookSheets.counterparties(wb, s, memo.banking());
      WorkbookSheets.emisAndBounces(wb, s, memo.transactions());
      WorkbookSheets.gst(wb, s, memo.gst());
      WorkbookSheets.fraud(wb, s, memo);
      decision(wb, s, memo.verdict());
      schedule(wb, s, memo.verdict().offer());
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the workbook could not be written", e);
    } finally {
      wb.dispose();
      try {
        wb.close();
      } catch (IOException e) {
        // closing a workbook whose temporary files are already disposed of
      }
    }
  }

  private static void overview(SXSSFWorkbook wb, Table.Styles s, CreditMemo m) {
    Table t = new Table(wb, s, "Overview", List.of("Section", "Item", "Value"), 16, 48, 60);
    Header h = m.header();
    Verdict v = m.verdict();
    String policy = h.policyId() == null ? null : h.policyId() + " " + h.policyVersion();
    Object[][] head = {
      {"Customer", h.customerId()},
      {"Name", h.name()},
      {"Segment", h.segment()},
      {"Decision", h.decisionId()},
      {"Decided at", h.decidedAt()},
      {"Policy", policy},
      {"Consent", h.consentId()},
      {"Purpose", h.purposeCode() == null ? null : h.purposeCode() + " " + h.purposeText()},
      {"FI data from", h.fiDataFrom()},
      {"FI data to", h.fiDataTo()},
      {"Consent expires", h.consentExpiry()},
      {"Outcome", v.outcome()},
      {"Decided by", v.decidedBy()},
      {"Score", v.score()},
      {"Band", v.band()},
      {"Grade", v.grade()},
      {"Amount", v.amount()}
    };
    for (Object[] r : head) {
      t.row().text("Customer").text((String) r[0]);
      if (r[1] instanceof java.time.LocalDate d) {
        t.date(d);
      } else if (r[1] instanceof BigDecimal d) {
        t.rupees(d);
      } else if (r[1] instanceof Integer i) {
        t.count(i.longValue());
      } else {
        t.text(r[1] == null ? null : r[1].toString());
      }
    }
    section(t, "Banking", m.banking().facts());
    section(t, "GST", m.gst().facts());
    section(t, "Bureau", m.bureau());
    section(t, "Insurance", m.insurance());
    section(t, "Mutual funds", m.funds());
    section(t, "OCEN", m.ocen());
    section(t, "ONDC", m.ondc());
    t.finish();
  }

  private static void section(Table t, String name, List<Fact> facts) {
    facts.forEach(f -> t.row().text(name).text(f.label()).fact(f));
  }

  private static void monthly(SXSSFWorkbook wb, Table.Styles s, List<Month> months) {
    Table t =
        new Table(
            wb,
            s,
            "Monthly Analysis",
            List.of("Month", "Data", "Inflow", "Outflow", "Net", "Credits", "Debits"),
            10,
            10,
            18,
            18,
            18,
            9,
            9);
    for (Month m : months) {
      t.row().text(m.month()).text(m.status()).rupees(m.inflow()).rupees(m.outflow());
      t.rupees(m.net()).count(m.credits()).count(m.debits());
    }
    t.finish();
  }

  private static void decision(SXSSFWorkbook wb, Table.Styles s, Verdict v) {
    Table t =
        new Table(
            wb,
            s,
            "Decision",
            List.of("Part", "Id", "Figure", "Test", "Fired", "Outcome", "Text"),
            12,
            26,
            16,
            34,
            7,
            10,
            80);
    t.row().text("Outcome").text(v.decidedBy()).count(v.score() == null ? null : (long) v.score());
    t.text(null)
        .text(null)
        .text(v.outcome())
        .text("score, band " + v.band() + ", grade " + v.grade());
    v.subScores()
        .forEach(
            x ->
                t.row()
                    .text("Sub-score")
                    .text(x.kind())
                    .count(x.score() == null ? null : (long) x.score()));
    v.reasons()
        .forEach(
            r ->
                t.row()
                    .text("Reason")
                    .text(r.code())
                    .text(null)
                    .text(r.observation())
                    .text(null)
                    .text(null)
                    .text(r.text()));
    for (Rule r : v.rules()) {
      t.row().text("Rule").text(r.id()).decimal(r.observed()).text(r.test());
      t.text(r.fired() ? "yes" : "no").text(r.outcome()).text(r.reason());
    }
    for (Limit l : v.limits()) {
      t.row().text("Limit").text(l.name()).rupees(l.amount()).text(null);
      t.text(l.binds() ? "binds" : "").text(null).text(l.basis());
    }
    v.notice()
        .forEach(
            n ->
                t.row()
                    .text("Notice")
                    .text(null)
                    .text(null)
                    .text(null)
                    .text(null)
                    .text(null)
                    .text(n));
    offer(t, v.offer());
    t.finish();
  }

  private static void offer(Table t, Offer o) {
    if (o == null) {
      return;
    }
    offerRow(t, "principal", o.principal());
    offerRow(t, "emi", o.emi());
    offerRow(t, "processing_fee", o.processingFee());
    offerRow(t, "gst_on_processing_fee", o.gstOnProcessingFee());
    offerRow(t, "total_upfront_charges", o.totalUpfrontCharges());
    offerRow(t, "net_disbursed_amount", o.netDisbursedAmount());
    offerRow(t, "total_interest", o.totalInterest());
    offerRow(t, "total_payable", o.totalPayable());
    t.row()
        .text("Offer")
        .text("tenure_months")
        .count(o.tenureMonths() == null ? null : (long) o.tenureMonths());
    t.row().text("Offer").text("annual_rate_percent").decimal(o.annualRatePercent());
    t.row().text("Offer").text("annual_percentage_rate").decimal(o.annualPercentageRate());
  }

  private static void offerRow(Table t, String name, BigDecimal amount) {
    t.row().text("Offer").text(name).rupees(amount);
  }

  private static void schedule(SXSSFWorkbook wb, Table.Styles s, Offer o) {
    if (o == null) {
      return;
    }
    Table t =
        new Table(
            wb,
            s,
            "Repayment Schedule",
            List.of("No.", "Opening principal", "Interest", "Principal", "Instalment", "Closing"),
            6,
            18,
            16,
            16,
            16,
            18);
    for (CreditMemo.Instalment i : o.schedule()) {
      t.row().count((long) i.number()).rupees(i.openingPrincipal()).rupees(i.interest());
      t.rupees(i.principal()).rupees(i.instalment()).rupees(i.closingPrincipal());
    }
    t.finish();
  }
}
