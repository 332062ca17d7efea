package dev.saakh.core.ocen;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One OCEN loan application, clean form.
 *
 * @param amountOffered null until a lender made an offer
 * @param rejectReason set exactly when the status is REJECTED
 */
public record LoanApplication(
    String applicationId,
    String customerId,
    String lender,
    String product,
    Money amountRequested,
    Money amountOffered,
    int tenureMonths,
    ApplicationStatus status,
    LocalDate createdDate,
    String rejectReason) {

  public LoanApplication {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(lender, "lender");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(amountRequested, "amountRequested");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdDate, "createdDate");
    if (tenureMonths <= 0) {
      throw new IllegalArgumentException("tenureMonths must be positive, was " + tenureMonths);
    }
    if ((status == ApplicationStatus.REJECTED) != (rejectReason != null)) {
      throw new IllegalArgumentException("rejectReason must be given exactly when REJECTED");
    }
  }
}
