package dev.saakh.core.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A borrower. MSME-only fields ({@code gstin}, {@code constitution}, {@code industry}, {@code
 * incorporationDate}, {@code directors}) are null or empty for consumers, and consumer-only fields
 * ({@code employer}, {@code dateOfBirth}) are null for MSMEs. The generator's profile is a label,
 * never a field here.
 */
public record Customer(
    String customerId,
    Segment segment,
    String name,
    String pan,
    String mobile,
    String email,
    String aaHandle,
    String city,
    String state,
    String gstin,
    Constitution constitution,
    String industry,
    LocalDate incorporationDate,
    String employer,
    LocalDate dateOfBirth,
    List<Director> directors) {

  public Customer {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pan, "pan");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(aaHandle, "aaHandle");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    directors = List.copyOf(Objects.requireNonNull(directors, "directors"));
    if (!customerId.startsWith(segment.idPrefix())) {
      throw new IllegalArgumentException(
          "customerId " + customerId + " does not start with " + segment.idPrefix());
    }
  }
}
