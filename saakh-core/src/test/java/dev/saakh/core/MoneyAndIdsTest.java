package dev.saakh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyAndIdsTest {
  @Test
  void moneyIsAlwaysPaise() {
    assertThat(Money.of("1250.005").toString()).isEqualTo("1250.01");
    assertThat(Money.ofPaise(125_000_50L).amount())
        .isEqualByComparingTo(new BigDecimal("125000.50"));
    assertThat(Money.ofPaise(-5).paise()).isEqualTo(-5);
  }

  @Test
  void customerIdsParseAndPrint() {
    CustomerId id = CustomerId.parse("CUST_MSM_00042");
    assertThat(id.segment()).isEqualTo(Segment.MSME);
    assertThat(id.number()).isEqualTo(42);
    assertThat(id.toString()).isEqualTo("CUST_MSM_00042");
    assertThat(new CustomerId(Segment.CONSUMER, 123456).toString()).isEqualTo("CUST_CON_123456");
  }

  @Test
  void badCustomerIdsNameTheProblem() {
    assertThatThrownBy(() -> CustomerId.parse("CUST_MSM_42")).hasMessageContaining("CUST_MSM_42");
    assertThatThrownBy(() -> CustomerId.parse("CUST_MSM_00000"))
        .hasMessageContaining("not a customer id");
    assertThatThrownBy(() -> CustomerId.parse("XYZ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CustomerId.parse(null)).hasMessageContaining("missing");
  }
}
