package dev.saakh.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.AccountType;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.Facility;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnMode;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.bureau.CreditReport;
import dev.saakh.core.bureau.Enquiry;
import dev.saakh.core.bureau.LoanType;
import dev.saakh.core.bureau.Ownership;
import dev.saakh.core.bureau.Tradeline;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.Purpose;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.customer.Constitution;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Director;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.funds.MutualFundHolding;
import dev.saakh.core.gst.GstReturn;
import dev.saakh.core.gst.GstReturnType;
import dev.saakh.core.insurance.InsurancePolicy;
import dev.saakh.core.insurance.PolicyStatus;
import dev.saakh.core.insurance.PolicyType;
import dev.saakh.core.insurance.PremiumFrequency;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.money.Money;
import dev.saakh.core.ocen.ApplicationStatus;
import dev.saakh.core.ocen.LoanApplication;
import dev.saakh.core.ondc.OndcOrder;
import dev.saakh.core.ondc.OrderItem;
import dev.saakh.core.ondc.OrderRole;
import dev.saakh.core.ondc.OrderState;
import dev.saakh.core.ondc.PaymentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Validates JSON against Saakh's published schemas (DESIGN §4.1, {@code docs/datasets.md}), and
 * gives valid samples of every dataset. Each schema is read once from the classpath and cached; the
 * labels schema's {@code $ref}s to the clean schemas ({@code https://saakh.dev/schema/clean/…})
 * resolve to the same resources. The {@code validate…} methods return human-readable errors, each
 * naming the offending location as a JSON path ({@code $.amount: string found, number expected}),
 * sorted and without repeats; an empty list means valid. Thread-safe.
 */
public final class TestingSchemas {
  /** Classpath resource of the labels schema. */
  public static final String LABELS = "/dev/saakh/core/schema/labels.schema.json";

  private static final String ID_PREFIX = "https://saakh.dev/schema/";
  private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:dev/saakh/core/schema/")));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_PATH)
          .build();
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

  private TestingSchemas() {}

  /** Errors of one line of {@code LAKE/raw/raw_<dataset>.ndjson}. */
  public static List<String> validateRaw(Dataset d, JsonNode line) {
    return validate(d.schemaResource(true), line);
  }

  /** Errors of one clean record, as {@code LakeJson.mapper()} writes it. */
  public static List<String> validateClean(Dataset d, JsonNode record) {
    return validate(d.schemaResource(false), record);
  }

  /** Errors of one line of {@code LAKE/labels.ndjson}; a truth line's record is checked too. */
  public static List<String> validateLabel(JsonNode line) {
    return validate(LABELS, line);
  }

  /** Errors of any document against the schema at classpath {@code resource}. */
  public static List<String> validateAgainst(String resource, JsonNode node) {
    return validate(resource, node);
  }

  /** The parsed schema document at classpath {@code resource}, e.g. {@link #LABELS}. */
  public static JsonNode schemaNode(String resource) {
    return schema(resource).getSchemaNode();
  }

  /**
   * Two valid clean records of {@code d}, built with the records' constructors. Between them they
   * take every branch the clean schema distinguishes (null and set, both segments, both GST return
   * types, with and without a facility or SIP, rejected or not); the first fills every list.
   */
  public static List<Record> cleanSamples(Dataset d) {
    return switch (d) {
      case CUSTOMERS -> both(TestingSchemas::customer);
      case CONSENTS -> both(TestingSchemas::consent);
      case ACCOUNTS -> both(TestingSchemas::account);
      case TRANSACTIONS -> both(TestingSchemas::transaction);
      case GST -> both(TestingSchemas::gstReturn);
      case CREDIT_REPORTS -> both(TestingSchemas::creditReport);
      case POLICIES -> both(TestingSchemas::policy);
      case MUTUAL_FUNDS -> both(TestingSchemas::fundHolding);
      case ONDC_ORDERS -> both(TestingSchemas::ondcOrder);
      case OCEN_APPLICATIONS -> both(TestingSchemas::loanApplication);
    };
  }

