package dev.saakh.synth;

import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.synth.bank.BankStatements;
import dev.saakh.synth.bureau.BureauReport;
import dev.saakh.synth.bureau.Loans;
import dev.saakh.synth.business.Business;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.consent.Consents;
import dev.saakh.synth.holdings.Holdings;
import dev.saakh.synth.identity.Identity;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.model.Loan;
import dev.saakh.synth.model.Pattern;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.network.OcenApplications;
import dev.saakh.synth.network.OndcOrders;
import dev.saakh.synth.profile.Profile;
import dev.saakh.synth.profile.ProfileAssignment;
import dev.saakh.synth.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds the model of any one customer: a pure function of (config, customer id). Thread-safe;
 * customers can be built in any order and in parallel with identical results.
 */
public final class Generator {
  /** Pattern names of GST fraud labels. */
  public static final String GST_INFLATION = "gst_turnover_inflation";

  public static final String HIGH_ITC = "itc_ratio_high";
  public static final String LATE_FILING = "late_filing";

  private final GeneratorConfig config;
  private final ProfileAssignment profiles;
  private final Window window;

  public Generator(GeneratorConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.profiles = new ProfileAssignment(config.seed(), config.profileMix());
    this.window = new Window(config.asOf(), config.bankMonths(), config.gstMonths());
  }

  public GeneratorConfig config() {
    return config;
  }

  public Profile profileOf(CustomerId id) {
    return profiles.profileOf(id);
  }

  /** The full model of customer {@code id}. */
  public CustomerModel model(CustomerId id) {
    Profile profile = profiles.profileOf(id);
    Rng rng = Rng.of(config.seed(), id.toString(), "model");
    Customer customer = Identity.invent(id, config.asOf(), rng.child(1));
    boolean msme = id.segment() == Segment.MSME;
    Business business = msme ? Business.plan(profile, window, rng.child(2)) : null;
    List<GstReturn> gst =
        msme
            ? dev.saakh.synth.gst.GstFilings.file(
                customer.customerId(), customer.gstin(), profile, business, window, rng.child(3))
            : List.of();
    long scale = msme ? business.grossSales(window.gstIndexOf(window.bankEnd())) : 0;
    List<LoanApplication> ocen =
        OcenApplications.apply(
            customer.customerId(), id.segment(), profile, scale, window, rng.child(4));
    List<Loan> loans =
        Loans.plan(customer, profile, Math.max(scale, 50_000_00), ocen, window, rng.child(5));
    var policies = Holdings.policies(customer, profile, window, rng.child(6));
    var funds = Holdings.funds(customer, profile, window, rng.child(7));
    var orders = OndcOrders.orders(customer, profile, window, rng.child(8));
    var report = BureauReport.report(customer, profile, loans, window, rng.child(9));
    var consent = Consents.grant(customer, window, rng.child(10));
    BankStatements.Result bank =
        BankStatements.simulate(
            new BankStatements.Inputs(customer, profile, business, gst, loans, policies, funds),
            window,
            rng.child(11));
    List<Pattern> patterns = new ArrayList<>(bank.patterns());
    if (profile == Profile.FRAUD) {
      gstPatterns(gst, business, patterns);
    }
    return new CustomerModel(
        customer,
        profile.label(),
        window,
        consent,
        bank.accounts(),
        bank.transactions(),
        bank.parties(),
        gst,
        report,
        policies,
        funds,
        orders,
        ocen,
        loans,
        patterns);
  }

  private static void gstPatterns(List<GstReturn> gst, Business business, List<Pattern> patterns) {
    List<String> all = new ArrayList<>();
    List<String> highItc = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (GstReturn r : gst) {
      all.add(r.returnId());
      if (r.returnType() == GstReturnType.GSTR3B
          && r.itcClaimed() != null
          && r.itcClaimed()
                  .amount()
                  .compareTo(r.outputTax().amount().multiply(new java.math.BigDecimal("0.95")))
              > 0) {
        highItc.add(r.returnId());
      }
      if (r.daysLate() > 30) {
        late.add(r.returnId());
      }
    }
    double factor = (double) business.declaredTurnover()[0] / business.trueTurnover()[0];
    patterns.add(
        new Pattern(
            0,
            GST_INFLATION,
            String.format(Locale.ROOT, "declared turnover %.2fx true sales", factor),
            all));
    patterns.add(
        new Pattern(
            0,
            HIGH_ITC,
            highItc.size() + " GSTR-3B returns claim ITC above 95% of output tax",
            highItc));
    patterns.add(
        new Pattern(0, LATE_FILING, late.size() + " returns filed more than 30 days late", late));
  }
}
