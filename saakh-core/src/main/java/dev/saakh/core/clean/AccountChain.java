package dev.saakh.core.clean;

import java.util.List;
import java.util.Objects;

/**
 * The running-balance check of one account, in statement order after duplicates are removed.
 *
 * @param entries entries of the account that took part (all but duplicates and unreadable lines)
 * @param linksChecked consecutive pairs whose balances were both known and could be checked
 * @param breaks the links that did not hold (at most {@link #MAX_LISTED} listed)
 * @param breakCount all links that did not hold
 * @param balancesDerived balances the source lacked, computed from the previous balance
 * @param typesFromBalance debit/credit decided by the balance change
 * @param amountsFromBalance missing amounts recovered from the balance change
 * @param datesOutOfOrder entries dated before the entry above them
 */
public record AccountChain(
    String accountId,
    int entries,
    int linksChecked,
    List<ChainBreak> breaks,
    int breakCount,
    int balancesDerived,
    int typesFromBalance,
    int amountsFromBalance,
    int datesOutOfOrder) {
  public static final int MAX_LISTED = 20;

  public AccountChain {
    Objects.requireNonNull(accountId, "accountId");
    breaks = List.copyOf(breaks);
  }

  /** True when every checked link held. */
  public boolean intact() {
    return breakCount == 0;
  }
}
