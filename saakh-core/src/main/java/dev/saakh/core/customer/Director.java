package dev.saakh.core.customer;

import java.util.Objects;

/** A director, partner or proprietor of an MSME, who keeps personal accounts of their own. */
public record Director(String directorId, String name, String pan, String mobile) {
  public Director {
    Objects.requireNonNull(directorId, "directorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pan, "pan");
    Objects.requireNonNull(mobile, "mobile");
  }
}
