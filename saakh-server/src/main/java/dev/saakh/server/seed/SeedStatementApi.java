package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seed's {@code POST /api/bank-statements/analyze-json/}: the behavioural features of a
 * statement the caller sends. It reads no stored customer, so no consent is looked up; every call
 * is audited ({@code statement.analyze}, with the statement's customer id when it names one).
 */
@RestController
@Tag(name = "seed-compat", description = "The seed system's API, same paths and reply shapes")
public class SeedStatementApi {
  static final String ACTION = "statement.analyze";

  private final AuditLog audit;

  public SeedStatementApi(AuditLog audit) {
    this.audit = audit;
  }

  @PostMapping(
      path = {"/api/bank-statements/analyze-json/", "/api/bank-statements/analyze-json"},
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Behavioural features of a bank statement sent as JSON (seed: analyze-json)",
      description =
          "Body: a ReBIT DEPOSIT document ({\"Account\": …}, a list of them, or {\"customer_id\":"
              + " …, \"accounts\": [{\"Account\": …}]}), cleaned like the lake, or a JSON array of"
              + " clean transactions. Reply: {features: {name: value or null}, explanations:"
              + " {name: {inputs, note}}, customer_id, format, from, to, accounts,"
              + " clean_transactions, quarantined_transactions, duplicate_transactions}. Not a"
              + " statement: 400 bad-statement (bad-json for invalid JSON).")
  public ObjectNode analyze(@RequestBody(required = false) byte[] body) {
    Caller who = Caller.current();
    StatementData s;
    try {
      s = StatementBody.read(body == null ? new byte[0] : body);
    } catch (StatementException e) {
      audit.record(AuditEntry.of(who, null, ACTION).failed(e.code() + ": " + e.getMessage()));
      throw refusal(e);
    }
    String id = StatementBody.customerId(s);
    AuditEntry entry = AuditEntry.of(who, id, ACTION);
    if (s.data().transactions().isEmpty()) {
      audit.record(entry.failed("no transaction survived cleaning"));
      throw ApiException.badRequest(
          "no-transactions",
          "no transaction of the statement survived cleaning ("
              + StatementBody.quarantined(s).size()
              + " quarantined); nothing to analyse",
          null);
    }
    ObjectNode out = StatementBody.analysis(s);
    audit.record(
        entry.detail(
            s.format()
                + ", "
                + out.path("clean_transactions").asInt()
                + " clean, "
                + out.path("quarantined_transactions").asInt()
                + " quarantined transactions"));
    return out;
  }

  static ApiException refusal(StatementException e) {
    return switch (e.code()) {
      case NOT_JSON -> ApiException.badRequest("bad-json", e.getMessage(), null);
      case NOT_XML -> ApiException.badRequest("bad-xml", e.getMessage(), null);
      case TOO_LARGE ->
          new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", e.getMessage());
      case EMPTY,
          UNKNOWN_FORMAT,
          BAD_RECORD,
          MIXED_CUSTOMERS,
          DUPLICATE_ID_CONFLICT,
          NO_TRANSACTIONS ->
          ApiException.badRequest("bad-statement", e.getMessage(), null);
    };
  }
}
