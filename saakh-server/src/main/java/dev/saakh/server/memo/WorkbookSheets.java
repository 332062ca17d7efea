package dev.saakh.server.memo;

import dev.saakh.server.memo.CreditMemo.Anomaly;
import dev.saakh.server.memo.CreditMemo.Banking;
import dev.saakh.server.memo.CreditMemo.FraudFlag;
import dev.saakh.server.memo.CreditMemo.Gst;
import dev.saakh.server.memo.CreditMemo.GstMonth;
import dev.saakh.server.memo.CreditMemo.Party;
import dev.saakh.server.memo.CreditMemo.Txn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The workbook's sheets that list transactions, balances, GST months and fraud evidence. */
final class WorkbookSheets {
  /** How many of the largest credits and debits the top sheets list. */
  static final int TOP = 25;

  private WorkbookSheets() {}

  /**
   * End-of-day balance per day per account: the balance after the last transaction of the day
   * (transactions in statement order); a day without transactions carries the day before's.
   */
  static void eod(SXSSFWorkbook wb, Table.Styles s, List<Txn> txns) {
    Map<String, TreeMap<LocalDate, BigDecimal>> byAccount = eodBalances(txns);
    List<String> header = new ArrayList<>();
    header.add("Date");
    header.addAll(byAccount.keySet());
    int[] widths = new int[header.size()];
    java.util.Arrays.fill(widths, 20);
    widths[0] = 12;
    Table t = new Table(wb, s, "EOD Balances", header, widths);
    LocalDate first = null;
    LocalDate last = null;
    for (TreeMap<LocalDate, BigDecimal> days : byAccount.values()) {
      first = first == null || days.firstKey().isBefore(first) ? days.firstKey() : first;
      last = last == null || days.lastKey().isAfter(last) ? days.lastKey() : last;
    }
    for (LocalDate d = first; d != null && !d.isAfter(last); d = d.plusDays(1)) {
      t.row().date(d);
      for (TreeMap<LocalDate, BigDecimal> days : byAccount.values()) {
        Map.Entry<LocalDate, BigDecimal> e = days.floorEntry(d);
        t.rupees(e == null ? null : e.getValue());
      }
    }
    t.finish();
  }

  /** Per account (in order of first appearance), each day's closing balance. */
  static Map<String, TreeMap<LocalDate, BigDecimal>> eodBalances(List<Txn> txns) {
    Map<String, TreeMap<LocalDate, BigDecimal>> out = new LinkedHashMap<>();
    for (Txn x : txns) {
      if (x.date() == null || x.balance() == null) {
        continue;
      }
      String account = x.account() == null ? "unknown account" : x.account();
      out.computeIfAbsent(account, a -> new TreeMap<>()).put(x.date(), x.balance());
    }
    return out;
  }

  static void transactions(SXSSFWorkbook wb, Table.Styles s, List<Txn> txns) {
    Table t =
        new Table(
            wb,
            s,
            "Transactions",
            List.of(
                "Date",
                "Account",
                "Narration",
                "Amount",
                "Debit/Credit",
                "Balance",
                "Category",
                "Channel",
                "Counterparty",
                "Transaction"),
            12,
            20,
            60,
            16,
            12,
            18,
            20,
            10,
            30,
            28);
    for (Txn x : txns) {
      t.row().date(x.date()).text(x.account()).text(x.narration()).rupees(x.amount());
      t.text(x.type()).rupees(x.balance()).text(x.category()).text(x.channel());
      t.text(x.counterparty()).text(x.id());
    }
    t.finish();
  }

  /** The {@value #TOP} largest credits (or debits), largest first, ties in statement order. */
  static void top(SXSSFWorkbook wb, Table.Styles s, String name, List<Txn> txns, boolean credits) {
    List<Txn> picked = largest(txns, credits);
    Table t =
        new Table(
            wb,
            s,
            name,
            List.of("Rank", "Date", "Account", "Narration", "Amount", "Counterparty", "Category"),
            6,
            12,
            20,
            60,
            16,
            30,
            20);
    int rank = 1;
    for (Txn x : picked) {
      t.row().count((long) rank++).date(x.date()).text(x.account()).text(x.narration());
      t.rupees(x.amount()).text(x.counterparty()).text(x.category());
    }
    t.finish();
  }

