/**
 * The credit memo of one decision, downloaded: a PDF for people, an XLSX workbook for analysts, and
 * the Key Facts Statement of an offer as PDF. Every figure comes from the customer's stored
 * reports, decision record and clean transactions, read through {@code CustomerService} (consent
 * gate and audit), and every download is itself audited: a memo is customer data leaving the
 * system.
 */
package dev.saakh.server.memo;
