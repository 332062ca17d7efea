package dev.saakh.synth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.synth.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  static final GeneratorConfig DEFAULTS = GeneratorConfig.defaults(LocalDate.of(2026, 11, 22));

  @Test
  void everyKeyIsOptionalAndOverridesItsDefault() {
    GeneratorConfig c =
        ConfigFile.parse(
            "{\"seed\":7,\"as_of\":\"2025-03-31\",\"scale\":{\"msme_customers\":3,\"bank_months\":6},"
                + "\"messiness\":{\"duplicate_probability\":0},\"profile_mix\":{\"fraud\":1},\"labels\":{\"transaction_truth\":true}}",
            DEFAULTS);
    assertThat(c.seed()).isEqualTo(7);
    assertThat(c.asOf()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(c.msmeCustomers()).isEqualTo(3);
    assertThat(c.bankMonths()).isEqualTo(6);
    assertThat(c.gstMonths()).isEqualTo(36);
    assertThat(c.messiness().duplicateProbability()).isZero();
    assertThat(c.messiness().missingFieldProbability()).isEqualTo(0.05);
    assertThat(c.profileMix()).containsOnlyKeys(Profile.FRAUD);
    assertThat(c.transactionTruth()).isTrue();
    assertThat(ConfigFile.parse("{}", DEFAULTS)).isEqualTo(DEFAULTS);
  }

  @Test
  void theDocumentedExampleIsValidAndMatchesTheDefaults() {
    GeneratorConfig c =
        ConfigFile.read(Path.of("..", "config", "generator.example.json"), DEFAULTS);
    assertThat(c.withScale(10, 0)).isEqualTo(DEFAULTS);
  }

  @Test
  void theManifestFormRoundTrips() {
    GeneratorConfig c = DEFAULTS.withSeed(99).withScale(5, 2);
    assertThat(ConfigFile.parse(ConfigFile.toJson(c).toString(), DEFAULTS)).isEqualTo(c);
  }

  @Test
  void badValuesNameTheKeyAndTheProblem() {
    assertBad(
        "{\"scale\":{\"msme_customers\":-3}}",
        "scale.msme_customers must be between 0 and 9999999, was -3");
    assertBad(
        "{\"scale\":{\"msme_customers\":1.5}}", "scale.msme_customers must be a whole number");
    assertBad("{\"as_of\":\"31-03-2025\"}", "as_of must be a date YYYY-MM-DD");
    assertBad("{\"profile_mix\":{\"risky\":1}}", "unknown profile 'risky'");
    assertBad(
        "{\"messiness\":{\"duplicate_probability\":2}}",
        "messiness.duplicate_probability must be a probability");
    assertBad("{\"scal\":{}}", "unknown key 'scal'");
    assertBad("{\"scale\":{\"customers\":3}}", "unknown key 'scale.customers'");
    assertBad("{\"seed\":", "not valid JSON at line 1");
    assertBad("[1,2]", "the top level must be a JSON object");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path tmp) throws Exception {
    assertThatThrownBy(() -> ConfigFile.read(tmp.resolve("nope.json"), DEFAULTS))
        .hasMessageContaining("config file not found")
        .hasMessageContaining("nope.json");
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"seed\":\"x\"}");
    assertThatThrownBy(() -> ConfigFile.read(bad, DEFAULTS))
        .hasMessageContaining("bad.json")
        .hasMessageContaining("seed must be a whole number");
  }

  private static void assertBad(String json, String message) {
    assertThatThrownBy(() -> ConfigFile.parse(json, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
