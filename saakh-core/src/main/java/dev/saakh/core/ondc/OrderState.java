package dev.saakh.core.ondc;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Beckn order state, written as Beckn spells it. */
public enum OrderState {
  @JsonProperty("Created")
  CREATED("Created"),
  @JsonProperty("Accepted")
  ACCEPTED("Accepted"),
  @JsonProperty("In-progress")
  IN_PROGRESS("In-progress"),
  @JsonProperty("Completed")
  COMPLETED("Completed"),
  @JsonProperty("Cancelled")
  CANCELLED("Cancelled");

  private final String becknName;

  OrderState(String becknName) {
    this.becknName = becknName;
  }

  public String becknName() {
    return becknName;
  }
}
