package dev.saakh.server.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementFiles;
import dev.saakh.core.statement.StatementSet;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

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
          "Body: one statement file in any format Saakh reads (a ReBIT DEPOSIT document in JSON"
              + " or XML, an AA gateway's envelope around it, a bank's CSV export), cleaned like the"
              + " lake, or a JSON array of clean transactions. Reply: {features: {name: value or null}, explanations:"
              + " {name: {inputs, note}}, customer_id, format, from, to, accounts,"
              + " clean_transactions, quarantined_transactions, duplicate_transactions, files,"
              + " consents, quarantined [{dataset, line, file, file_entry, record_id, reasons}],"
              + " duplicates, balance_chains [{account_id, links_checked, break_count, breaks}]}. Not a"
              + " statement: 400 bad-statement (bad-json for invalid JSON).")
  public ObjectNode analyze(@RequestBody(required = false) byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    return analyzed(() -> StatementBody.read(bytes));
  }

  @PostMapping(
      path = "/api/bank-statements/analyze",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Behavioural features of one customer's statement uploaded as one or more files",
      description =
          "multipart/form-data with one or more 'file' parts, all of one customer: ReBIT DEPOSIT"
              + " JSON or XML (or an AA gateway's envelope around it), a ReBIT consent, a bank's"
              + " CSV, XLS, XLSX or text PDF download, or one clean transactions NDJSON (a scanned"
              + " PDF is refused saying so). A password-protected PDF or workbook is opened with"
              + " the first of the 'password' fields that opens it; passwords are neither stored"
              + " nor audited. The files are cleaned once as one statement. Reply: as"
              + " analyze-json. A file that is not a statement, or from which nothing was read:"
              + " 400 bad-statement naming the file.")
  public ObjectNode upload(
      @RequestParam(name = "file", required = false) List<MultipartFile> file,
      @RequestParam(name = "password", required = false) List<String> password)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw ApiException.badRequest(
          "bad-statement", "no file was uploaded: send one or more 'file' parts", null);
    }
    List<StatementFiles.Named> named = new ArrayList<>(file.size());
    for (MultipartFile f : file) {
      String name = f.getOriginalFilename();
      named.add(
          new StatementFiles.Named(
              name == null || name.isBlank() ? "file " + (named.size() + 1) : name, f.getBytes()));
    }
    List<String> passwords = password == null ? List.of() : password;
    return analyzed(() -> StatementBody.read(named, passwords));
  }

  /** Reads, refuses or analyses a statement, auditing the outcome either way. */
  private ObjectNode analyzed(Supplier<StatementSet.Result> read) {
    Caller who = Caller.current();
    StatementSet.Result r;
    try {
      r = read.get();
    } catch (StatementException e) {
      audit.record(AuditEntry.of(who, null, ACTION).failed(e.code() + ": " + e.getMessage()));
      throw refusal(e);
    }
    StatementData s = r.statement();
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
    ObjectNode out = StatementBody.analysis(r);
    audit.record(
        entry.detail(
            s.format()
                + ", "
                + Math.max(1, s.sources().size())
                + " file(s), "
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
      default -> ApiException.badRequest("bad-statement", e.getMessage(), null);
    };
  }
}
