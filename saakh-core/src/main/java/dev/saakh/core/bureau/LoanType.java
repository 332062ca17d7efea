package dev.saakh.core.bureau;

/** Tradeline account types as bureaus report them. */
public enum LoanType {
  BUSINESS_LOAN,
  TERM_LOAN,
  WORKING_CAPITAL,
  EQUIPMENT_LOAN,
  LOAN_AGAINST_PROPERTY,
  PERSONAL_LOAN,
  HOME_LOAN,
  AUTO_LOAN,
  TWO_WHEELER_LOAN,
  CREDIT_CARD,
  GOLD_LOAN,
  CONSUMER_DURABLE
}
