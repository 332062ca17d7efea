package dev.saakh.core.bureau;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One credit account in a bureau report.
 *
 * @param closedDate null while the account is open
 * @param dpdGrid days past due per month, most recent month first, 36 entries
 */
public record Tradeline(
    String lender,
    LoanType accountType,
    Ownership ownership,
    Money sanctionedAmount,
    Money currentBalance,
    Money overdueAmount,
    Money emi,
    LocalDate openedDate,
    LocalDate closedDate,
    List<Integer> dpdGrid) {

  public static final int DPD_MONTHS = 36;

  public Tradeline {
    Objects.requireNonNull(lender, "lender");
    Objects.requireNonNull(accountType, "accountType");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(sanctionedAmount, "sanctionedAmount");
    Objects.requireNonNull(currentBalance, "currentBalance");
    Objects.requireNonNull(overdueAmount, "overdueAmount");
    Objects.requireNonNull(emi, "emi");
    Objects.requireNonNull(openedDate, "openedDate");
    dpdGrid = List.copyOf(Objects.requireNonNull(dpdGrid, "dpdGrid"));
    if (dpdGrid.size() != DPD_MONTHS) {
      throw new IllegalArgumentException("dpdGrid must have 36 months, has " + dpdGrid.size());
    }
  }

  @JsonIgnore
  public boolean isOpen() {
    return closedDate == null;
  }
}
