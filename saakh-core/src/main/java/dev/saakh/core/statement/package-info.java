/**
 * One bank statement file read into clean data, for analysing a statement outside a lake: a clean
 * transactions NDJSON file (as {@code saakh clean} writes) or a ReBIT FI type DEPOSIT JSON document
 * (as an AA delivers after decryption), which goes through the same cleaning as the lake. Entry
 * point: {@link dev.saakh.core.statement.BankStatementFile}.
 */
package dev.saakh.core.statement;
