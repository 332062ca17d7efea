/**
 * One bank statement file read into clean data, for analysing a statement outside a lake: a clean
 * transactions NDJSON file (as {@code saakh clean} writes it) or a ReBIT FI type DEPOSIT JSON
 * document (as an AA delivers it after decryption), which is turned into the lake's raw records and
 * goes through exactly the lake's cleaning. Entry point: {@link
 * dev.saakh.core.statement.BankStatementFile}; result {@link
 * dev.saakh.core.statement.StatementData}; refusals {@link
 * dev.saakh.core.statement.StatementException}. Only adapters (the CLI) depend on this package.
 */
package dev.saakh.core.statement;
