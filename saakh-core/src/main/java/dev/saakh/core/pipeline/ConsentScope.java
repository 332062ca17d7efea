package dev.saakh.core.pipeline;

import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.bank.Account;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyType;
import dev.saakh.core.lake.Dataset;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one consent lets a lender read (DPDP purpose limitation, DESIGN §8): the datasets its {@code
 * fiTypes} cover and the records dated inside its FI data range {@code [fiDataFrom, fiDataTo]},
 * both ends inclusive. Underwriting reads nothing else; a server refuses a request outside it.
 *
 * <p>FI type of each dataset's records:
 *
 * <ul>
 *   <li>{@code accounts}, {@code transactions}: DEPOSIT. {@link dev.saakh.core.bank.AccountType}
 *       knows only SAVINGS and CURRENT, so no account record shows a term deposit today and
 *       TERM_DEPOSIT covers none; a transaction has its account's FI type (DEPOSIT when the account
 *       record is missing), so an account outside the FI types takes its transactions with it.
 *   <li>{@code gst}: GSTR1_3B; {@code credit_reports}: CREDIT_REPORT; {@code mutual_funds}:
 *       MUTUAL_FUNDS; {@code ondc_orders}: ONDC_ORDERS; {@code ocen_applications}:
 *       OCEN_APPLICATIONS.
 *   <li>{@code policies}: LIFE_INSURANCE for LIFE and TERM policies, GENERAL_INSURANCE for HEALTH,
 *       VEHICLE and PROPERTY (health cover is general insurance in India's AA and IRDAI terms).
 *   <li>{@code customers}, {@code consents}: not FI data (the customer's profile and the consents
 *       themselves), always in scope.
 * </ul>
 *
 * <p>The date that decides range membership:
 *
 * <ul>
 *   <li>transaction: its posting {@code date} (not the value date), as a statement range does;
 *   <li>GST return: its tax {@code period}, which must lie wholly in the range (first and last day
 *       of the month); the filing date is not used, since a return filed after {@code fiDataTo}
 *       still only describes its period, while a period that starts before {@code fiDataFrom}
 *       reports trade the consent does not cover;
 *   <li>credit report: its {@code reportDate} (a snapshot: a report dated outside is out);
 *   <li>insurance policy: in scope when it was in force at some time in the range ({@code startDate
 *       <= fiDataTo} and {@code maturityDate >= fiDataFrom}): a policy is a standing contract, not
 *       an event, and one bought years ago still tells what is insured during the range;
 *   <li>mutual fund holding: its {@code navDate}, the date the holding statement values it at;
 *   <li>ONDC order: the India Standard Time date of its {@code createdAt};
 *   <li>OCEN application: its {@code createdDate};
 *   <li>account: none. The account record is the FI's profile and summary, which an AA returns for
 *       every linked account under a DEPOSIT consent whatever the range (ReBIT's FIDataRange bounds
 *       the transactions); dropping it would orphan the in-range transactions of the account.
 * </ul>
 */
public final class ConsentScope {
  private final ConsentArtefact consent;
  private final Set<FiType> types;

  private ConsentScope(ConsentArtefact consent) {
    this.consent = Objects.requireNonNull(consent, "consent");
    this.types =
        consent.fiTypes().isEmpty()
            ? EnumSet.noneOf(FiType.class)
            : EnumSet.copyOf(consent.fiTypes());
  }

  /**
   * The scope of {@code consent}; whether the consent may be used at all is {@link ConsentGate}'s.
   */
  public static ConsentScope of(ConsentArtefact consent) {
    return new ConsentScope(consent);
  }

  public ConsentArtefact consent() {
    return consent;
  }

  /** The FI types a dataset's records can have; empty for datasets that are not FI data. */
  public static List<FiType> fiTypes(Dataset dataset) {
    return switch (dataset) {
      case CUSTOMERS, CONSENTS -> List.of();
      case ACCOUNTS, TRANSACTIONS -> List.of(FiType.DEPOSIT);
      case GST -> List.of(FiType.GSTR1_3B);
      case CREDIT_REPORTS -> List.of(FiType.CREDIT_REPORT);
      case POLICIES -> List.of(FiType.LIFE_INSURANCE, FiType.GENERAL_INSURANCE);
      case MUTUAL_FUNDS -> List.of(FiType.MUTUAL_FUNDS);
      case ONDC_ORDERS -> List.of(FiType.ONDC_ORDERS);
      case OCEN_APPLICATIONS -> List.of(FiType.OCEN_APPLICATIONS);
    };
  }

  /** An account's FI type: DEPOSIT (no account record shows a term deposit today). */
  public static FiType fiType(Account account) {
    Objects.requireNonNull(account, "account");
    return FiType.DEPOSIT;
  }

  /** A policy's FI type by its kind: LIFE_INSURANCE or GENERAL_INSURANCE. */
  public static FiType fiType(InsurancePolicy policy) {
    return fiType(policy.type());
  }

  static FiType fiType(PolicyType type) {
    return switch (type) {
      case LIFE, TERM -> FiType.LIFE_INSURANCE;
      case HEALTH, VEHICLE, PROPERTY -> FiType.GENERAL_INSURANCE;
    };
  }

  /** Whether the consent's {@code fiTypes} include {@code type}. */
  public boolean covers(FiType type) {
    return types.contains(type);
  }

  /** Whether any record of {@code dataset} can be in scope; always for non-FI datasets. */
  public boolean covers(Dataset dataset) {
    List<FiType> possible = fiTypes(dataset);
    return possible.isEmpty() || possible.stream().anyMatch(types::contains);
  }

  /** Whether {@code date} lies in {@code [fiDataFrom, fiDataTo]}, both ends inclusive. */
  public boolean inRange(LocalDate date) {
    return !date.isBefore(consent.fiDataFrom()) && !date.isAfter(consent.fiDataTo());
  }

  /**
   * A request-level check for a server: null when {@code dataset} data dated {@code from} to {@code
   * to} (inclusive) may be served under this consent, else the refusal (HTTP 403) naming the
   * consent and the FI type or the range. Customers and consents are always allowed. A request for
   * policies is allowed when either insurance FI type is consented; {@link #apply} then keeps only
   * the consented kinds.
   */
  public String check(Dataset dataset, LocalDate from, LocalDate to) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    if (fiTypes(dataset).isEmpty()) {
      return null;
    }
    if (!covers(dataset)) {
      return "consent "
          + consent.consentId()
          + " does not cover "
          + dataset.fileName()
          + " (FI type "
          + String.join(" or ", fiTypes(dataset).stream().map(Enum::name).toList())
          + ")";
    }
    if (!inRange(from) || !inRange(to)) {
      return "consent "
          + consent.consentId()
          + " covers FI data from "
          + consent.fiDataFrom()
          + " to "
          + consent.fiDataTo()
          + " only, not "
          + dataset.fileName()
          + " from "
          + from
          + " to "
          + to;
    }
    return null;
  }

  /** {@code data} restricted to this scope, and what was left out per dataset and why. */
  public ScopedData apply(CustomerData data) {
    return new ScopeFilter(this).apply(data);
  }

  /** For messages: the consent's FI types, in declaration order. */
  String typesText() {
    return types.isEmpty()
        ? "no FI type"
        : String.join(", ", types.stream().map(Enum::name).toList());
  }
}
