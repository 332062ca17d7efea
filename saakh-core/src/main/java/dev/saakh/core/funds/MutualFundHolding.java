package dev.saakh.core.funds;

import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A position in one scheme under one folio, clean form.
 *
 * @param units units held, 3 decimals as registrars report them
 * @param nav net asset value per unit on {@code navDate}, 4 decimals
 * @param sipAmount the monthly SIP instalment when {@code sip}, else null
 */
public record MutualFundHolding(
    String holdingId,
    String customerId,
    String folio,
    String amc,
    String scheme,
    String isin,
    BigDecimal units,
    BigDecimal nav,
    LocalDate navDate,
    Money costValue,
    Money currentValue,
    boolean sip,
    Money sipAmount) {

  public MutualFundHolding {
    Objects.requireNonNull(holdingId, "holdingId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(folio, "folio");
    Objects.requireNonNull(amc, "amc");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(isin, "isin");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(nav, "nav");
    Objects.requireNonNull(navDate, "navDate");
    Objects.requireNonNull(costValue, "costValue");
    Objects.requireNonNull(currentValue, "currentValue");
    if (sip != (sipAmount != null)) {
      throw new IllegalArgumentException("sipAmount must be given exactly when sip is true");
    }
  }
}
