/**
 * Loan offers as a borrower sees them: {@link dev.saakh.core.offer.KeyFacts} turns {@link
 * dev.saakh.core.offer.LoanTerms} into the figures of RBI's Key Facts Statement (April 2024) — EMI,
 * fees with GST, net disbursed amount, total interest and payable, the monthly repayment schedule
 * and the APR. Pure arithmetic on {@code BigDecimal} rounded to paise; no I/O, no clock.
 */
package dev.saakh.core.offer;
