package dev.saakh.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Indian rupees, always at scale 2 (paise). Arithmetic rounds half up, the convention
 * of Indian bank statements and of RBI's Key Facts Statement examples.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(amount, "amount");
    amount = amount.setScale(2, ROUNDING);
  }

  @JsonCreator
  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  /** An amount given in paise, the unit the generator and parsers compute in. */
  public static Money ofPaise(long paise) {
    return new Money(BigDecimal.valueOf(paise, 2));
  }

  @JsonValue
  @Override
  public BigDecimal amount() {
    return amount;
  }

  public long paise() {
    return amount.movePointRight(2).longValueExact();
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
