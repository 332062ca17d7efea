package dev.saakh.core.offer;

/**
 * Loan terms that cannot give a Key Facts Statement. {@link #field()} names the input at fault so
 * an adapter can word the message in its own terms (a CLI flag, a form field); {@link
 * #getMessage()} names it by its JSON name, e.g. {@code tenure_months must be between 1 and 600,
 * was 0}.
 */
public final class InvalidLoanTermsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The input at fault. */
  public enum Field {
    PRINCIPAL("principal"),
    TENURE_MONTHS("tenure_months"),
    ANNUAL_RATE_PERCENT("annual_rate_percent"),
    PROCESSING_FEE("processing_fee"),
    GST_RATE_PERCENT("gst_rate_percent"),
    OTHER_UPFRONT_CHARGES("other_upfront_charges"),
    /** The fee, its GST and the other charges together. */
    UPFRONT_CHARGES("upfront_charges");

    private final String jsonName;

    Field(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The name in {@link LoanTerms}' JSON. */
    public String jsonName() {
      return jsonName;
    }
  }

  private final Field field;
  private final String problem;

  InvalidLoanTermsException(Field field, String problem) {
    super(field.jsonName() + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  public Field field() {
    return field;
  }

  /** The message without the field's name, e.g. {@code must be between 1 and 600, was 0}. */
  public String problem() {
    return problem;
  }
}
