package dev.saakh.core.lake;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.core.ondc.OndcOrder;

/** The datasets of a lake, each with its file name and the field that identifies a record. */
public enum Dataset {
  CUSTOMERS("customers", "customer_id", Customer.class),
  CONSENTS("consents", "consent_id", ConsentArtefact.class),
  ACCOUNTS("accounts", "account_id", Account.class),
  TRANSACTIONS("transactions", "transaction_id", Transaction.class),
  GST("gst", "return_id", GstReturn.class),
  CREDIT_REPORTS("credit_reports", "report_id", CreditReport.class),
  POLICIES("policies", "policy_number", InsurancePolicy.class),
  MUTUAL_FUNDS("mutual_funds", "holding_id", MutualFundHolding.class),
  ONDC_ORDERS("ondc_orders", "order_id", OndcOrder.class),
  OCEN_APPLICATIONS("ocen_applications", "application_id", LoanApplication.class);

  private final String fileName;
  private final String idField;
  private final Class<? extends Record> cleanType;

  Dataset(String fileName, String idField, Class<? extends Record> cleanType) {
    this.fileName = fileName;
    this.idField = idField;
    this.cleanType = cleanType;
  }

  /** The record type of this dataset's clean form. */
  public Class<? extends Record> cleanType() {
    return cleanType;
  }

  /** Classpath resource of this dataset's JSON Schema, {@code raw} or {@code clean}. */
  public String schemaResource(boolean raw) {
    return "/dev/saakh/core/schema/" + (raw ? "raw/" : "clean/") + fileName + ".schema.json";
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
