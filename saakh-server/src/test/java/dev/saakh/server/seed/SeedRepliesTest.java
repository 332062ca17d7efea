package dev.saakh.server.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.server.customer.CustomerService;
import dev.saakh.server.store.CustomerStore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedRepliesTest {
  static JsonNode json(String text) {
    try {
      return LakeJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generateCountsRecordsPerDatasetAndSaysSimulated() {
    CustomerStore.Customer c =
        new CustomerStore.Customer(
            "CUST_MSM_00042",
            "MSME",
            DataSource.SIMULATED,
            42L,
            LocalDate.of(2026, 12, 3),
            "abc",
            null,
            null,
            null,
            null);
    Map<String, Integer> records = new LinkedHashMap<>();
    records.put("customers", 1);
    records.put("transactions", 2000);
    Map<String, Object> r = SeedReplies.generated(new CustomerService.Fetched(c, records));
    assertThat(r.keySet())
        .containsExactly(
            "status",
            "customer_id",
            "message",
            "source",
            "seed",
            "as_of",
            "records",
            "total_records");
    assertThat(r.get("status")).isEqualTo("success");
    assertThat(r.get("source")).isEqualTo("SIMULATED");
    assertThat(r.get("total_records")).isEqualTo(2001L);
    assertThat((String) r.get("message")).contains("2001", "CUST_MSM_00042", "simulated");
  }

  @Test
  void cleanSumsTheLogsCountsOverDatasets() {
    JsonNode log =
        json(
            """
            {"customer_id": "CUST_MSM_00001", "datasets": {
              "customers": {"raw": 1, "clean": 1, "quarantined": 0, "duplicates": 0, "rules": {}},
              "transactions": {"raw": 100, "clean": 90, "quarantined": 6, "duplicates": 4}}}
            """);
    Map<String, Object> r =
        SeedReplies.cleaned(new CustomerService.CleanOutcome("CUST_MSM_00001", "f00d", log));
    assertThat(r.get("totals"))
        .isEqualTo(Map.of("raw", 101L, "clean", 91L, "quarantined", 6L, "duplicates", 4L));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Long>> datasets = (Map<String, Map<String, Long>>) r.get("datasets");
    assertThat(datasets.keySet()).containsExactly("customers", "transactions");
    assertThat(datasets.get("transactions").get("quarantined")).isEqualTo(6L);
    assertThat(r.get("clean_sha256")).isEqualTo("f00d");
    assertThat((String) r.get("message"))
        .isEqualTo(
            "cleaned CUST_MSM_00001: 91 clean, 6 quarantined, 4 duplicates of 101 raw records");
  }

  @Test
  void analyticsIsFlatWithReportsInDesignOrder() {
    Map<String, JsonNode> stored = new LinkedHashMap<>();
    for (String name :
        List.of("zeta_extra", "risk_score", "anomalies_report", "consent_scope", "gst_summary")) {
      stored.put(name, IntNode.valueOf(name.length()));
    }
    stored.put("transaction_summary", json("{\"months\": 12}"));
    Map<String, Object> flat = SeedReplies.analytics("CUST_MSM_00001", stored);
    assertThat(flat.keySet())
        .containsExactly(
            "customer_id",
            "transaction_summary",
            "gst_summary",
            "anomalies_report",
            "risk_score",
            "consent_scope",
            "zeta_extra");
    assertThat(flat.get("customer_id")).isEqualTo("CUST_MSM_00001");
    assertThat(((JsonNode) flat.get("transaction_summary")).path("months").asInt()).isEqualTo(12);
    Map<String, Object> done = SeedReplies.analysed("CUST_MSM_00001", stored);
    assertThat(done.get("reports"))
        .isEqualTo(
            List.of(
                "transaction_summary",
                "gst_summary",
                "anomalies_report",
                "risk_score",
                "consent_scope",
                "zeta_extra"));
  }

  @Test
  void aDataPageTakesTheSeedsShape() {
    CustomerService.DataPage page =
        new CustomerService.DataPage(
            "CUST_CON_00001",
            "transactions",
            "raw",
            "consent-1",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            0,
            2,
            40,
            3,
            "outside",
            List.of(json("{\"a\": 1}"), json("{\"a\": 2}")));
    Map<String, Object> r = SeedReplies.data(page);
    assertThat(r.keySet())
        .containsExactly("customer_id", "dataset", "type", "count", "records", "total", "withheld");
    assertThat(r.get("count")).isEqualTo(2);
    assertThat(r.get("total")).isEqualTo(40L);
    assertThat(r.get("withheld")).isEqualTo(3L);
  }
}
