package dev.saakh.core.analytics;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.core.ondc.OndcOrder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** One customer's clean records of every dataset: what analytics reads, and nothing else. */
public record CustomerData(
    String customerId,
    List<Customer> customers,
    List<ConsentArtefact> consents,
    List<Account> accounts,
    List<Transaction> transactions,
    List<GstReturn> gst,
    List<CreditReport> creditReports,
    List<InsurancePolicy> policies,
    List<MutualFundHolding> mutualFunds,
    List<OndcOrder> ondcOrders,
    List<LoanApplication> ocenApplications) {

  public CustomerData {
    Objects.requireNonNull(customerId, "customerId");
    customers = List.copyOf(customers);
    consents = List.copyOf(consents);
    accounts = List.copyOf(accounts);
    transactions = List.copyOf(transactions);
    gst = List.copyOf(gst);
    creditReports = List.copyOf(creditReports);
    policies = List.copyOf(policies);
    mutualFunds = List.copyOf(mutualFunds);
    ondcOrders = List.copyOf(ondcOrders);
    ocenApplications = List.copyOf(ocenApplications);
  }

  /** The clean records of a clean stage result held in memory. */
  public static CustomerData of(CleanResult r) {
    return new CustomerData(
        r.customerId(),
        r.records(Dataset.CUSTOMERS, Customer.class),
        r.records(Dataset.CONSENTS, ConsentArtefact.class),
        r.records(Dataset.ACCOUNTS, Account.class),
        r.records(Dataset.TRANSACTIONS, Transaction.class),
        r.records(Dataset.GST, GstReturn.class),
        r.records(Dataset.CREDIT_REPORTS, CreditReport.class),
        r.records(Dataset.POLICIES, InsurancePolicy.class),
        r.records(Dataset.MUTUAL_FUNDS, MutualFundHolding.class),
        r.records(Dataset.ONDC_ORDERS, OndcOrder.class),
        r.records(Dataset.OCEN_APPLICATIONS, LoanApplication.class));
  }

  /**
   * The clean files {@code saakh clean} wrote for this customer; refused when the customer has not
   * been cleaned.
   */
  public static CustomerData read(LakeLayout lake, String id) throws IOException {
    return read(lake, id, line -> {});
  }

  /**
   * As {@link #read(LakeLayout, String)}, handing every non-blank line read to {@code seen}, in
   * {@link Dataset} order, so a caller can hash exactly the lines the records came from.
   */
  public static CustomerData read(LakeLayout lake, String id, Consumer<String> seen)
      throws IOException {
    Path dir = lake.clean(id, Dataset.CUSTOMERS).getParent();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "customer " + id + " has no clean data in " + dir + " (run 'saakh clean' first)");
    }
    Map<Dataset, List<Object>> records = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      records.put(d, read(lake.clean(id, d), d.cleanType(), seen));
    }
    return of(id, records);
  }

  /**
   * A customer's clean records per dataset, each list holding records of that dataset's {@link
   * Dataset#cleanType()}; a missing dataset has none.
   */
  public static CustomerData of(String id, Map<Dataset, ? extends List<?>> records) {
    return new CustomerData(
        id,
        typed(records, Dataset.CUSTOMERS, Customer.class),
        typed(records, Dataset.CONSENTS, ConsentArtefact.class),
        typed(records, Dataset.ACCOUNTS, Account.class),
        typed(records, Dataset.TRANSACTIONS, Transaction.class),
        typed(records, Dataset.GST, GstReturn.class),
        typed(records, Dataset.CREDIT_REPORTS, CreditReport.class),
        typed(records, Dataset.POLICIES, InsurancePolicy.class),
        typed(records, Dataset.MUTUAL_FUNDS, MutualFundHolding.class),
        typed(records, Dataset.ONDC_ORDERS, OndcOrder.class),
        typed(records, Dataset.OCEN_APPLICATIONS, LoanApplication.class));
  }

  /** The clean records of one dataset. */
  public List<? extends Record> records(Dataset dataset) {
    return switch (dataset) {
      case CUSTOMERS -> customers;
      case CONSENTS -> consents;
      case ACCOUNTS -> accounts;
      case TRANSACTIONS -> transactions;
      case GST -> gst;
      case CREDIT_REPORTS -> creditReports;
      case POLICIES -> policies;
      case MUTUAL_FUNDS -> mutualFunds;
      case ONDC_ORDERS -> ondcOrders;
      case OCEN_APPLICATIONS -> ocenApplications;
    };
  }

  private static <T> List<T> typed(
      Map<Dataset, ? extends List<?>> records, Dataset d, Class<T> type) {
    List<?> list = records.get(d);
    return list == null ? List.of() : list.stream().map(type::cast).toList();
  }

  private static List<Object> read(Path file, Class<?> type, Consumer<String> seen)
      throws IOException {
    List<Object> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          seen.accept(line);
          out.add(LakeJson.mapper().readValue(line, type));
        }
      }
    }
    return out;
  }
}
