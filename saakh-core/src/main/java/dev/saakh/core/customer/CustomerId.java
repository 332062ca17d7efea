package dev.saakh.core.customer;

import java.util.Objects;

/**
 * A parsed customer id: {@code CUST_MSM_00042} is MSME number 42. Numbers are 1-based and written
 * with at least five digits.
 */
public record CustomerId(Segment segment, int number) implements Comparable<CustomerId> {
  public CustomerId {
    Objects.requireNonNull(segment, "segment");
    if (number < 1) {
      throw new IllegalArgumentException("customer number must be at least 1, was " + number);
    }
  }

  /**
   * Orders id texts: ids that parse in {@link CustomerId} order ({@code CUST_MSM_00002} before
   * {@code CUST_MSM_00010}), then any other text, by text.
   */
  public static int compareIds(String a, String b) {
    CustomerId x = tryParse(a);
    CustomerId y = tryParse(b);
    if (x != null && y != null) {
      return x.compareTo(y);
    }
    if (x != null || y != null) {
      return x != null ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static CustomerId tryParse(String id) {
    try {
      return parse(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Parses an id such as {@code CUST_MSM_00042}.
   *
   * @throws IllegalArgumentException naming the id and what is wrong with it
   */
  public static CustomerId parse(String id) {
    if (id == null) {
      throw new IllegalArgumentException("customer id is missing");
    }
    for (Segment segment : Segment.values()) {
      if (id.startsWith(segment.idPrefix())) {
        String digits = id.substring(segment.idPrefix().length());
        if (digits.length() >= 5
            && digits.length() <= 9
            && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
          int number = Integer.parseInt(digits);
          if (number >= 1) {
            return new CustomerId(segment, number);
          }
        }
        break;
      }
    }
    throw new IllegalArgumentException(
        "not a customer id: '" + id + "' (expected CUST_MSM_00001 or CUST_CON_00001 style)");
  }

  @Override
  public String toString() {
    return segment.idPrefix() + String.format(java.util.Locale.ROOT, "%05d", number);
  }

  @Override
  public int compareTo(CustomerId other) {
    int bySegment = segment.compareTo(other.segment);
    return bySegment != 0 ? bySegment : Integer.compare(number, other.number);
  }
}
