package dev.saakh.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.Money;
import dev.saakh.core.pipeline.DecisionRecord;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.server.store.DecisionStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers/{id}/…}: one customer's consents, data, analysis and decisions. */
@RestController
@RequestMapping(
    path = "/api/v1/customers/{customerId}",
    produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "customers", description = "One customer's data, analysis and decisions, under consent")
public class CustomerApi {
  /** Largest page of records. */
  public static final int MAX_LIMIT = 1000;

  private final CustomerService service;

  public CustomerApi(CustomerService service) {
    this.service = service;
  }

  @GetMapping("/consents")
  @Operation(summary = "The customer's consent artefacts")
  public List<ConsentArtefact> consents(@PathVariable String customerId) {
    return service.consents(Caller.current(), customerId);
  }

  @GetMapping("/consents/{consentId}")
  @Operation(summary = "One consent artefact")
  public ConsentArtefact consent(@PathVariable String customerId, @PathVariable String consentId) {
    return service.consents(Caller.current(), customerId).stream()
        .filter(c -> c.consentId().equals(consentId))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no-such-consent", "no consent " + consentId + " for " + customerId));
  }

  @GetMapping("/fetches")
  @Operation(summary = "Where the customer's data came from, when, and its hashes")
  public List<Map<String, Object>> fetches(@PathVariable String customerId) {
    return service.fetches(Caller.current(), customerId);
  }

  @GetMapping("/data/{dataset}")
  @Operation(
      summary = "One dataset's records, paged",
      description =
          "type=raw (as delivered), clean (typed) or quarantine (set aside, with reasons). Only"
              + " records inside the consent's FI types and FI data range are served; a request"
              + " outside them is refused with 403.")
  public CustomerService.DataPage data(
      @PathVariable String customerId,
      @PathVariable
          @Parameter(
              description =
                  "customers, consents, accounts, transactions, gst,"
                      + " credit_reports, policies, mutual_funds, ondc_orders, ocen_applications")
          String dataset,
      @RequestParam(defaultValue = "clean") String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    return service.data(
        Caller.current(),
        customerId,
        dataset(dataset),
        type,
        from,
        to,
        offset(offset),
        limit(limit));
  }

  @GetMapping("/clean-log")
  @Operation(summary = "The customer's last clean log: counts per dataset and rule")
  public JsonNode cleanLog(@PathVariable String customerId) {
    return service.cleanLog(Caller.current(), customerId);
  }

  @GetMapping("/reports")
  @Operation(summary = "Every analysis report of the customer")
  public Map<String, JsonNode> reports(@PathVariable String customerId) {
    return service.reports(Caller.current(), customerId);
  }

