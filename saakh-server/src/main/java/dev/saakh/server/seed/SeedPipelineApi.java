package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import dev.saakh.synth.config.GeneratorConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's pipeline, one customer per call: {@code POST /api/pipeline/generate}, {@code clean},
 * {@code analytics}, each with {@code {"customer_id": …}}.
 */
@RestController
@RequestMapping(path = "/api/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "seed-compat", description = "The seed system's API, same paths and reply shapes")
public class SeedPipelineApi {
  private final CustomerService service;
  private final Clock clock;
  private final long seed;

  public SeedPipelineApi(
      CustomerService service, Clock clock, @Value("${saakh.demo.seed}") long seed) {
    this.service = service;
    this.clock = clock;
    this.seed = seed;
  }

  @PostMapping("/generate")
  @Operation(
      summary = "Generate one customer's data with the simulated FIPs (seed: generate)",
      description =
          "Runs the generator (seed saakh.demo.seed, as of today in India) for the named customer"
              + " and stores it as raw records marked SIMULATED, replacing what was held. Reply:"
              + " {status, customer_id, message, source, seed, as_of, records: {dataset: n},"
              + " total_records}. Without customer_id (or with \"all\"): 400"
              + " customer-id-required.")
  public Map<String, Object> generate(@RequestBody(required = false) SeedRequest body) {
    String id = SeedRequest.customerId(body);
    LocalDate today = LocalDate.ofInstant(clock.instant(), Underwriting.IST);
    GeneratorConfig config = GeneratorConfig.defaults(today).withSeed(seed);
    return SeedReplies.generated(service.simulate(Caller.current(), id, config));
  }

  @PostMapping("/clean")
  @Operation(
      summary = "Clean one customer's raw data (seed: clean)",
      description =
          "Under the consent gate. Reply: {status, customer_id, message, clean_sha256, totals:"
              + " {raw, clean, quarantined, duplicates}, datasets: {dataset: {…}}}.")
  public Map<String, Object> clean(@RequestBody(required = false) SeedRequest body) {
    return SeedReplies.cleaned(service.clean(Caller.current(), SeedRequest.customerId(body)));
  }

  @PostMapping("/analytics")
  @Operation(
      summary = "Analyse one customer's clean data (seed: analytics)",
      description =
          "Under the consent gate; stores every report. Reply: {status, customer_id, message,"
              + " reports: [name, …]}; read them with GET /api/analytics?customer_id=….")
  public Map<String, Object> analytics(@RequestBody(required = false) SeedRequest body) {
    String id = SeedRequest.customerId(body);
    Map<String, JsonNode> reports = service.analyze(Caller.current(), id);
    return SeedReplies.analysed(id, reports);
  }
}
