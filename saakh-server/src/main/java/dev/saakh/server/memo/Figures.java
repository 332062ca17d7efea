package dev.saakh.server.memo;

import dev.saakh.server.memo.CreditMemo.Fact;
import dev.saakh.server.memo.CreditMemo.Kind;
import java.math.BigDecimal;

/** Figures as the PDFs print them: rupees lakh-grouped, ratios as percents, {@code —} for none. */
final class Figures {
  static final String NONE = "—";

  private Figures() {}

  static String rupees(BigDecimal amount) {
    return Fact.of("", Kind.RUPEES, amount).display();
  }

  static String percent(BigDecimal ratio) {
    return Fact.of("", Kind.PERCENT, ratio).display();
  }

  static String count(Long n) {
    return n == null ? NONE : Fact.of("", Kind.COUNT, BigDecimal.valueOf(n)).display();
  }

  /** A plain number as given (an observed signal): no grouping, trailing zeros dropped. */
  static String plain(BigDecimal d) {
    if (d == null) {
      return NONE;
    }
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() > 4) {
      s = s.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return s.toPlainString();
  }

  static String text(Object o) {
    return o == null ? NONE : o.toString();
  }
}
