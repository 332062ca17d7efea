package dev.saakh.server.memo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.server.api.ApiException;
import dev.saakh.server.api.CustomerApi;
import dev.saakh.server.audit.AuditEntry;
import dev.saakh.server.audit.AuditLog;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The credit memo and the KFS of one decision, for the API and the console alike. Everything is
 * read through {@link CustomerService} (consent gate and audit on every read), and each download is
 * audited once more as what it is: the customer's data leaving the system as a file.
 */
@Service
public class MemoService {
  private final CustomerService customers;
  private final AuditLog audit;

  public MemoService(CustomerService customers, AuditLog audit) {
    this.customers = customers;
    this.audit = audit;
  }

  /** The credit memo as PDF. */
  public byte[] memoPdf(Caller who, String customerId, String decisionId) {
    return download(who, customerId, decisionId, "memo.pdf", MemoPdf::render);
  }

  /** The credit memo as an XLSX workbook. */
  public byte[] memoXlsx(Caller who, String customerId, String decisionId) {
    return download(who, customerId, decisionId, "memo.xlsx", MemoWorkbook::render);
  }

  /** The KFS of the decision's offer as PDF; refused (404 {@code no-offer}) when it has none. */
  public byte[] kfsPdf(Caller who, String customerId, String decisionId) {
    String action = "memo.download kfs.pdf";
    CustomerService.Access a = customers.open(who, customerId, action);
    String id = a.customer().customerId();
    AuditEntry entry =
        AuditEntry.of(who, id, action).consent(a.consent().consentId(), a.consent().purposeCode());
    JsonNode record = tree(customers.decision(who, id, decisionId));
    CreditMemo memo = CreditMemo.of(Map.of(), record, List.of(), null);
    if (memo.verdict().offer() == null) {
      audit.record(entry.failed("decision " + decisionId + " carries no offer"));
      throw ApiException.notFound(
          "no-offer",
          "decision "
              + decisionId
              + " carries no offer ("
              + memo.verdict().outcome()
              + "), so it has no Key Facts Statement");
    }
    return rendered(entry, decisionId, () -> KfsPdf.render(memo));
  }

  /**
   * The memo of one decision: its record, the customer's stored reports and every clean transaction
   * inside the consent (read in pages of at most {@link CustomerApi#MAX_LIMIT}).
   */
  public CreditMemo memo(Caller who, String customerId, String decisionId) {
    String id = CustomerService.requireId(customerId);
    JsonNode record = tree(customers.decision(who, id, decisionId));
    Map<String, JsonNode> reports = customers.reports(who, id);
    List<JsonNode> txns = new ArrayList<>();
    String note = null;
    try {
      txns = transactions(who, id);
    } catch (ApiException e) {
      if (!"outside-consent".equals(e.code())) {
        throw e;
      }
      note = "not listed: " + e.getMessage();
    }
    return CreditMemo.of(reports, record, txns, note);
  }

  private List<JsonNode> transactions(Caller who, String id) {
    List<JsonNode> out = new ArrayList<>();
    int offset = 0;
    while (true) {
      CustomerService.DataPage page =
          customers.data(
              who, id, Dataset.TRANSACTIONS, "clean", null, null, offset, CustomerApi.MAX_LIMIT);
      out.addAll(page.records());
      offset += page.records().size();
      if (page.records().isEmpty() || offset >= page.total()) {
        return out;
      }
    }
  }

  private byte[] download(
      Caller who,
      String customerId,
      String decisionId,
      String file,
      Function<CreditMemo, byte[]> render) {
    String action = "memo.download " + file;
    CustomerService.Access a = customers.open(who, customerId, action);
    String id = a.customer().customerId();
    AuditEntry entry =
        AuditEntry.of(who, id, action).consent(a.consent().consentId(), a.consent().purposeCode());
    CreditMemo memo = memo(who, id, decisionId);
    return rendered(entry, decisionId, () -> render.apply(memo));
  }

  private byte[] rendered(
      AuditEntry entry, String decisionId, java.util.function.Supplier<byte[]> r) {
    byte[] bytes;
    try {
      bytes = r.get();
    } catch (RuntimeException e) {
      audit.record(entry.failed("decision " + decisionId + ": " + e.getMessage()));
      throw e;
    }
    audit.record(entry.detail("decision " + decisionId + ", " + bytes.length + " bytes"));
    return bytes;
  }

  private static JsonNode tree(byte[] json) {
    try {
      return LakeJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("a stored decision record is unreadable", e);
    }
  }
}
