package dev.saakh.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.policy.PolicyException.Code;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a policy is refused names the source, the exact field path and the reason. */
class PolicyErrorsTest {
  static List<TestingPolicies.Case> cases() {
    return TestingPolicies.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aMalformedPolicyIsRefusedNamingTheFieldAndTheReason(TestingPolicies.Case c) {
    byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PolicyFile.parse(bytes, "my-policy.yaml"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> {
              assertThat(e.field()).isEqualTo(c.field());
              assertThat(e.reason()).isEqualTo(c.reason());
              assertThat(e.code()).isEqualTo(c.code());
              assertThat(e.source()).isEqualTo("my-policy.yaml");
              assertThat(e.getMessage())
                  .isEqualTo("my-policy.yaml: " + c.field() + ": " + c.reason());
            });
  }

  @Test
  void theMessageIsOneReadableLine() {
    TestingPolicies.Case c = TestingPolicies.cases().get(0);
    assertThatThrownBy(
            () -> PolicyFile.parse(c.text().getBytes(StandardCharsets.UTF_8), "my-policy.yaml"))
        .hasMessage("my-policy.yaml: knock-outs[2].threshold: must be a number, got \"high\"");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertRefused("", Code.SCHEMA, "", "is empty; expected a policy mapping");
    assertRefused("# only a comment\n", Code.SCHEMA, "", "is empty; expected a policy mapping");
    assertRefused("---\n", Code.SCHEMA, "", "is empty; expected a policy mapping");
  }

  @Test
  void aFileThatIsNotAMappingIsRefused() {
    assertRefused("- a\n- b\n", Code.SCHEMA, "", "must be a mapping, got a list");
    assertRefused("just text\n", Code.SCHEMA, "", "must be a mapping, got \"just text\"");
  }

  @Test
  void brokenYamlIsRefusedWithTheLineAndNoParserMessage() {
    PolicyException e = refusal("a: [1, 2\n");
    assertThat(e.code()).isEqualTo(Code.NOT_YAML);
    assertThat(e.field()).isEmpty();
    assertThat(e.reason()).matches("is not valid YAML \\(line \\d+, column \\d+\\)");
    PolicyException bad = refusal(new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThat(bad.code()).isEqualTo(Code.NOT_YAML);
    assertThat(bad.getMessage()).doesNotContain("Exception", "jackson", "snakeyaml");
  }

  @Test
  void aDuplicateKeyIsRefusedWhereItIs() {
    PolicyException top = refusal(TestingPolicies.defaultText() + "version: \"2\"\n");
    assertThat(top.code()).isEqualTo(Code.NOT_YAML);
    assertThat(top.field()).isEqualTo("version");
    assertThat(top.reason()).startsWith("duplicate key 'version' (line ");
    PolicyException nested =
        refusal(
            TestingPolicies.defaultText()
                .replace("  refer-min: 40\n", "  refer-min: 40\n  refer-min: 30\n"));
    assertThat(nested.field()).isEqualTo("cut-offs.refer-min");
    assertThat(nested.reason()).startsWith("duplicate key 'refer-min'");
  }

  @Test
  void anchorsAliasesAndAnchorBombsAreRefused() {
    assertRefused(
        TestingPolicies.rawSamples().get(7),
        Code.NOT_YAML,
        "a",
        "YAML anchors (&a) are not allowed (line 1)");
    PolicyException alias =
        refusal(TestingPolicies.defaultText().replace("threshold: 600", "threshold: *x"));
    assertThat(alias.field()).isEqualTo("knock-outs[7].threshold");
    assertThat(alias.reason()).startsWith("YAML aliases (*x) are not allowed");
    // Jackson does not report an anchor on a plain value, but any alias using it is refused
    PolicyException scalar = refusal("a: &x 1\nb: *x\n");
    assertThat(scalar.field()).isEqualTo("b");
    assertThat(scalar.reason()).isEqualTo("YAML aliases (*x) are not allowed (line 2)");
  }

  @Test
  void aSecondDocumentIsRefused() {
    PolicyException e = refusal(TestingPolicies.defaultText() + "---\npolicy-id: other\n");
    assertThat(e.code()).isEqualTo(Code.NOT_YAML);
    assertThat(e.reason()).startsWith("holds more than one YAML document");
  }

  @Test
  void aHugeByteArrayIsRefusedUnread() {
    assertThat(refusal(new byte[PolicyFile.MAX_BYTES + 1]).code()).isEqualTo(Code.TOO_LARGE);
  }

  private static void assertRefused(String text, Code code, String field, String reason) {
    PolicyException e = refusal(text);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.reason()).isEqualTo(reason);
  }

  private static PolicyException refusal(String text) {
    return refusal(text.getBytes(StandardCharsets.UTF_8));
  }

  private static PolicyException refusal(byte[] bytes) {
    try {
      PolicyFile.parse(bytes, "p.yaml");
    } catch (PolicyException e) {
      assertThat(e.getMessage()).startsWith("p.yaml: ");
      return e;
    }
    throw new AssertionError("accepted a policy it should refuse");
  }
}
