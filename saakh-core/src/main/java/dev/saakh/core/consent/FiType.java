package dev.saakh.core.consent;

/**
 * Financial-information types a consent can cover. The first six are ReBIT FI types; the last three
 * are Saakh's names for sources that reach a lender outside ReBIT's list (bureau pull, ONDC and
 * OCEN network data), kept in the artefact so one consent covers every dataset.
 */
public enum FiType {
  DEPOSIT,
  TERM_DEPOSIT,
  GSTR1_3B,
  MUTUAL_FUNDS,
  LIFE_INSURANCE,
  GENERAL_INSURANCE,
  CREDIT_REPORT,
  ONDC_ORDERS,
  OCEN_APPLICATIONS
}
