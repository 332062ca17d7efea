package dev.saakh.core.features;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds one account's statement entry by entry, keeping the running balance. */
final class TestingStatement {
  private final String account;
  private final List<Transaction> entries = new ArrayList<>();
  private long balance;
  private boolean balances = true;

  TestingStatement(String account) {
    this.account = account;
  }

  TestingStatement withoutBalances() {
    balances = false;
    return this;
  }

  TestingStatement credit(String date, long rupees, Category c, String who) {
    return add(date, TxnType.CREDIT, rupees, c, who, Channel.NEFT);
  }

  TestingStatement debit(String date, long rupees, Category c, String who) {
    return add(date, TxnType.DEBIT, rupees, c, who, Channel.UPI);
  }

  TestingStatement add(
      String date, TxnType type, long rupees, Category c, String who, Channel channel) {
    balance += type == TxnType.CREDIT ? rupees : -rupees;
    entries.add(
        new Transaction(
            account + "-T" + (entries.size() + 1),
            account,
            "CUST_CON_00001",
            LocalDate.parse(date),
            LocalDate.parse(date),
            type,
            Money.ofPaise(rupees * 100),
            channel.mode(),
            channel,
            null,
            who,
            null,
            null,
            null,
            c,
            "X",
            balances ? Money.ofPaise(balance * 100) : null,
            "INR"));
    return this;
  }

  List<Transaction> entries() {
    return List.copyOf(entries);
  }
}
