package dev.saakh.core.ondc;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Beckn payment status. */
public enum PaymentStatus {
  @JsonProperty("PAID")
  PAID("PAID"),
  @JsonProperty("NOT-PAID")
  NOT_PAID("NOT-PAID");

  private final String becknName;

  PaymentStatus(String becknName) {
    this.becknName = becknName;
  }

  public String becknName() {
    return becknName;
  }
}
