package dev.saakh.core.customer;

/** Which kind of borrower; the customer id says it too ({@code CUST_MSM_…}, {@code CUST_CON_…}). */
public enum Segment {
  MSME("CUST_MSM_"),
  CONSUMER("CUST_CON_");

  private final String idPrefix;

  Segment(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  public String idPrefix() {
    return idPrefix;
  }
}