  @GetMapping("/reports/{report}")
  @Operation(summary = "One analysis report (transaction_summary … anomalies_report, risk_score)")
  public ResponseEntity<String> report(
      @PathVariable String customerId, @PathVariable String report) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(service.reportText(Caller.current(), customerId, report));
  }

  @GetMapping("/features")
  @Operation(summary = "Behavioural features: the consumer's, or each MSME director's")
  public JsonNode features(@PathVariable String customerId) {
    JsonNode overall = service.report(Caller.current(), customerId, "overall_summary");
    JsonNode out = overall.get("behavioral_signals");
    if (out == null || out.isNull()) {
      out = overall.path("directors");
    }
    return out;
  }

  @GetMapping("/anomalies")
  @Operation(summary = "The anomalies report (fraud signals)")
  public JsonNode anomalies(@PathVariable String customerId) {
    return service.report(Caller.current(), customerId, "anomalies_report");
  }

  @GetMapping("/score")
  @Operation(summary = "The risk score with sub-scores and reasons")
  public JsonNode score(@PathVariable String customerId) {
    return service.report(Caller.current(), customerId, CustomerService.SCORE);
  }

  /** What a decision is asked for: amount in rupees and tenure in months (both optional). */
  public record DecisionRequest(BigDecimal amount, Integer tenureMonths) {}

  @PostMapping(path = "/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Decide now on the stored clean data under the policy in force",
      description = "The full decision record, as the CLI writes decision.json. Never overwrites.",
      responses = {
        @ApiResponse(
            responseCode = "201",
            description = "decided and stored",
            content = @Content(schema = @Schema(implementation = DecisionRecord.class))),
        @ApiResponse(
            responseCode = "200",
            description = "the very same decision was already stored (a replay)",
            content = @Content(schema = @Schema(implementation = DecisionRecord.class)))
      })
  public ResponseEntity<byte[]> decide(
      @PathVariable String customerId, @RequestBody(required = false) DecisionRequest body) {
    Decider.Request request = request(body);
    CustomerService.Decided d = service.decide(Caller.current(), customerId, request);
    return ResponseEntity.status(d.stored() ? HttpStatus.CREATED : HttpStatus.OK)
        .header("Location", "/api/v1/customers/" + customerId + "/decisions/" + d.decisionId())
        .contentType(MediaType.APPLICATION_JSON)
        .body(d.body());
  }

  @GetMapping("/decisions")
  @Operation(summary = "The customer's decisions, newest first (history kept)")
  public List<DecisionStore.Entry> decisions(@PathVariable String customerId) {
    return service.decisions(Caller.current(), customerId);
  }

  @GetMapping("/decisions/{decisionId}")
  @Operation(
      summary = "One decision record, byte for byte as stored",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(schema = @Schema(implementation = DecisionRecord.class))))
  public ResponseEntity<byte[]> decision(
      @PathVariable String customerId, @PathVariable String decisionId) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(service.decision(Caller.current(), customerId, decisionId));
  }

  @GetMapping("/decisions/{decisionId}/notice")
  @Operation(
      summary = "The borrower notice: the written reasons of a REJECT (RBI Fair Practices Code)")
  public Map<String, Object> notice(
      @PathVariable String customerId, @PathVariable String decisionId) {
    JsonNode d = Json.tree(service.decision(Caller.current(), customerId, decisionId));
    JsonNode decision = d.path("decision");
    return Map.of(
        "customer_id", d.path("customer_id").asText(),
        "decision_id", decisionId,
        "outcome", decision.path("outcome").asText("STOPPED"),
        "notice", decision.path("notice"));
  }

  @GetMapping("/decisions/{decisionId}/kfs")
  @Operation(summary = "The offer's Key Facts Statement (none on REJECT)")
  public JsonNode kfs(@PathVariable String customerId, @PathVariable String decisionId) {
    JsonNode d = Json.tree(service.decision(Caller.current(), customerId, decisionId));
    JsonNode offer = d.path("decision").path("offer");
    if (offer.isMissingNode() || offer.isNull()) {
      throw ApiException.notFound(
          "no-offer",
          "decision "
              + decisionId
              + " carries no offer ("
              + d.path("decision").path("outcome").asText("STOPPED")
              + ")");
    }
    return offer;
  }

  public static Decider.Request request(DecisionRequest body) {
    if (body == null) {
      return Decider.Request.DEFAULT;
    }
    Money amount = null;
    if (body.amount() != null) {
      if (body.amount().signum() <= 0) {
        throw ApiException.badRequest(
            "bad-amount", "amount must be more than ₹0.00, was " + body.amount(), "amount");
      }
      if (body.amount().scale() > 2) {
        throw ApiException.badRequest(
            "bad-amount",
            "amount has more than two decimals (paise), was " + body.amount(),
            "amount");
      }
      amount = Money.of(body.amount());
    }
    Integer tenure = body.tenureMonths();
    if (tenure != null && (tenure < 1 || tenure > 480)) {
      throw ApiException.badRequest(
          "bad-tenure", "tenure_months must be 1 to 480, was " + tenure, "tenure_months");
    }
    return new Decider.Request(amount, tenure);
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
              + java.util.Arrays.stream(Dataset.values()).map(Dataset::fileName).toList());
    }
  }

  static int offset(int offset) {
    if (offset < 0) {
      throw ApiException.badRequest(
          "bad-offset", "offset must be 0 or more, was " + offset, "offset");
    }
    return offset;
  }

  static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badRequest(
          "bad-limit", "limit must be 1 to " + MAX_LIMIT + ", was " + limit, "limit");
    }
    return limit;
  }
}
