package dev.saakh.synth.network;

import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import dev.saakh.core.ondc.OndcOrder;
import dev.saakh.core.ondc.OrderItem;
import dev.saakh.core.ondc.OrderRole;
import dev.saakh.core.ondc.OrderState;
import dev.saakh.core.ondc.PaymentStatus;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.catalog.City;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ONDC orders over the last twelve months: an MSME sells, a consumer buys. */
public final class OndcOrders {
  public static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private OndcOrders() {}

  public static List<OndcOrder> orders(Customer customer, Profile profile, Window window, Rng rng) {
    int count =
        switch (profile) {
          case HIGH_GROWTH -> rng.between(20, 40);
          case DECLINING -> rng.between(5, 15);
          case FRAUD -> rng.between(15, 30);
          case SALARIED_STABLE, IMPULSE_SPENDER, OVER_LEVERAGED, GIG_INCOME, FRAUD_P2P ->
              rng.between(3, 15);
          default -> rng.between(10, 25);
        };
    double cancelRate =
        profile == Profile.FRAUD ? 0.25 : profile == Profile.DECLINING ? 0.15 : 0.06;
    boolean seller = customer.segment() == Segment.MSME;
    List<OndcOrder> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate day = window.asOf().minusDays(rng.between(1, 365));
      OffsetDateTime created =
          day.atTime(rng.between(8, 22), rng.between(0, 59), rng.between(0, 59)).atOffset(IST);
      List<OrderItem> items = new ArrayList<>();
      long total = 0;
      int lines = rng.between(1, 3);
      for (int l = 0; l < lines; l++) {
        String[] item = rng.pick(Catalog.ONDC_ITEMS);
        int qty = rng.between(1, seller ? 12 : 3);
        long price = Math.round(Long.parseLong(item[1]) * rng.jitter(0.1)) * 100;
        items.add(new OrderItem(item[0], qty, Money.ofPaise(price)));
        total += price * qty;
      }
      OrderState state = state(rng, cancelRate, day, window.asOf());
      PaymentStatus paid =
          state == OrderState.CANCELLED || state == OrderState.CREATED
              ? PaymentStatus.NOT_PAID
              : PaymentStatus.PAID;
      City city = rng.pick(Catalog.CITIES);
      String provider =
          seller
              ? customer.name()
              : rng.pick(Catalog.FIRM_WORDS) + " " + rng.pick(Catalog.FIRM_TRADES);
      orders.add(
          new OndcOrder(
              String.format(Locale.ROOT, "%s-ONDC-%04d", customer.customerId(), i + 1),
              customer.customerId(),
              seller ? OrderRole.SELLER : OrderRole.BUYER,
              state,
              provider,
              items,
              Money.ofPaise(total),
              paid,
              created,
              created.plusHours(rng.between(1, 96)),
              seller ? city.name() : customer.city()));
    }
    orders.sort(Comparator.comparing(OndcOrder::createdAt).thenComparing(OndcOrder::orderId));
    return orders;
  }

  private static OrderState state(Rng rng, double cancelRate, LocalDate day, LocalDate asOf) {
    if (rng.chance(cancelRate)) {
      return OrderState.CANCELLED;
    }
    if (day.isAfter(asOf.minusDays(5))) {
      return rng.pick(
          new OrderState[] {OrderState.CREATED, OrderState.ACCEPTED, OrderState.IN_PROGRESS});
    }
    return OrderState.COMPLETED;
  }
}
