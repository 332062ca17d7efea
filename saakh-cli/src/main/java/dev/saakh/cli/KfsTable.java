package dev.saakh.cli;

import dev.saakh.core.money.IndianFormat;
import dev.saakh.core.money.Money;
import dev.saakh.core.offer.KeyFactsStatement;
import dev.saakh.core.offer.RepaymentInstalment;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A Key Facts Statement as a person reads it: the facts, then the schedule; rupees lakh-grouped.
 */
final class KfsTable {
  private KfsTable() {}

  static void print(PrintWriter out, KeyFactsStatement k) {
    fact(out, "loan amount", rupees(k.terms().principal()));
    fact(
        out,
        "tenure and rate",
        k.numberOfInstalments()
            + " monthly instalments at "
            + k.terms().annualRatePercent().toPlainString()
            + "% a year, reducing balance");
    fact(out, "EMI", rupees(k.emi()));
    fact(out, "processing fee", rupees(k.processingFee()));
    fact(out, "GST on the fee", rupees(k.gstOnProcessingFee()));
    fact(out, "other upfront charges", rupees(k.otherUpfrontCharges()));
    fact(out, "net disbursed", rupees(k.netDisbursedAmount()));
    fact(out, "total interest", rupees(k.totalInterest()));
    fact(out, "total payable", rupees(k.totalPayable()));
    fact(out, "APR (RBI KFS)", k.annualPercentageRate().toPlainString() + "%");
    out.println();
    String row = "%5s %17s %15s %15s %15s %17s%n";
    out.printf(
        Locale.ROOT, row, "no.", "opening", "interest", "principal", "instalment", "closing");
    for (RepaymentInstalment i : k.schedule()) {
      out.printf(
          Locale.ROOT,
          row,
          i.number(),
          rupees(i.openingPrincipal()),
          rupees(i.interest()),
          rupees(i.principal()),
          rupees(i.instalment()),
          rupees(i.closingPrincipal()));
    }
    out.println("(--json prints the same statement as exact JSON; see docs/kfs.md)");
  }

  private static void fact(PrintWriter out, String name, String value) {
    out.printf(Locale.ROOT, "%-22s %s%n", name, value);
  }

  private static String rupees(Money m) {
    return IndianFormat.rupees(m);
  }
}
