package dev.saakh.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a person in India reads them: the last three digits, then groups of two (lakh and
 * crore grouping), so ₹1,46,94,295.00 and 12,34,567. For human output only; JSON and files keep
 * plain numbers.
 */
public final class IndianFormat {
  private IndianFormat() {}

  /** {@code ₹50,00,000.00}: rupees, lakh-grouped, two decimals (half up), minus before the ₹. */
  public static String rupees(BigDecimal amount) {
    BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
    String plain = a.abs().toPlainString();
    int dot = plain.indexOf('.');
    return (a.signum() < 0 ? "-₹" : "₹") + group(plain.substring(0, dot)) + plain.substring(dot);
  }

  /** As {@link #rupees(BigDecimal)}, for a figure computed in floating point (a ratio's result). */
  public static String rupees(double amount) {
    return rupees(BigDecimal.valueOf(amount));
  }

  public static String rupees(Money amount) {
    return rupees(amount.amount());
  }

  /** {@code 12,34,567}: a count, lakh-grouped. */
  public static String count(long n) {
    String digits = Long.toString(Math.abs(n));
    if (n == Long.MIN_VALUE) {
      digits = digits.substring(1);
    }
    return (n < 0 ? "-" : "") + group(digits);
  }

  /** {@code "1 customer"}, {@code "2 customers"}, {@code "12,000 customers"}. */
  public static String count(long n, String singular, String plural) {
    return count(n) + " " + (n == 1 ? singular : plural);
  }

  /** {@code "1 customer"}, {@code "3 customers"}: the plural adds an s. */
  public static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String group(String digits) {
    int n = digits.length();
    if (n <= 3) {
      return digits;
    }
    StringBuilder b = new StringBuilder(n + n / 2);
    int head = n - 3;
    int first = head % 2 == 0 ? 2 : 1;
    b.append(digits, 0, first);
    for (int i = first; i < head; i += 2) {
      b.append(',').append(digits, i, i + 2);
    }
    return b.append(',').append(digits, head, n).toString();
  }
}
