package dev.saakh.core.lake;

/** The datasets of a lake, each with its file name and the field that identifies a record. */
public enum Dataset {
  CUSTOMERS("customers", "customer_id"),
  CONSENTS("consents", "consent_id"),
  ACCOUNTS("accounts", "account_id"),
  TRANSACTIONS("transactions", "transaction_id"),
  GST("gst", "return_id"),
  CREDIT_REPORTS("credit_reports", "report_id"),
  POLICIES("policies", "policy_number"),
  MUTUAL_FUNDS("mutual_funds", "holding_id"),
  ONDC_ORDERS("ondc_orders", "order_id"),
  OCEN_APPLICATIONS("ocen_applications", "application_id");

  private final String fileName;
  private final String idField;

  Dataset(String fileName, String idField) {
    this.fileName = fileName;
    this.idField = idField;
  }

  /** The dataset's name in file names, e.g. {@code raw_<name>.ndjson}. */
  public String fileName() {
    return fileName;
  }

  /** The JSON field that identifies one record of this dataset. */
  public String idField() {
    return idField;
  }

  /** The dataset called {@code name} in file names, or an error listing the valid names. */
  public static Dataset named(String name) {
    for (Dataset dataset : values()) {
      if (dataset.fileName.equals(name)) {
        return dataset;
      }
    }
    throw new IllegalArgumentException("unknown dataset '" + name + "'");
  }
}
