package dev.saakh.core.analytics;

import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyStatus;
import dev.saakh.core.money.Money;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code mutual_funds_summary} and {@code insurance_summary} reports: what the customer has put
 * aside, and how well it is protected.
 */
public final class HoldingsSummary {
  private HoldingsSummary() {}

  /**
   * Portfolio: holdings, folios and fund houses; cost and current value; gain and return (current ÷
   * cost − 1, null without cost); SIPs and their monthly total; value by fund house.
   */
  public record Funds(
      int holdings,
      int folios,
      int amcs,
      Money cost,
      Money current,
      Money gain,
      Double returnRatio,
      int sips,
      Money monthlySip,
      Map<String, Money> valueByAmc) {}

  /**
   * Policies: count, active, lapsed and the lapse rate; cover of active policies by type and in
   * all; premiums a year of active policies (single premiums excluded).
   */
  public record Insurance(
      int policies,
      int active,
      int lapsed,
      Double lapseRate,
      Money activeCover,
      Map<String, Money> coverByType,
      Money annualPremium) {}

  public static Funds funds(List<MutualFundHolding> holdings) {
    Set<String> folios = new HashSet<>();
    Map<String, Money> byAmc = new TreeMap<>();
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    BigDecimal sip = BigDecimal.ZERO;
    int sips = 0;
    for (MutualFundHolding h : holdings) {
      folios.add(h.folio());
      byAmc.merge(h.amc(), h.currentValue(), Money::plus);
      cost = cost.add(h.costValue().amount());
      current = current.add(h.currentValue().amount());
      if (h.sip()) {
        sips++;
        sip = sip.add(h.sipAmount().amount());
      }
    }
    Double ret = cost.signum() > 0 ? current.doubleValue() / cost.doubleValue() - 1 : null;
    return new Funds(
        holdings.size(),
        folios.size(),
        byAmc.size(),
        Money.of(cost),
        Money.of(current),
        Money.of(current.subtract(cost)),
        ret,
        sips,
        Money.of(sip),
        byAmc);
  }

  public static Insurance insurance(List<InsurancePolicy> policies) {
    int active = 0;
    BigDecimal cover = BigDecimal.ZERO;
    BigDecimal premium = BigDecimal.ZERO;
    Map<String, Money> byType = new TreeMap<>();
    for (InsurancePolicy p : policies) {
      if (p.status() != PolicyStatus.ACTIVE) {
        continue;
      }
      active++;
      cover = cover.add(p.sumAssured().amount());
      byType.merge(p.type().name(), p.sumAssured(), Money::plus);
      premium =
          premium.add(
              p.premium().amount().multiply(BigDecimal.valueOf(p.premiumFrequency().perYear())));
    }
    int lapsed = policies.size() - active;
    return new Insurance(
        policies.size(),
        active,
        lapsed,
        policies.isEmpty() ? null : (double) lapsed / policies.size(),
        Money.of(cover),
        byType,
        Money.of(premium));
  }
}
