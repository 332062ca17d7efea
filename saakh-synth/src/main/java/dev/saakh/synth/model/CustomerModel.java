package dev.saakh.synth.model;

import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.core.ondc.OndcOrder;
import java.util.List;
import java.util.Objects;

/**
 * Everything the generator knows about one customer. Every dataset file is a view of this.
 *
 * @param profile the label name of the customer's profile (e.g. {@code high_growth})
 * @param transactions bank rows grouped by account, in time order, with balances
 * @param patterns labelled injected patterns; bank rows carry their tag
 */
public record CustomerModel(
    Customer customer,
    String profile,
    Window window,
    ConsentArtefact consent,
    List<AccountPlan> accounts,
    TxnTable transactions,
    List<Party> parties,
    List<GstReturn> gst,
    CreditReport creditReport,
    List<InsurancePolicy> policies,
    List<MutualFundHolding> funds,
    List<OndcOrder> orders,
    List<LoanApplication> applications,
    List<Loan> loans,
    List<Pattern> patterns) {

  public CustomerModel {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(transactions, "transactions");
    accounts = List.copyOf(accounts);
    parties = List.copyOf(parties);
    gst = List.copyOf(gst);
    policies = List.copyOf(policies);
    funds = List.copyOf(funds);
    orders = List.copyOf(orders);
    applications = List.copyOf(applications);
    loans = List.copyOf(loans);
    patterns = List.copyOf(patterns);
  }

  public String customerId() {
    return customer.customerId();
  }
}
