package dev.saakh.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.offer.InvalidLoanTermsException;
import dev.saakh.core.offer.KeyFacts;
import dev.saakh.core.offer.KeyFactsStatement;
import dev.saakh.core.offer.LoanTerms;
import dev.saakh.core.offer.ProcessingFee;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saakh kfs}: a loan's Key Facts Statement as JSON. */
@Command(
    name = "kfs",
    mixinStandardHelpOptions = true,
    description = {
      "Compute a loan's Key Facts Statement (RBI, April 2024) and print it as a table (--json: JSON)",
      "with exact decimals: EMI, fees with GST, net disbursed amount, total interest",
      "and payable, APR and the monthly repayment schedule. Amounts are rupees:",
      "500000, 5,00,000, ₹5,00,000.00 or Rs. 5,00,000/-. See docs/kfs.md.",
      "Reads no environment variables or files."
    })
final class KfsCommand implements Callable<Integer> {
  /** A plain decimal, optionally signed; a trailing % is allowed where a percent is meant. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--amount",
      required = true,
      paramLabel = "RUPEES",
      description = "Loan amount (principal), e.g. 500000 or 5,00,000.")
  String amount;

  @Option(
      names = "--tenure-months",
      required = true,
      paramLabel = "N",
      description = "Number of monthly instalments, 1 to 600.")
  int tenureMonths;

  @Option(
      names = "--rate",
      required = true,
      paramLabel = "PERCENT",
      description = "Annual nominal interest rate in percent, 0 to 100, e.g. 16 or 10.5%%.")
  String rate;

  @Option(
      names = "--processing-fee",
      paramLabel = "FEE",
      description =
          "Processing fee before GST: a percent of the amount with a %% sign (2%%), or rupees"
              + " (5000, 5,000). Default none.")
  String processingFee;

  @Option(
      names = "--gst-rate",
      paramLabel = "PERCENT",
      defaultValue = "18",
      description = "GST on the processing fee in percent (default ${DEFAULT-VALUE}).")
  String gstRate;

  @Option(
      names = "--other-charges",
      paramLabel = "RUPEES",
      description =
          "Other charges deducted at disbursal (insurance, stamp duty...), inclusive of any tax."
              + " Default none.")
  String otherCharges;

  @Option(names = "--json", description = "Print the statement as exact JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    KeyFactsStatement kfs;
    try {
      kfs = KeyFacts.of(terms());
    } catch (InvalidLoanTermsException e) {
      throw new IllegalArgumentException(flag(e.field()) + " " + e.problem(), e);
    }
    if (json) {
      spec.commandLine()
          .getOut()
          .println(LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(kfs));
    } else {
      KfsTable.print(spec.commandLine().getOut(), kfs);
    }
    return 0;
  }

  private LoanTerms terms() {
    LoanTerms terms =
        LoanTerms.of(
                Values.loanAmount("--amount", amount), tenureMonths, percent("--rate", rate, false))
            .withGstRatePercent(percent("--gst-rate", gstRate, false));
    if (processingFee != null) {
      terms = terms.withProcessingFee(fee(processingFee));
    }
    if (otherCharges != null) {
      terms = terms.withOtherUpfrontCharges(Values.rupees("--other-charges", otherCharges));
    }
    return terms;
  }

  /** {@code 2%} is a percent of the amount; anything else must be a rupee amount. */
  static ProcessingFee fee(String text) {
    String t = text.strip();
    if (t.endsWith("%")) {
      return ProcessingFee.percent(percent("--processing-fee", t, true));
    }
    try {
      return ProcessingFee.flat(Values.rupees("--processing-fee", t));
    } catch (Values.Refusal e) {
      throw new Values.Refusal(
          "--processing-fee",
          "must be a percent of the amount like 2% or rupees like 5000 or ₹5,000.00, was "
              + Values.echo(text));
    }
  }

  /**
   * A decimal number of percent, a trailing {@code %} optional; the error example shows it if
   * {@code percentSign}.
   */
  static BigDecimal percent(String flag, String text, boolean percentSign) {
    String t = text.strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.length() > 20 || !DECIMAL.matcher(t).matches()) {
      throw new IllegalArgumentException(
          flag
              + " must be a number of percent like 16 or 10.5"
              + (percentSign ? "%" : "")
              + ", was "
              + Values.echo(text));
    }
    return new BigDecimal(t);
  }

  /** The flag a field of {@link LoanTerms} comes from. */
  static String flag(InvalidLoanTermsException.Field field) {
    return switch (field) {
      case PRINCIPAL -> "--amount";
      case TENURE_MONTHS -> "--tenure-months";
      case ANNUAL_RATE_PERCENT -> "--rate";
      case PROCESSING_FEE -> "--processing-fee";
      case GST_RATE_PERCENT -> "--gst-rate";
      case OTHER_UPFRONT_CHARGES -> "--other-charges";
      case UPFRONT_CHARGES -> "upfront charges";
    };
  }
}
