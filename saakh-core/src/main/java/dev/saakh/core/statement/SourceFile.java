package dev.saakh.core.statement;

import java.util.Objects;

/**
 * One input of a statement, as read: its name, its format (and the layout a bank export was read
 * by), what it held, and which of the statement's raw lines are its own, so a quarantined or
 * duplicate line can be named by file and position.
 *
 * @param layout the bank layout an export was read by (such as {@code HDFC}), or null
 * @param firstAccountLine the statement's raw account line of the file's first account (1-based)
 * @param firstTransactionLine the statement's raw transaction line of the file's first transaction
 * @param renamedIds transaction ids the file repeated from an earlier file with other content,
 *     renamed so neither record is lost
 */
public record SourceFile(
    String name,
    Format format,
    String layout,
    int accounts,
    long transactions,
    long firstAccountLine,
    long firstTransactionLine,
    int mergedAccounts,
    long renamedIds) {
  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
  }

  /** True when the statement's raw transaction line {@code line} came from this file. */
  public boolean holdsTransactionLine(long line) {
    return line >= firstTransactionLine && line < firstTransactionLine + transactions;
  }

  /** True when the statement's raw account line {@code line} came from this file. */
  public boolean holdsAccountLine(long line) {
    return line >= firstAccountLine && line < firstAccountLine + accounts - mergedAccounts;
  }
}
