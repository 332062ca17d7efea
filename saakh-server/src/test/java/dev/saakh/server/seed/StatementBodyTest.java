package dev.saakh.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.features.FeatureVector;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementData;
import dev.saakh.core.statement.StatementException;
import dev.saakh.core.statement.StatementSet;
import dev.saakh.server.api.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatementBodyTest {
  static byte[] fixture() {
    try (InputStream in =
        StatementBodyTest.class.getResourceAsStream("/seed/statement-rebit.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aReBitDocumentGivesTheTenFeaturesFlatWithExplanations() {
    StatementSet.Result r = StatementBody.read(fixture());
    StatementData s = r.statement();
    assertThat(s.format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
    ObjectNode out = StatementBody.analysis(r);
    assertThat(out.fieldNames())
        .toIterable()
        .startsWith("features", "explanations", "customer_id")
        .contains("clean_transactions", "quarantined_transactions");
    assertThat(out.path("customer_id").asText()).isEqualTo("CUST_CON_00077");
    assertThat(out.path("clean_transactions").asInt()).isEqualTo(30);
    assertThat(out.path("quarantined_transactions").asInt()).isZero();
    JsonNode features = out.path("features");
    assertThat(features.fieldNames()).toIterable().containsExactlyElementsOf(FeatureVector.NAMES);
    features.forEach(v -> assertThat(v.isNumber() || v.isNull()).as(v.toString()).isTrue());
    assertThat(features.path("salary_retention_ratio").isNumber()).isTrue();
    assertThat(out.path("explanations").fieldNames())
        .toIterable()
        .containsExactlyElementsOf(FeatureVector.NAMES);
    assertThat(out.path("explanations").path("salary_retention_ratio").path("inputs").isObject())
        .isTrue();
  }

  @Test
  void anArrayOfCleanTransactionsIsReadAsCleanNdjson() throws IOException {
    StatementSet.Result rebitRead = StatementBody.read(fixture());
    StatementData rebit = rebitRead.statement();
    byte[] array = LakeJson.mapper().writeValueAsBytes(rebit.data().transactions());
    assertThat(StatementBody.cleanArrayAsNdjson(array)).isNotNull();
    StatementSet.Result r = StatementBody.read(array);
    StatementData s = r.statement();
    assertThat(s.format()).isEqualTo(Format.CLEAN_NDJSON);
    assertThat(s.data().transactions()).isEqualTo(rebit.data().transactions());
    assertThat(StatementBody.analysis(r).path("features"))
        .isEqualTo(StatementBody.analysis(rebitRead).path("features"));
  }

  @Test
  void aReBitListIsLeftToCoreAndAnAnonymousDocumentHasNoCustomerId() {
    String account = readTree(fixture()).path("accounts").get(0).toString();
    assertThat(StatementBody.cleanArrayAsNdjson(utf8("[" + account + "]"))).isNull();
    StatementSet.Result r = StatementBody.read(utf8(" [" + account + "]"));
    assertThat(StatementBody.customerId(r.statement())).isNull();
    assertThat(StatementBody.analysis(r).path("customer_id").isNull()).isTrue();
  }

  @Test
  void badInputIsRefusedWithCoresMessage() {
    assertThatThrownBy(() -> StatementBody.read(utf8("{\"Account\": ")))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> {
              assertThat(e.code()).isEqualTo(StatementException.Code.NOT_JSON);
              ApiException api = SeedStatementApi.refusal(e);
              assertThat(api.code()).isEqualTo("bad-json");
              assertThat(api.getMessage()).startsWith(StatementBody.SOURCE);
            });
    assertThatThrownBy(() -> StatementBody.read(utf8("{\"hello\": 1}")))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(SeedStatementApi.refusal(e).code()).isEqualTo("bad-statement"));
    assertThatThrownBy(() -> StatementBody.read(utf8("[{\"transaction_id\": \"X\"}]")))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> {
              assertThat(e.code()).isEqualTo(StatementException.Code.BAD_RECORD);
              assertThat(e.getMessage()).startsWith(StatementBody.ARRAY_SOURCE);
            });
    assertThatThrownBy(() -> StatementBody.read(new byte[0]))
        .isInstanceOfSatisfying(
            StatementException.class,
            e -> assertThat(e.code()).isEqualTo(StatementException.Code.EMPTY));
  }

  private static JsonNode readTree(byte[] bytes) {
    try {
      return LakeJson.mapper().readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
