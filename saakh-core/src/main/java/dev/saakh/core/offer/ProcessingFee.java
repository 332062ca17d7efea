package dev.saakh.core.offer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.saakh.core.money.Money;
import dev.saakh.core.offer.InvalidLoanTermsException.Field;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A loan's processing fee before GST: a percent of the principal ({@code {"type": "percent",
 * "percent": 2}}) or a flat amount ({@code {"type": "flat", "amount": 5000.00}}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ProcessingFee.Percent.class, name = "percent"),
  @JsonSubTypes.Type(value = ProcessingFee.Flat.class, name = "flat")
})
public sealed interface ProcessingFee permits ProcessingFee.Percent, ProcessingFee.Flat {
  /** No processing fee. */
  ProcessingFee NONE = new Flat(Money.ZERO);

  /** The fee on a loan of {@code principal}, rounded half up to paise. */
  Money on(Money principal);

  static ProcessingFee percent(BigDecimal percent) {
    return new Percent(percent);
  }

  static ProcessingFee flat(Money amount) {
    return new Flat(amount);
  }

  /** {@code percent}% of the principal, 0 to 100; stored without trailing zeros. */
  record Percent(BigDecimal percent) implements ProcessingFee {
    public Percent {
      percent = LoanTerms.percent(percent, Field.PROCESSING_FEE);
    }

    @Override
    public Money on(Money principal) {
      return principal.times(percent.movePointLeft(2));
    }
  }

  /** A fixed amount, not negative. */
  record Flat(Money amount) implements ProcessingFee {
    public Flat {
      Objects.requireNonNull(amount, "amount");
      if (amount.isNegative()) {
        throw new InvalidLoanTermsException(
            Field.PROCESSING_FEE, "must not be negative, was " + amount);
      }
    }

    @Override
    public Money on(Money principal) {
      return amount;
    }
  }
}
