package dev.saakh.server.memo;

import static dev.saakh.server.memo.Figures.count;
import static dev.saakh.server.memo.Figures.rupees;
import static dev.saakh.server.memo.Figures.text;
import static dev.saakh.server.memo.Xhtml.num;

import dev.saakh.server.memo.CreditMemo.Banking;
import dev.saakh.server.memo.CreditMemo.Gst;
import java.util.List;

/** The memo PDF's data sections: the bank statements and the GST returns. */
final class MemoPdfData {
  private MemoPdfData() {}

  static void banking(Xhtml x, CreditMemo m) {
    Banking b = m.banking();
    MemoPdf.facts(x, "Banking", b.facts());
    months(x, b.months());
    x.leaf("h3", "Average balance on days of the month");
    x.table(
        List.of("Day", "Average balance", "Months"),
        b.balanceDays().stream()
            .map(d -> List.of(text(d.day()), num(rupees(d.average())), num(count(d.months()))))
            .toList(),
        "balances");
    List<String> split = List.of("", "Credits", "Debits", "Entries");
    x.leaf("h3", "By category");
    x.table(header(split, "Category"), MemoPdf.splits(b.categories()), "split");
    x.leaf("h3", "By channel");
    x.table(header(split, "Channel"), MemoPdf.splits(b.channels()), "split");
    List<String> party = List.of("", "Amount", "Entries", "Share");
    x.leaf("h3", "Top payers");
    x.table(header(party, "Payer"), MemoPdf.parties(b.payers()), "parties");
    x.leaf("h3", "Top payees");
    x.table(header(party, "Payee"), MemoPdf.parties(b.payees()), "parties");
    x.leaf(
        "p",
        m.transactionsNote() != null
            ? "Transactions: " + m.transactionsNote()
            : count((long) m.transactions().size())
                + " clean transactions are listed one by one in the workbook (memo.xlsx).",
        "class",
        "muted");
  }

  private static void months(Xhtml x, List<CreditMemo.Month> months) {
    x.leaf("h3", "Monthly inflow, outflow and net");
    List<String> empty =
        months.stream()
            .filter(mo -> "NO_DATA".equals(mo.status()))
            .map(CreditMemo.Month::month)
            .toList();
    if (!empty.isEmpty()) {
      x.leaf(
          "p",
          empty.size()
              + " months of the consent's range have no statement data and are left out here"
              + " (the workbook lists them): "
              + MemoPdf.shortList(empty),
          "class",
          "muted");
    }
    x.table(
        List.of("Month", "Data", "Inflow", "Outflow", "Net", "Credits", "Debits"),
        months.stream()
            .filter(mo -> !"NO_DATA".equals(mo.status()))
            .map(
                mo ->
                    List.of(
                        text(mo.month()),
                        text(mo.status()),
                        num(rupees(mo.inflow())),
                        num(rupees(mo.outflow())),
                        num(rupees(mo.net())),
                        num(count(mo.credits())),
                        num(count(mo.debits()))))
            .toList(),
        "months");
  }

  private static List<String> header(List<String> columns, String first) {
    List<String> h = new java.util.ArrayList<>(columns);
    h.set(0, first);
    return h;
  }

  static void gst(Xhtml x, Gst g) {
    MemoPdf.facts(x, "GST", g.facts());
    if (!g.missingMonths().isEmpty()) {
      x.leaf("p", "Months without a GSTR-3B: " + String.join(", ", g.missingMonths()));
    }
    if (!g.months().isEmpty()) {
      x.leaf("h3", "Turnover by month");
      x.table(
          List.of("Period", "GSTR-3B turnover", "GSTR-1 turnover", "Output tax", "ITC claimed"),
          g.months().stream()
              .map(
                  mo ->
                      List.of(
                          text(mo.period()),
                          num(rupees(mo.turnover())),
                          num(rupees(mo.gstr1Turnover())),
                          num(rupees(mo.outputTax())),
                          num(rupees(mo.itcClaimed()))))
              .toList(),
          "gst");
    }
    x.leaf("h3", "Fraud indicators");
    x.leaf(
        "p",
        g.severity() == null
            ? "Not assessed."
            : "Severity " + g.severity() + ". " + text(g.summary()));
    if (!g.flags().isEmpty()) {
      x.table(
          List.of(
              "Period", "Return (evidence)", "Indicator", "Observed", "Threshold", "Explanation"),
          g.flags().stream()
              .map(
                  f ->
                      List.of(
                          text(f.period()),
                          text(f.returnId()),
                          text(f.code()),
                          num(Figures.plain(f.observed())),
                          num(Figures.plain(f.threshold())),
                          text(f.explanation())))
              .toList(),
          "fraud");
    }
  }
}
