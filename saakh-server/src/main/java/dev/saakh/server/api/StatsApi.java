package dev.saakh.server.api;

import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Counts only, never a customer id or a value: what the server holds and has decided. */
@RestController
@Tag(name = "stats", description = "Anonymised counts")
public class StatsApi {
  private final CustomerService service;

  public StatsApi(CustomerService service) {
    this.service = service;
  }

  @GetMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Counts of customers, records and decisions (no customer data)")
  public Map<String, Object> stats() {
    return service.stats();
  }

  @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Who the caller is signed in as")
  public Map<String, Object> me() {
    Caller c = Caller.current();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name());
    out.put("role", c.roleName());
    return out;
  }
}
