package dev.saakh.core.ondc;

import dev.saakh.core.money.Money;
import java.util.Objects;

/** One line of an order's quote. */
public record OrderItem(String name, int quantity, Money unitPrice) {
  public OrderItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive, was " + quantity);
    }
  }
}
