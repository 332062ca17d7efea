package dev.saakh.server.memo;

import static dev.saakh.server.memo.Figures.rupees;
import static dev.saakh.server.memo.Figures.text;
import static dev.saakh.server.memo.Xhtml.num;

import dev.saakh.server.memo.CreditMemo.Fact;
import dev.saakh.server.memo.CreditMemo.Header;
import dev.saakh.server.memo.CreditMemo.Offer;
import java.util.List;

/**
 * The Key Facts Statement of a decision's offer as PDF (RBI, April 2024): the loan's key figures,
 * the APR, and the repayment schedule, each figure as the decision record states it.
 */
public final class KfsPdf {
  private KfsPdf() {}

  /** A decision that carries no offer (a REJECT, or a stopped run) has no KFS. */
  public static final class NoOffer extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NoOffer(String detail) {
      super(detail);
    }
  }

  /** The KFS of the memo's offer; {@link NoOffer} when it has none. */
  public static byte[] render(CreditMemo memo) {
    return Pdf.render(xhtml(memo));
  }

  static String xhtml(CreditMemo memo) {
    Offer o = memo.verdict().offer();
    Header h = memo.header();
    if (o == null) {
      throw new NoOffer(
          "decision " + h.decisionId() + " carries no offer (" + memo.verdict().outcome() + ")");
    }
    Xhtml x =
        Xhtml.document("Key Facts Statement " + h.customerId() + " " + h.decisionId(), Pdf.css(""));
    x.leaf("h1", "Key Facts Statement");
    x.leaf(
        "p",
        (h.name() == null ? "" : h.name() + " · ")
            + h.customerId()
            + " · decision "
            + h.decisionId()
            + " · "
            + text(h.decidedAt()));
    if (!"APPROVE".equals(memo.verdict().outcome())) {
      x.leaf(
          "p",
          "Indicative only: the decision is " + memo.verdict().outcome() + ", not an approval.",
          "class",
          "outcome");
    }
    partOne(x, o);
    x.leaf("h2", "Repayment schedule");
    x.table(
        List.of("No.", "Opening principal", "Interest", "Principal", "Instalment", "Closing"),
        o.schedule().stream()
            .map(
                i ->
                    List.of(
                        num(Integer.toString(i.number())),
                        num(rupees(i.openingPrincipal())),
                        num(rupees(i.interest())),
                        num(rupees(i.principal())),
                        num(rupees(i.instalment())),
                        num(rupees(i.closingPrincipal()))))
            .toList(),
        "schedule");
    return x.finish();
  }

  private static void partOne(Xhtml x, Offer o) {
    x.leaf("h2", "Part 1: the loan");
    MemoPdf.factTable(
        x,
        List.of(
            Fact.text("Loan amount (sanctioned)", rupees(o.principal())),
            Fact.text("Loan term", text(o.tenureMonths()) + " months"),
            Fact.text("Instalments", o.schedule().size() + " monthly (EMI)"),
            Fact.text("EMI", rupees(o.emi())),
            Fact.text(
                "Interest rate",
                Figures.plain(o.annualRatePercent()) + "% a year, fixed, on the reducing balance"),
            Fact.text("Total interest", rupees(o.totalInterest())),
            Fact.text(
                "Processing fee", text(o.processingFeeTerms()) + ": " + rupees(o.processingFee())),
            Fact.text("GST on the processing fee", rupees(o.gstOnProcessingFee())),
            Fact.text("Other upfront charges", rupees(o.otherUpfrontCharges())),
            Fact.text("Total upfront charges", rupees(o.totalUpfrontCharges())),
            Fact.text("Net disbursed amount", rupees(o.netDisbursedAmount())),
            Fact.text("Total amount payable (instalments)", rupees(o.totalPayable())),
            Fact.text(
                "Annual Percentage Rate (APR)", Figures.plain(o.annualPercentageRate()) + "%")));
    x.leaf(
        "p",
        "The APR is the yearly cost of the loan with the upfront charges: twelve times the monthly"
            + " rate at which the instalments below are worth the net disbursed amount.",
        "class",
        "muted");
  }
}
