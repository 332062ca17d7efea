package dev.saakh.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.money.Money;
import dev.saakh.core.schema.TestingSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default policy, and every way a policy file is refused with its field and reason. */
class PolicyFileTest {
  static String defaultText() throws IOException {
    try (InputStream in = PolicyFile.class.getResourceAsStream(PolicyFile.DEFAULT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDefaultPolicyHasItsDocumentedValues() {
    Policy p = PolicyFile.defaults();
    assertThat(p.policyId()).isEqualTo("saakh-default");
    assertThat(p.version()).isEqualTo("2026.11-1");
    assertThat(p.sha256()).hasSize(64);
    assertThat(p.knockOuts()).hasSize(11);
    KnockOut first = p.knockOuts().get(0);
    assertThat(first.id()).isEqualTo("KO_GST_FRAUD");
    assertThat(first.signal()).isEqualTo(Signal.GST_FRAUD_HIGH);
    assertThat(first.op()).isEqualTo(KnockOut.Comparison.GE);
    assertThat(first.ifMissing()).isEqualTo(KnockOut.IfMissing.PASS);
    assertThat(p.approveMin()).isEqualTo(60);
    assertThat(p.referMin()).isEqualTo(40);
    assertThat(p.grade(85).grade()).isEqualTo("A");
    assertThat(p.grade(60).grade()).isEqualTo("C");
    assertThat(p.grade(0).annualRatePercent()).isEqualByComparingTo(new BigDecimal("26"));
    Product msme = p.product(Segment.MSME);
    assertThat(msme.maxAmount()).isEqualTo(Money.of("5000000"));
    assertThat(msme.tenureMonths()).containsExactly(12, 24, 36);
    assertThat(p.product(Segment.CONSUMER).foirCap()).isEqualTo(0.5);
  }

  @Test
  void oneChangedByteChangesTheSha() throws IOException {
    String text = defaultText();
    Policy a = PolicyFile.parse(text.getBytes(StandardCharsets.UTF_8), "a");
    Policy b = PolicyFile.parse((text + " ").getBytes(StandardCharsets.UTF_8), "b");
    assertThat(a.sha256()).isNotEqualTo(b.sha256()).isEqualTo(PolicyFile.defaults().sha256());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'threshold: 1'|'threshold: high'|knock-outs[0].threshold|must be a number, got \"high\"",
        "'signal: gst_fraud_high'|'signal: gst_frud'|knock-outs[0].signal|\"gst_frud\" is not one of",
        "'op: \">=\"'|'op: \"=>\"'|knock-outs[0].op|\"=>\" is not one of",
        "'outcome: REJECT'|'outcome: DECLINE'|knock-outs[0].outcome|\"DECLINE\" is not one of",
        "'approve-min: 60'|'approve-min: 160'|cut-offs.approve-min|must be at most 100, got 160",
        "'refer-min: 40'|'refer-min: 70'|cut-offs.refer-min|70 is above approve-min 60",
        "'default-tenure-months: 24'|'default-tenure-months: 18'|products.MSME.default-tenure-months|18 is not one of tenure-months [12, 24, 36]",
        "'min-amount: 100000'|'min-amount: 9000000'|products.MSME.min-amount|is above max-amount",
        "'foir-cap: 0.60'|'foir-cap: 0'|products.MSME.foir-cap|must be more than 0",
        "'tenure-months: [12, 24, 36]'|'tenure-months: [12, 12]'|products.MSME.tenure-months|12 is listed twice",
        "'policy-id: saakh-default'|'policy-name: saakh-default'|policy-id|is required",
        "'cut-offs:'|'cutoffs: {}\ncut-offs:'|cutoffs|unknown key",
        "'id: KO_DPD_90'|'id: KO_GST_FRAUD'|knock-outs[4].id|KO_GST_FRAUD is used twice",
        "'min-score: 70,'|'min-score: 85,'|grades[1].min-score|85 must be below the grade above",
        "'grade: E, min-score: 0'|'grade: E, min-score: 10'|grades[4].min-score|the last grade must start at 0",
        "'version: \"2026.11-1\"'|'version: 2026.11'|version|must be a string, got 2026.11",
      })
  void aMalformedPolicyIsRefusedNamingTheFieldAndTheReason(
      String from, String to, String field, String reason) throws IOException {
    String text = defaultText();
    assertThat(text).contains(from);
    String bad = text.replaceFirst(java.util.regex.Pattern.quote(from), to.replace("\\n", "\n"));
    assertThatThrownBy(() -> PolicyFile.parse(bad.getBytes(StandardCharsets.UTF_8), "my.yaml"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).contains(reason);
              assertThat(e.getMessage()).startsWith("my.yaml: " + field + ": ");
            });
    assertAgreesWithAFullValidator(bad.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyNonMappingBrokenAndDuplicateKeyFilesAreRefused() {
    assertRefused("", PolicyException.Code.SCHEMA, "the file is empty");
    assertRefused("- a\n- b\n", PolicyException.Code.SCHEMA, "must be a mapping");
    assertRefused("a: [1, 2\n", PolicyException.Code.NOT_YAML, "not valid YAML");
    assertRefused("version: a\nversion: b\n", PolicyException.Code.NOT_YAML, "Duplicate field");
    assertRefused(
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n",
        null,
        "");
  }

  private static void assertRefused(String text, PolicyException.Code code, String reason) {
    assertThatThrownBy(() -> PolicyFile.parse(text.getBytes(StandardCharsets.UTF_8), "p.yaml"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> {
              if (code != null) {
                assertThat(e.code()).isEqualTo(code);
              }
              assertThat(e.reason()).contains(reason);
            });
  }

  @Test
  void theDefaultPolicyIsValidForAFullJsonSchemaValidator() throws IOException {
    assertAgreesWithAFullValidator(defaultText().getBytes(StandardCharsets.UTF_8));
    JsonNode tree = new YAMLMapper().readTree(defaultText());
    assertThat(TestingSchemas.validateAgainst(PolicyFile.SCHEMA, tree)).isEmpty();
  }

  /** Schema problems found by Saakh's checker and by networknt's validator must coincide. */
  private static void assertAgreesWithAFullValidator(byte[] yaml) {
    JsonNode tree;
    try {
      tree = new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      return;
    }
    boolean fullValid = TestingSchemas.validateAgainst(PolicyFile.SCHEMA, tree).isEmpty();
    JsonNode schema = TestingSchemas.schemaNode(PolicyFile.SCHEMA);
    boolean ours = SchemaCheck.check(schema, tree) == null;
    assertThat(ours).as("Saakh's schema check agrees with networknt").isEqualTo(fullValid);
  }

  @Property(tries = 200)
  void anyBytesGiveAPolicyOrAPolicyException(@ForAll @Size(max = 200) byte[] bytes) {
    try {
      PolicyFile.parse(bytes, "fuzz");
    } catch (PolicyException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz: ");
    }
  }

  @Property(tries = 200)
  void anyCutOfTheDefaultGivesAPolicyOrAPolicyException(
      @ForAll @IntRange(min = 0, max = 6000) int at) throws IOException {
    byte[] text = defaultText().getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(text, at % text.length);
    try {
      PolicyFile.parse(cut, "cut");
    } catch (PolicyException expected) {
      assertThat(expected.getMessage()).startsWith("cut: ");
    }
    assertAgreesWithAFullValidator(cut);
  }
}
