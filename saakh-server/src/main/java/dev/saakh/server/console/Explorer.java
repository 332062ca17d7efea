package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.security.Caller;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The transaction explorer: one customer's clean transactions filtered and paged, each beside the
 * raw line it was cleaned from, plus the quarantined lines with their reasons. The three reads go
 * through {@link CustomerService#data} (consent gate, audit); filtering happens here, on one
 * customer's records.
 */
@Component
class Explorer {
  /** Rows per page. */
  static final int PAGE = 50;

  private final CustomerService customers;

  Explorer(CustomerService customers) {
    this.customers = customers;
  }

  /** The filters as the form sent them (blank: not filtered). */
  record Filters(
      String q,
      String type,
      String category,
      String channel,
      BigDecimal min,
      Set<String> highlight,
      boolean onlyHighlighted,
      int page) {
    String queryString(int toPage) {
      StringBuilder b = new StringBuilder("page=").append(toPage);
      add(b, "q", q);
      add(b, "type", type);
      add(b, "category", category);
      add(b, "channel", channel);
      add(b, "min", min == null ? null : min.toPlainString());
      add(b, "highlight", highlight.isEmpty() ? null : String.join(",", highlight));
      add(b, "only", onlyHighlighted ? "highlighted" : null);
      return b.toString();
    }

    private static void add(StringBuilder b, String k, String v) {
      if (v != null && !v.isBlank()) {
        b.append('&')
            .append(k)
            .append('=')
            .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }

  /** One clean transaction and the raw line it came from (null when raw data was deleted). */
  record Row(JsonNode clean, String raw, boolean highlighted) {}

  /** A page of the explorer. */
  record Page(
      Filters filters,
      List<Row> rows,
      int matching,
      int total,
      int pages,
      List<JsonNode> quarantined,
      Set<String> categories,
      Set<String> channels,
      long rawWithheld) {}

  Page page(Caller who, String customerId, Map<String, String> query) {
    Filters f = filters(query);
    List<JsonNode> clean =
        customers
            .data(who, customerId, Dataset.TRANSACTIONS, "clean", null, null, 0, Integer.MAX_VALUE)
            .records();
    CustomerService.DataPage rawPage =
        customers.data(
            who, customerId, Dataset.TRANSACTIONS, "raw", null, null, 0, Integer.MAX_VALUE);
    Map<String, String> raw = byId(rawPage.records());
    List<JsonNode> quarantined =
        customers
            .data(
                who,
                customerId,
                Dataset.TRANSACTIONS,
                "quarantine",
                null,
                null,
                0,
                Integer.MAX_VALUE)
            .records();
    Set<String> categories = new TreeSet<>();
    Set<String> channels = new TreeSet<>();
    List<JsonNode> matching = new ArrayList<>();
    for (JsonNode t : clean) {
      categories.add(t.path("category").asText());
      channels.add(t.path("channel").asText());
      if (matches(t, f)) {
        matching.add(t);
      }
    }
    int pages = Math.max(1, (matching.size() + PAGE - 1) / PAGE);
    int page = Math.min(Math.max(f.page(), 1), pages);
    List<Row> rows = new ArrayList<>();
    for (JsonNode t : matching.subList((page - 1) * PAGE, Math.min(matching.size(), page * PAGE))) {
      String id = t.path("transaction_id").asText();
      rows.add(new Row(t, raw.get(id), f.highlight().contains(id)));
    }
    return new Page(
        new Filters(
            f.q(),
            f.type(),
            f.category(),
            f.channel(),
            f.min(),
            f.highlight(),
            f.onlyHighlighted(),
            page),
        rows,
        matching.size(),
        clean.size(),
        pages,
        quarantined,
        categories,
        channels,
        rawPage.withheld());
  }

  private static Map<String, String> byId(List<JsonNode> raw) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode r : raw) {
      out.putIfAbsent(r.path("transaction_id").asText(), r.toString());
    }
    return out;
  }

  static Filters filters(Map<String, String> q) {
    BigDecimal min = null;
    String m = q.getOrDefault("min", "").trim();
    if (!m.isEmpty()) {
      try {
        min = new BigDecimal(m.replace(",", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("minimum amount '" + m + "' is not a number");
      }
    }
    Set<String> highlight = new LinkedHashSet<>();
    for (String id : q.getOrDefault("highlight", "").split(",")) {
      if (!id.isBlank()) {
        highlight.add(id.trim());
      }
    }
    int page;
    try {
      page = Integer.parseInt(q.getOrDefault("page", "1").trim());
    } catch (NumberFormatException e) {
      page = 1;
    }
    return new Filters(
        q.getOrDefault("q", "").trim(),
        q.getOrDefault("type", "").trim(),
        q.getOrDefault("category", "").trim(),
        q.getOrDefault("channel", "").trim(),
        min,
        highlight,
        "highlighted".equals(q.get("only")),
        page);
  }

  private static boolean matches(JsonNode t, Filters f) {
    if (f.onlyHighlighted() && !f.highlight().contains(t.path("transaction_id").asText())) {
      return false;
    }
    if (!f.type().isEmpty() && !f.type().equalsIgnoreCase(t.path("type").asText())) {
      return false;
    }
    if (!f.category().isEmpty() && !f.category().equals(t.path("category").asText())) {
      return false;
    }
    if (!f.channel().isEmpty() && !f.channel().equals(t.path("channel").asText())) {
      return false;
    }
    if (f.min() != null && t.path("amount").decimalValue().compareTo(f.min()) < 0) {
      return false;
    }
    if (!f.q().isEmpty()) {
      String needle = f.q().toLowerCase(Locale.ROOT);
      return t.path("narration").asText().toLowerCase(Locale.ROOT).contains(needle)
          || t.path("counterparty").asText().toLowerCase(Locale.ROOT).contains(needle)
          || t.path("transaction_id").asText().toLowerCase(Locale.ROOT).contains(needle);
    }
    return true;
  }
}