  static List<Txn> largest(List<Txn> txns, boolean credits) {
    return txns.stream()
        .filter(x -> x.amount() != null && x.credit() == credits && x.type() != null)
        .sorted(Comparator.comparing(Txn::amount).reversed())
        .limit(TOP)
        .toList();
  }

  static void counterparties(SXSSFWorkbook wb, Table.Styles s, Banking b) {
    Table t =
        new Table(
            wb,
            s,
            "Counterparties",
            List.of("Side", "Name", "Amount", "Entries", "Share"),
            8,
            40,
            18,
            9,
            9);
    for (Party p : b.payers()) {
      t.row().text("payer").text(p.name()).rupees(p.amount()).count(p.count()).percent(p.share());
    }
    for (Party p : b.payees()) {
      t.row().text("payee").text(p.name()).rupees(p.amount()).count(p.count()).percent(p.share());
    }
    t.finish();
  }

  /** Every EMI debit and every bounce (and its charge) of the statement. */
  static void emisAndBounces(SXSSFWorkbook wb, Table.Styles s, List<Txn> txns) {
    Table t =
        new Table(
            wb,
            s,
            "EMIs & Bounces",
            List.of("Kind", "Date", "Account", "Narration", "Amount", "Counterparty", "Balance"),
            8,
            12,
            20,
            60,
            16,
            30,
            18);
    for (Txn x : txns) {
      if ("EMI".equals(x.category()) || "BOUNCE".equals(x.category())) {
        t.row().text(x.category()).date(x.date()).text(x.account()).text(x.narration());
        t.rupees(x.amount()).text(x.counterparty()).rupees(x.balance());
      }
    }
    t.finish();
  }

  static void gst(SXSSFWorkbook wb, Table.Styles s, Gst g) {
    Table t =
        new Table(
            wb,
            s,
            "GST",
            List.of(
                "Period",
                "GSTR-3B turnover",
                "GSTR-1 turnover",
                "GSTR-1 less GSTR-3B",
                "Output tax",
                "ITC claimed"),
            10,
            18,
            18,
            18,
            16,
            16);
    for (GstMonth m : g.months()) {
      BigDecimal gap =
          m.turnover() == null || m.gstr1Turnover() == null
              ? null
              : m.gstr1Turnover().subtract(m.turnover());
      t.row().text(m.period()).rupees(m.turnover()).rupees(m.gstr1Turnover()).rupees(gap);
      t.rupees(m.outputTax()).rupees(m.itcClaimed());
    }
    t.finish();
  }

  /** Each GST fraud indicator on its return, then each anomaly with all its evidence. */
  static void fraud(SXSSFWorkbook wb, Table.Styles s, CreditMemo m) {
    Table t =
        new Table(
            wb,
            s,
            "Fraud",
            List.of(
                "Source",
                "Indicator",
                "Severity",
                "Period",
                "Evidence",
                "Observed",
                "Threshold",
                "Explanation"),
            10,
            26,
            9,
            20,
            40,
            12,
            12,
            80);
    for (FraudFlag f : m.gst().flags()) {
      t.row().text("GST " + f.returnType()).text(f.code()).text(m.gst().severity());
      t.text(f.period()).text(f.returnId()).decimal(f.observed()).decimal(f.threshold());
      t.text(f.explanation());
    }
    for (Anomaly a : m.anomalies()) {
      t.row()
          .text("anomaly")
          .text(a.code())
          .text(a.severity())
          .text(String.join(", ", a.periods()));
      t.text(String.join(", ", a.evidence())).text(null).text(null).text(a.explanation());
    }
    t.finish();
  }
}
