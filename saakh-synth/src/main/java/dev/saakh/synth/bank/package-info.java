/**
 * Bank statements: accounts at real Indian banks, a daily cash-flow simulation per account (sales,
 * suppliers, payroll, rent, GST, EMIs, spending, transfers, fraud patterns) and narrations in each
 * bank's own shape.
 */
package dev.saakh.synth.bank;
