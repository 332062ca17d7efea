package dev.saakh.core.bureau;

import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A hard enquiry by a lender. */
public record Enquiry(LocalDate date, String lender, LoanType purpose, Money amount) {
  public Enquiry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lender, "lender");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(amount, "amount");
  }
}
