/**
 * Bank data (ReBIT FI type DEPOSIT): accounts and transactions in their clean, typed form, the raw
 * transaction as a bank or AA export writes it, and the closed sets that describe them.
 */
package dev.saakh.core.bank;
