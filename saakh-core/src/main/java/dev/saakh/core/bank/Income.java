package dev.saakh.core.bank;

import java.util.EnumSet;
import java.util.Set;

/**
 * What counts as earnings in a statement, shared by the earnings report, the behavioural features
 * and the income anomalies: every credit except moves between one's own accounts, loan money and
 * refunds.
 */
public final class Income {
  /** Credits that are not earnings. */
  public static final Set<Category> NOT_INCOME =
      EnumSet.of(Category.SELF_TRANSFER, Category.LOAN_DISBURSAL, Category.INCOME_REFUND);

  private Income() {}

  public static boolean isIncome(Transaction t) {
    return t.type() == TxnType.CREDIT && !NOT_INCOME.contains(t.category());
  }
}
