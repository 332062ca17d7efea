package dev.saakh.core.insurance;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** One insurance policy held by the customer (or a director), clean form. */
public record InsurancePolicy(
    String policyNumber,
    String customerId,
    String insurer,
    PolicyType type,
    String insuredName,
    Money sumAssured,
    Money premium,
    PremiumFrequency premiumFrequency,
    LocalDate startDate,
    LocalDate maturityDate,
    PolicyStatus status) {

  public InsurancePolicy {
    Objects.requireNonNull(policyNumber, "policyNumber");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(insurer, "insurer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(insuredName, "insuredName");
    Objects.requireNonNull(sumAssured, "sumAssured");
    Objects.requireNonNull(premium, "premium");
    Objects.requireNonNull(premiumFrequency, "premiumFrequency");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(maturityDate, "maturityDate");
    Objects.requireNonNull(status, "status");
  }
}
