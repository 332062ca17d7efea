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

  /** Jackson's and Java's words never reach the user; each message names the key. */
  private static final java.util.regex.Pattern JAVA =
      java.util.regex.Pattern.compile(
          "(?i)exception|java\\.|bigdecimal|biginteger|streamreadconstraints|jackson|fasterxml"
              + "|source: |redacted|infinity|nan\\b|\\bdouble\\b|\\blong\\b");

  @Test
  void hostileValuesAreRefusedInPlainWordsNamingTheKey() {
    String huge = "9".repeat(2000);
    String[][] cases = {
      {"{\"seed\":" + huge + "}", "seed"},
      {"{\"seed\":99999999999999999999}", "seed must be a whole number between"},
      {"{\"seed\":1e400}", "seed must be a whole number"},
      {"{\"seed\":1.5}", "seed must be a whole number, was 1.5"},
      {"{\"seed\":\"" + "x".repeat(30_000_000) + "\"}", "seed"},
      {"{\"as_of\":\"" + "x".repeat(30_000_000) + "\"}", "as_of"},
      {"{\"as_of\":\"" + "x".repeat(300) + "\"}", "as_of must be a date YYYY-MM-DD, was \"xxx"},
      {"{\"as_of\":20261122}", "as_of must be a date YYYY-MM-DD, was 20261122"},
      {"{\"as_of\":\"+999999999-12-31\"}", "as_of must be between 2000 and 2100"},
      {"{\"as_of\":null}", "as_of must be a date"},
      {"{\"messiness\":{\"duplicate_probability\":1e400}}", "messiness.duplicate_probability"},
      {"{\"messiness\":{\"duplicate_probability\":\"0.1\"}}", "messiness.duplicate_probability"},
      {"{\"messiness\":{\"duplicate_probability\":" + huge + "}}", "duplicate_probability"},
      {
        "{\"profile_mix\":{\"fraud\":1e400}}", "profile_mix.fraud is too large a number, was 1E+400"
      },
      {"{\"scale\":{\"msme_customers\":99999999999}}", "scale.msme_customers must be between"},
      {"{\"scale\":{\"msme_customers\":\"3\"}}", "scale.msme_customers must be a whole number"},
      {"{\"scale\":[]}", "scale must be a JSON object"},
      {"{\"labels\":{\"transaction_truth\":\"yes\"}}", "labels.transaction_truth"},
      {"{\"seed\":1,}", "not valid JSON at line 1"},
      {"{\"seed\":1} {}", "not valid JSON"},
      {"{\"seed\":1,\"seed\":2}", "seed"},
      {"", "not valid JSON"},
      {"{\"seed\":1e99999999999}", "not valid JSON: a number in it is out of range"},
      {"{\"scale\":{\"gst_months\":0}}", "scale.gst_months must be between 1 and 60, was 0"},
      {"{" + "[".repeat(3000), "not valid JSON"},
      {"{\"a\" \"b\"}", "not valid JSON at line 1"},
    };
    for (String[] c : cases) {
      Throwable t =
          org.assertj.core.api.Assertions.catchThrowable(() -> ConfigFile.parse(c[0], DEFAULTS));
      String shown = c[0].length() > 60 ? c[0].substring(0, 60) + "…" : c[0];
      assertThat(t).as(shown).isInstanceOf(IllegalArgumentException.class);
      assertThat(t.getMessage())
          .as(shown)
          .contains(c[1])
          .doesNotContainPattern(JAVA)
          .hasSizeLessThan(300);
    }
  }

  @Test
  void aFileThatIsNotUtf8TextIsNamed(@TempDir Path tmp) throws Exception {
    Path binary = Files.write(tmp.resolve("bin.json"), new byte[] {'{', (byte) 0xff, '}'});
    assertThatThrownBy(() -> ConfigFile.read(binary, DEFAULTS))
        .hasMessageContaining("bin.json")
        .hasMessageContaining("not UTF-8 text")
        .hasMessageNotContaining("Input length");
    assertThatThrownBy(() -> ConfigFile.read(tmp, DEFAULTS))
        .hasMessageContaining("is a folder, not a file");
  }

  private static void assertBad(String json, String message) {
    assertThatThrownBy(() -> ConfigFile.parse(json, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
