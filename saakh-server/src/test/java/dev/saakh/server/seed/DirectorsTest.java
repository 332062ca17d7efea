package dev.saakh.server.seed;

import static dev.saakh.server.seed.SeedRepliesTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.features.FeatureVector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectorsTest {
  static final JsonNode OVERALL =
      json(
          """
          {"customer_id": "CUST_MSM_00001", "behavioral_signals": null, "directors": [
            {"director_id": "CUST_MSM_00001-D2", "name": "Tanvi Iyengar",
             "accounts": ["CUST_MSM_00001-A3"],
             "behavioral_signals": {"from": "2025-12-01", "to": "2026-11-30",
               "accounts": ["CUST_MSM_00001-A3"], "transactions": 519, "features": {
                 "salary_retention_ratio": {"value": 0.6136, "inputs": {"months": 12}, "note": null},
                 "inflow_time_consistency": {"value": null, "inputs": {"significant_credits": 1},
                   "note": "fewer than two significant credits"}}}}]}
          """);

  static final JsonNode CUSTOMER =
      json(
          """
          {"customer_id": "CUST_MSM_00001", "directors": [
            {"director_id": "CUST_MSM_00001-D1", "name": "Meera Gupta", "pan": "ACVPG9193O"},
            {"director_id": "CUST_MSM_00001-D2", "name": "Tanvi Iyengar", "pan": "OJGPI8228M"}]}
          """);

  @Test
  void eachDirectorGetsPanAndFlatSignals() {
    List<Map<String, Object>> out = Directors.of(OVERALL, CUSTOMER);
    assertThat(out).hasSize(2);
    Map<String, Object> tanvi = out.get(0);
    assertThat(tanvi.get("director")).isEqualTo("Tanvi Iyengar");
    assertThat(tanvi.get("pan")).isEqualTo("OJGPI8228M");
    assertThat(tanvi.get("transactions")).isEqualTo(519);
    JsonNode signals = (JsonNode) tanvi.get("behavioral_signals");
    assertThat(signals.fieldNames()).toIterable().containsExactlyElementsOf(FeatureVector.NAMES);
    assertThat(signals.path("salary_retention_ratio").asDouble()).isEqualTo(0.6136);
    assertThat(signals.path("inflow_time_consistency").isNull()).isTrue();
    JsonNode why = ((JsonNode) tanvi.get("explanations")).path("inflow_time_consistency");
    assertThat(why.path("note").asText()).isEqualTo("fewer than two significant credits");
    assertThat(why.path("inputs").path("significant_credits").asInt()).isEqualTo(1);
    Map<String, Object> meera = out.get(1);
    assertThat(meera.get("director")).isEqualTo("Meera Gupta");
    assertThat(meera.get("pan")).isEqualTo("ACVPG9193O");
    assertThat(meera.get("behavioral_signals")).isNull();
    assertThat(meera).containsKey("note");
  }

  @Test
  void aConsumerHasNoDirectorsAndAMissingRecordLeavesPansNull() {
    assertThat(Directors.of(json("{\"directors\": []}"), null)).isEmpty();
    assertThat(Directors.of(OVERALL, null).get(0).get("pan")).isNull();
  }
}
