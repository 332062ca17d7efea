package dev.saakh.core.clean;

import java.util.Objects;

/**
 * One reason a record was quarantined or repaired: the code, the field it concerns (null for the
 * whole record) and a short detail for people, such as the value that failed.
 */
public record Reason(ReasonCode code, String field, String detail) {
  public Reason {
    Objects.requireNonNull(code, "code");
  }
}