  /**
   * A fresh, valid raw line of {@code d} as a messy source writes it: dates and amounts in the
   * formats of DESIGN §4.3, enum-like values in the source's case, missing fields absent, null or
   * empty, and a field the schema does not know.
   */
  public static ObjectNode rawSample(Dataset d) {
    String line =
        switch (d) {
          case CUSTOMERS -> RAW_CUSTOMERS;
          case CONSENTS -> RAW_CONSENTS;
          case ACCOUNTS -> RAW_ACCOUNTS;
          case TRANSACTIONS -> RAW_TRANSACTIONS;
          case GST -> RAW_GST;
          case CREDIT_REPORTS -> RAW_CREDIT_REPORTS;
          case POLICIES -> RAW_POLICIES;
          case MUTUAL_FUNDS -> RAW_MUTUAL_FUNDS;
          case ONDC_ORDERS -> RAW_ONDC_ORDERS;
          case OCEN_APPLICATIONS -> RAW_OCEN_APPLICATIONS;
        };
    try {
      return (ObjectNode) LakeJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError(d + " sample is not JSON", e);
    }
  }

  /** Errors of the schema document at {@code resource} against the draft 2020-12 meta-schema. */
  public static List<String> validateAgainstMetaSchema(String resource) {
    JsonSchema meta =
        CACHE.computeIfAbsent(
            META_SCHEMA, uri -> FACTORY.getSchema(SchemaLocation.of(uri), CONFIG));
    return messages(meta.validate(schemaNode(resource)));
  }

  private static List<String> validate(String resource, JsonNode node) {
    return messages(schema(resource).validate(node));
  }

  private static List<String> messages(Iterable<ValidationMessage> found) {
    Set<String> errors = new TreeSet<>();
    for (ValidationMessage m : found) {
      errors.add(m.getMessage());
    }
    return List.copyOf(errors);
  }

