package dev.saakh.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class IndianFormatTest {
  @Test
  void groupsLakhsAndCrores() {
    assertThat(IndianFormat.rupees(new BigDecimal("5000000"))).isEqualTo("₹50,00,000.00");
    assertThat(IndianFormat.rupees(new BigDecimal("14694295"))).isEqualTo("₹1,46,94,295.00");
    assertThat(IndianFormat.rupees(new BigDecimal("999.5"))).isEqualTo("₹999.50");
    assertThat(IndianFormat.rupees(new BigDecimal("1000"))).isEqualTo("₹1,000.00");
    assertThat(IndianFormat.rupees(new BigDecimal("-123456.785"))).isEqualTo("-₹1,23,456.79");
    assertThat(IndianFormat.rupees(Money.of("0.004"))).isEqualTo("₹0.00");
  }

  @Test
  void countsAndPlurals() {
    assertThat(IndianFormat.count(1234567)).isEqualTo("12,34,567");
    assertThat(IndianFormat.count(-100000)).isEqualTo("-1,00,000");
    assertThat(IndianFormat.count(Long.MIN_VALUE)).isEqualTo("-92,23,37,20,36,85,47,75,808");
    assertThat(IndianFormat.count(1, "customer")).isEqualTo("1 customer");
    assertThat(IndianFormat.count(0, "customer")).isEqualTo("0 customers");
    assertThat(IndianFormat.count(2, "entry", "entries")).isEqualTo("2 entries");
  }

  /**
   * Removing the commas gives the number back, and no group but the last has other than 2 digits.
   */
  @Property(tries = 2000)
  void groupingIsLossless(@ForAll long n) {
    String s = IndianFormat.count(n);
    assertThat(Long.parseLong(s.replace(",", ""))).isEqualTo(n);
    String[] groups = s.replace("-", "").split(",");
    for (int i = 1; i < groups.length - 1; i++) {
      assertThat(groups[i]).hasSize(2);
    }
    assertThat(groups[groups.length - 1]).hasSize(groups.length == 1 ? groups[0].length() : 3);
    if (groups.length > 1) {
      assertThat(groups[0].length()).isBetween(1, 2);
    }
  }
}
