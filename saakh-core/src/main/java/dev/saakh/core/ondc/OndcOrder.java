package dev.saakh.core.ondc;

import dev.saakh.core.money.Money;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** One ONDC order, clean form. */
public record OndcOrder(
    String orderId,
    String customerId,
    OrderRole role,
    OrderState state,
    String provider,
    List<OrderItem> items,
    Money quoteTotal,
    PaymentStatus paymentStatus,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String buyerCity) {

  public OndcOrder {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(provider, "provider");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    Objects.requireNonNull(quoteTotal, "quoteTotal");
    Objects.requireNonNull(paymentStatus, "paymentStatus");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(buyerCity, "buyerCity");
  }
}