  private static JsonSchema schema(String resource) {
    return CACHE.computeIfAbsent(
        resource,
        r -> {
          try (InputStream in = TestingSchemas.class.getResourceAsStream(r)) {
            if (in == null) {
              throw new IllegalArgumentException("no schema resource " + r);
            }
            return FACTORY.getSchema(in, CONFIG);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static final String MSME = "CUST_MSM_00042";
  private static final String CONSUMER = "CUST_CON_00007";
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private static List<Record> both(Function<Boolean, Record> sample) {
    return List.of(sample.apply(true), sample.apply(false));
  }

  private static Record customer(boolean msme) {
    List<Director> directors =
        List.of(
            new Director("CUST_MSM_00042_D1", "Ramesh Gupta", "ABCPG1234K", "9876500001"),
            new Director("CUST_MSM_00042_D2", "Sunita Gupta", "ABCPG5678L", "9876500002"));
    return new Customer(
        msme ? MSME : CONSUMER,
        msme ? Segment.MSME : Segment.CONSUMER,
        msme ? "Shree Ganesh Traders" : "Anita Sharma",
        "AAFFS1234C",
        "9876543210",
        msme ? "accounts@ganeshtraders.in" : null,
        "9876543210@finvu",
        "Pune",
        "Maharashtra",
        msme ? "27AAFFS1234C1Z5" : null,
        msme ? Constitution.PARTNERSHIP : null,
        msme ? "Wholesale trade" : null,
        msme ? LocalDate.of(2014, 6, 18) : null,
        msme ? null : "Infosys Ltd",
        msme ? null : LocalDate.of(1991, 2, 28),
        msme ? directors : List.of());
  }

  private static Record consent(boolean full) {
    return new ConsentArtefact(
        "c0a8f1e2-7b1d-4a7e-9f3e-2d1c0b9a8f7e",
        full ? MSME : CONSUMER,
        "9876543210@finvu",
        OffsetDateTime.of(2025, 11, 4, 10, 22, 31, 0, IST),
        full
            ? OffsetDateTime.of(2026, 5, 4, 10, 22, 0, 0, IST)
            : OffsetDateTime.of(2026, 5, 4, 0, 0, 0, 500_000_000, ZoneOffset.UTC),
        full ? ConsentMode.STORE : ConsentMode.VIEW,
        full ? FetchType.PERIODIC : FetchType.ONETIME,
        full ? List.of(ConsentType.values()) : List.of(),
        full ? List.of(FiType.values()) : List.of(FiType.DEPOSIT),
        "FIU_SAAKH",
        (full ? Purpose.AGGREGATED_STATEMENT : Purpose.ACCOUNT_MONITORING).code(),
        (full ? Purpose.AGGREGATED_STATEMENT : Purpose.ACCOUNT_MONITORING).text(),
        LocalDate.of(2024, 11, 1),
        full ? LocalDate.of(2025, 10, 31) : LocalDate.of(2024, 11, 1),
        full ? TimeUnit.MONTH : TimeUnit.INF,
        full ? 6 : 0,
        full ? TimeUnit.MONTH : TimeUnit.DAY,
        1,
        full ? ConsentStatus.ACTIVE : ConsentStatus.EXPIRED);
  }

  private static Record account(boolean full) {
    return new Account(
        "CUST_MSM_00042_A1",
        full ? MSME : CONSUMER,
        full ? Bank.HDFC : Bank.SBI,
        "XXXXXXXX1234",
        full ? "HDFC0001234" : "SBIN0000813",
        full ? "Pune Camp" : null,
        full ? AccountType.CURRENT : AccountType.SAVINGS,
        full ? Facility.OD : null,
        full ? Money.of("500000") : null,
        LocalDate.of(2015, 4, 1),
        full ? Money.of("-12500.5") : Money.of("45320.50"),
        full ? LocalDate.of(2025, 11, 3) : null,
        "INR",
        "Shree Ganesh Traders",
        full ? "AAFFS1234C" : null,
        full ? "9876543210" : null,
        full ? HolderRole.BUSINESS : HolderRole.INDIVIDUAL);
  }

  private static Record transaction(boolean full) {
    return new Transaction(
        "CUST_CON_00007_A1_T000123",
        "CUST_CON_00007_A1",
        CONSUMER,
        LocalDate.of(2025, 11, 4),
        full ? LocalDate.of(2025, 11, 4) : null,
        full ? TxnType.DEBIT : TxnType.CREDIT,
        full ? Money.of("1250") : Money.of("0.01"),
        full ? TxnMode.FT : TxnMode.OTHERS,
        full ? Channel.NEFT : Channel.INTEREST,
        full ? Direction.P2M : null,
        full ? "SWIGGY LTD" : null,
        full ? "swiggy@icici" : null,
        full ? "ICIC0000104" : null,
        full ? "N308250123456789" : null,
        full ? Category.FOOD : Category.INCOME_INTEREST,
        full
            ? "NEFT DR-ICIC0000104-SWIGGY LTD-NETBANK, MUM-N308250123456789"
            : "Int.Pd:01-08-2025 to 31-10-2025",
        full ? Money.of("44070.50") : null,
        "INR");
  }

  private static Record gstReturn(boolean threeB) {
    return new GstReturn(
        "CUST_MSM_00042-" + (threeB ? "GSTR3B" : "GSTR1") + "-202510",
        MSME,
        "27AAFFS1234C1Z5",
        threeB ? GstReturnType.GSTR3B : GstReturnType.GSTR1,
        YearMonth.of(2025, 10),
        LocalDate.of(2025, 11, threeB ? 20 : 11),
        LocalDate.of(2025, threeB ? 12 : 11, 2),
        threeB ? Money.of("1250000") : Money.ZERO,
        threeB ? Money.of("225000") : Money.ZERO,
        threeB ? Money.of("180000.40") : null,
        threeB ? Money.of("44999.60") : null,
        threeB ? Money.of("266.30") : Money.ZERO,
        threeB ? Money.of("600") : Money.ZERO,
        threeB ? null : 0,
        !threeB);
  }

  private static Record creditReport(boolean full) {
    List<Integer> clean = Collections.nCopies(Tradeline.DPD_MONTHS, 0);
    List<Integer> late = new ArrayList<>(clean);
    late.set(0, 30);
    late.set(1, 90);
    Tradeline open =
        new Tradeline(
            "HDFC Bank",
            LoanType.WORKING_CAPITAL,
            Ownership.INDIVIDUAL,
            Money.of("1000000"),
            Money.of("640000"),
            Money.of("25000"),
            Money.of("32500"),
            LocalDate.of(2022, 3, 15),
            null,
            late);
    Tradeline closed =
        new Tradeline(
            "Bajaj Finance",
            LoanType.CONSUMER_DURABLE,
            Ownership.JOINT,
            Money.of("45000"),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            LocalDate.of(2019, 1, 2),
            LocalDate.of(2020, 1, 2),
            clean);
    Enquiry enquiry =
        new Enquiry(
            LocalDate.of(2025, 9, 30), "Lendingkart", LoanType.BUSINESS_LOAN, Money.of("300000"));
    return new CreditReport(
        "CR-CUST_MSM_00042-1",
        full ? MSME : CONSUMER,
        full ? "CIBIL" : "Experian",
        LocalDate.of(2025, 11, 4),
        "RAMESH GUPTA",
        full ? "ABCPG1234K" : null,
        full ? 712 : -1,
        full ? List.of(open, closed) : List.of(),
        full ? List.of(enquiry) : List.of());
  }

  private static Record policy(boolean full) {
    return new InsurancePolicy(
        "LIC-0042-7781",
        MSME,
        full ? "LIC of India" : "HDFC Ergo",
        full ? PolicyType.TERM : PolicyType.VEHICLE,
        "Ramesh Gupta",
        Money.of("10000000"),
        Money.of("1450.75"),
        full ? PremiumFrequency.MONTHLY : PremiumFrequency.SINGLE,
        LocalDate.of(2020, 2, 29),
        LocalDate.of(2050, 2, 28),
        full ? PolicyStatus.ACTIVE : PolicyStatus.LAPSED);
  }

  private static Record fundHolding(boolean sip) {
    return new MutualFundHolding(
        "MF-CUST_CON_00007-1",
        CONSUMER,
        "1234567/89",
        "HDFC AMC",
        "HDFC Flexi Cap Fund - Direct Growth",
        "INF179K01UT0",
        sip ? new BigDecimal("152.347") : BigDecimal.ONE,
        sip ? new BigDecimal("1845.2310") : new BigDecimal("4012.5"),
        LocalDate.of(2025, 11, 3),
        Money.of("250000"),
        Money.of("281115.02"),
        sip,
        sip ? Money.of("5000") : null);
  }

  private static Record ondcOrder(boolean full) {
    List<OrderItem> items =
        List.of(
            new OrderItem("Basmati Rice 5kg", 4, Money.of("625.50")),
            new OrderItem("Toor Dal 1kg", 10, Money.of("149")));
    return new OndcOrder(
        "ONDC-2025-000123",
        full ? MSME : CONSUMER,
        full ? OrderRole.SELLER : OrderRole.BUYER,
        full ? OrderState.IN_PROGRESS : OrderState.CANCELLED,
        "Shree Ganesh Traders",
        full ? items : List.of(),
        full ? Money.of("3992") : Money.ZERO,
        full ? PaymentStatus.NOT_PAID : PaymentStatus.PAID,
        OffsetDateTime.of(2025, 11, 4, 10, 22, 31, 0, IST),
        OffsetDateTime.of(2025, 11, 4, 18, 5, 0, 0, IST),
        "Mumbai");
  }

  private static Record loanApplication(boolean rejected) {
    return new LoanApplication(
        "OCEN-0042-1",
        MSME,
        "Lendingkart",
        "Invoice financing",
        Money.of("300000"),
        rejected ? null : Money.of("250000"),
        12,
        rejected ? ApplicationStatus.REJECTED : ApplicationStatus.DISBURSED,
        LocalDate.of(2025, 6, 10),
        rejected ? "Low bureau score" : null);
  }

  private static final String RAW_CUSTOMERS =
      """
      {"customer_id":"CUST_MSM_00042","segment":"msme","name":"Shree Ganesh Traders",
       "pan":"AAFFS1234C","mobile":"+91 98765 43210","email":"","aa_handle":"9876543210@finvu",
       "city":"Pune","state":"MH","gstin":"27AAFFS1234C1Z5","constitution":"Partnership",
       "industry":null,"incorporation_date":"18-Jun-2014","date_of_birth":null,
       "directors":[{"director_id":"CUST_MSM_00042_D1","name":"Ramesh Gupta",
       "pan":"ABCPG1234K","mobile":"9876500001"},{"director_id":"D2","pan":null}],
       "source":"ckyc"}""";

  private static final String RAW_CONSENTS =
      """
      {"consent_id":"c0a8f1e2-7b1d","customer_id":"CUST_CON_00007",
       "aa_handle":"9123456780@onemoney","consent_start":"2025-11-04T10:22:31+05:30",
       "consent_expiry":"04/05/2026","consent_mode":"store","fetch_type":"PERIODIC",
       "consent_types":["PROFILE","summary"],"fi_types":["DEPOSIT","GSTR1_3B"],
       "data_consumer_id":"FIU_SAAKH","purpose_code":"103","purpose_text":"Aggregated statement",
       "fi_data_from":"20241101","fi_data_to":"45961","data_life_unit":"MONTH",
       "data_life_value":6,"frequency_unit":"month","frequency_value":"1","status":"ACTIVE",
       "ver":"2.0.0"}""";

  private static final String RAW_ACCOUNTS =
      """
      {"account_id":"CUST_MSM_00042_A1","customer_id":"CUST_MSM_00042","bank":"HDFC Bank",
       "masked_acc_number":"XXXXXXXX1234","ifsc":"hdfc0001234","branch":"","type":"current",
       "facility":"OD","sanctioned_limit":"Rs. 5,00,000/-","opening_date":"1 Apr 15",
       "current_balance":"(12,500.50)","balance_date":"2025-11-03","currency":"INR",
       "holder_name":"SHREE GANESH TRADERS","holder_pan":null,"holder_role":"BUSINESS"}""";

  private static final String RAW_TRANSACTIONS =
      """
      {"transaction_id":"CUST_CON_00007_A1_T000123","account_id":"CUST_CON_00007_A1",
       "customer_id":"CUST_CON_00007","date":"4 Nov 25","amount":"1,250.00 Dr",
       "narration":"NEFT DR-ICIC0000104-SWIGGY LTD-NETBANK, MUM-N308250123456789",
       "balance":"₹ 45,320.50 CR","type":"DR","mode":"FT","value_date":"04-11-2025",
       "reference":"","chq_no":null}""";

  private static final String RAW_GST =
      """
      {"return_id":"CUST_MSM_00042-GSTR3B-202510","customer_id":"CUST_MSM_00042",
       "gstin":"27AAFFS1234C1Z5","return_type":"gstr3b","period":"102025",
       "due_date":"20/11/2025","filing_date":"2025-12-02T11:04:00+05:30",
       "taxable_value":"₹12,50,000.00","output_tax":"INR 225000","itc_claimed":"1,80,000.40",
       "tax_paid_cash":"44999.60","interest":"266.3","late_fee":"Rs. 600/-",
       "invoice_count":null,"nil_return":"N","arn":"AA2711250012345"}""";

  private static final String RAW_CREDIT_REPORTS =
      """
      {"report_id":"CR-CUST_MSM_00042-1","customer_id":"CUST_MSM_00042","bureau":"CIBIL",
       "report_date":"45965","subject_name":"RAMESH GUPTA","subject_pan":"ABCPG1234K",
       "score":"712","accounts":[{"lender":"HDFC Bank","account_type":"Working Capital",
       "ownership":"individual","sanctioned_amount":"10,00,000",
       "current_balance":"6,40,000.00 Dr","overdue_amount":"25000","emi":"₹32,500",
       "opened_date":"15-03-2022","closed_date":"","dpd_grid":DPD}],
       "enquiries":[{"date":"30 Sep 25","lender":"Lendingkart","purpose":"BUSINESS_LOAN",
       "amount":"INR 3,00,000"}]}"""
          .replace("DPD", "[30,90,null" + ",0".repeat(33) + "]");

  private static final String RAW_POLICIES =
      """
      {"policy_number":"LIC-0042-7781","customer_id":"CUST_MSM_00042",
       "insurer":"LIC of India","type":"Term","insured_name":"Ramesh Gupta",
       "sum_assured":"1,00,00,000","premium":"1450.75","premium_frequency":"Monthly",
       "start_date":"29/02/2020","maturity_date":"2050-02-28","status":null}""";

  private static final String RAW_MUTUAL_FUNDS =
      """
      {"holding_id":"MF-CUST_CON_00007-1","customer_id":"CUST_CON_00007",
       "folio":"1234567/89","amc":"HDFC AMC","scheme":"HDFC Flexi Cap Fund - Direct Growth",
       "isin":"INF179K01UT0","units":152.347,"nav":"1,845.2310","nav_date":"03-Nov-2025",
       "cost_value":"2,50,000.00","current_value":"₹2,81,115.02","sip":"Y",
       "sip_amount":"5000 Cr"}""";

  private static final String RAW_ONDC_ORDERS =
      """
      {"order_id":"ONDC-2025-000123","customer_id":"CUST_MSM_00042","role":"seller",
       "state":"In-progress","provider":"Shree Ganesh Traders",
       "items":[{"name":"Basmati Rice 5kg","quantity":"4","unit_price":"₹625.50"},
       {"name":"Toor Dal 1kg","quantity":10,"unit_price":"149"}],"quote_total":"3,992.00",
       "payment_status":"NOT-PAID","created_at":"2025-11-04T10:22:31+05:30",
       "updated_at":"2025-11-04 18:05","buyer_city":"Mumbai","bap_id":"buyer.example"}""";

  private static final String RAW_OCEN_APPLICATIONS =
      """
      {"application_id":"OCEN-0042-1","customer_id":"CUST_MSM_00042",
       "lender":"Lendingkart","product":"Invoice financing",
       "amount_requested":"Rs. 3,00,000/-","amount_offered":"","tenure_months":"12",
       "status":"rejected","created_date":"10/06/2025","reject_reason":"Low bureau score"}""";
}
