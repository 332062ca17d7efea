package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.api.CustomerApi;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's reads, one customer per call ({@code ?customer_id=…}): {@code GET
 * /api/data/<dataset>}, {@code /api/analytics}, {@code /api/analytics/directors}; and the anonymous
 * counts {@code GET /api/stats}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "seed-compat", description = "The seed system's API, same paths and reply shapes")
public class SeedDataApi {
  private final CustomerService service;

  public SeedDataApi(CustomerService service) {
    this.service = service;
  }

  @GetMapping("/data/{dataset}")
  @Operation(
      summary = "One dataset's records of one customer (seed: data)",
      description =
          "type=raw or clean (default clean; quarantine also works), limit 1 to 1000 (default"
              + " 100). Only records inside the consent are served. Reply: {customer_id, dataset,"
              + " type, count, records: […], total, withheld}.")
  public Map<String, Object> data(
      @PathVariable
          @Parameter(
              description =
                  "customers, consents, accounts, transactions, gst, credit_reports, policies,"
                      + " mutual_funds, ondc_orders, ocen_applications")
          String dataset,
      @RequestParam(name = "customer_id", required = false) String customerId,
      @RequestParam(defaultValue = "clean") String type,
      @RequestParam(defaultValue = "100") int limit) {
    String id = SeedRequest.customerId(customerId);
    if (limit < 1 || limit > CustomerApi.MAX_LIMIT) {
      throw ApiException.badRequest(
          "bad-limit", "limit must be 1 to " + CustomerApi.MAX_LIMIT + ", was " + limit, "limit");
    }
    CustomerService.DataPage page =
        service.data(Caller.current(), id, dataset(dataset), type, null, null, 0, limit);
    return SeedReplies.data(page);
  }

  @GetMapping("/analytics")
  @Operation(
      summary = "Every stored report of one customer, flat (seed: analytics)",
      description =
          "Reply: {customer_id, transaction_summary: {…}, gst_summary: {…}, …, anomalies_report,"
              + " risk_score, consent_scope}: the reports side by side with the id, in DESIGN §6"
              + " order.")
  public Map<String, Object> analytics(
      @RequestParam(name = "customer_id", required = false) String customerId) {
    String id = SeedRequest.customerId(customerId);
    return SeedReplies.analytics(id, service.reports(Caller.current(), id));
  }

  @GetMapping("/analytics/directors")
  @Operation(
      summary = "An MSME's directors and their behavioural signals (seed: director analysis)",
      description =
          "From the stored overall_summary report, PANs from the customer record. Reply: [{director,"
              + " director_id, pan, accounts, behavioral_signals: {feature: value}, explanations,"
              + " from, to, transactions}]; [] for a consumer.")
  public List<Map<String, Object>> directors(
      @RequestParam(name = "customer_id", required = false) String customerId) {
    String id = SeedRequest.customerId(customerId);
    Caller who = Caller.current();
    JsonNode overall = service.report(who, id, "overall_summary");
    JsonNode customer = null;
    if (overall.path("directors").size() > 0) {
      List<JsonNode> records =
          service.data(who, id, Dataset.CUSTOMERS, "clean", null, null, 0, 1).records();
      customer = records.isEmpty() ? null : records.get(0);
    }
    return Directors.of(overall, customer);
  }

  @GetMapping("/stats")
  @Operation(
      summary = "Counts of customers, records and decisions (seed: stats; any signed-in role)",
      description = "The same counts as GET /api/v1/stats; no customer id, no value.")
  public Map<String, Object> stats() {
    return service.stats();
  }

  static Dataset dataset(String name) {
    try {
      return Dataset.named(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound(
          "no-such-dataset",
          "no dataset '"
              + name
              + "'; datasets are "
              + Arrays.stream(Dataset.values()).map(Dataset::fileName).toList());
    }
  }
}
