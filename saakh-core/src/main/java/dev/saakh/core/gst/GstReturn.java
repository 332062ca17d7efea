package dev.saakh.core.gst;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One filed GST return, clean form. A month with no return is a gap in the data, never a nil
 * return; a nil return is filed and says so.
 *
 * @param taxableValue outward taxable value (turnover) of the period
 * @param outputTax IGST + CGST + SGST on outward supplies
 * @param itcClaimed eligible input tax credit claimed (GSTR-3B only, else null)
 * @param taxPaidCash tax paid in cash after ITC (GSTR-3B only, else null)
 * @param invoiceCount outward invoices reported (GSTR-1 only, else null)
 */
public record GstReturn(
    String returnId,
    String customerId,
    String gstin,
    GstReturnType returnType,
    YearMonth period,
    LocalDate dueDate,
    LocalDate filingDate,
    Money taxableValue,
    Money outputTax,
    Money itcClaimed,
    Money taxPaidCash,
    Money interest,
    Money lateFee,
    Integer invoiceCount,
    boolean nilReturn) {

  public GstReturn {
    Objects.requireNonNull(returnId, "returnId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(gstin, "gstin");
    Objects.requireNonNull(returnType, "returnType");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(filingDate, "filingDate");
    Objects.requireNonNull(taxableValue, "taxableValue");
    Objects.requireNonNull(outputTax, "outputTax");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(lateFee, "lateFee");
  }

  /** Days between the due date and the filing date; zero or negative when filed on time. */
  public long daysLate() {
    return filingDate.toEpochDay() - dueDate.toEpochDay();
  }
}
