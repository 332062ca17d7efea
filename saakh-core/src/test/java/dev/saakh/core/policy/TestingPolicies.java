package dev.saakh.core.policy;

import dev.saakh.core.policy.PolicyException.Code;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The default policy's text and malformed variants of it, each with the error it must give. */
final class TestingPolicies {
  private TestingPolicies() {}

  /** A malformed sample: the default with {@code from} replaced once by {@code to}. */
  record Case(String from, String to, Code code, String field, String reason) {
    String text() {
      String original = defaultText();
      int at = original.indexOf(from);
      if (at < 0) {
        throw new IllegalArgumentException("the default policy has no " + from);
      }
      return original.substring(0, at) + to + original.substring(at + from.length());
    }

    @Override
    public String toString() {
      return field + ": " + reason;
    }
  }

  static String defaultText() {
    return new String(PolicyFile.resource(PolicyFile.DEFAULT), StandardCharsets.UTF_8);
  }

  static byte[] defaultBytes() {
    return PolicyFile.resource(PolicyFile.DEFAULT);
  }

  static final String SIGNALS =
      Arrays.stream(Signal.values()).map(Signal::label).collect(Collectors.joining(", "));

  /** Malformed variants of the default, each with the error it must give. */
  static List<Case> cases() {
    List<Case> all = new ArrayList<>(typesAndValues());
    all.addAll(keys());
    all.addAll(ranges());
    all.addAll(rulesAcrossFields());
    return all;
  }

  private static List<Case> typesAndValues() {
    return List.of(
        schema(
            "threshold: 2\n",
            "threshold: high\n",
            "knock-outs[2].threshold",
            "must be a number, got \"high\""),
        schema(
            "signal: gst_fraud_high",
            "signal: gst_frud",
            "knock-outs[0].signal",
            "unknown signal 'gst_frud' (valid: " + SIGNALS + ")"),
        schema(
            "op: \">=\"",
            "op: \"=>\"",
            "knock-outs[0].op",
            "unknown op '=>' (valid: >, >=, <, <=, ==)"),
        schema(
            "outcome: REJECT",
            "outcome: DECLINE",
            "knock-outs[0].outcome",
            "unknown outcome 'DECLINE' (valid: REJECT, REFER)"),
        schema(
            "if-missing: PASS",
            "if-missing: SKIP",
            "knock-outs[0].if-missing",
            "unknown if-missing 'SKIP' (valid: PASS, REFER, REJECT)"),
        schema(
            "outcome: REFER",
            "outcome: yes",
            "knock-outs[2].outcome",
            "must be a string, got true"),
        schema(
            "id: KO_LOAN_STACKING",
            "id: ko loan stacking",
            "knock-outs[10].id",
            "\"ko loan stacking\" does not match the pattern ^[A-Z][A-Z0-9_]*$"),
        schema(
            "reason: Your credit bureau score is below 600.",
            "reason: Low score",
            "knock-outs[7].reason",
            "must be at least 10 characters long, got \"Low score\""),
        schema(
            "    reason: Less than six months of bank statement is available.\n",
            "",
            "knock-outs[9].reason",
            "required key is missing"),
        schema(
            "threshold: 600",
            "threshold: 1e400",
            "knock-outs[7].threshold",
            "must be at most 1000000, got 1E+400"));
  }

  private static List<Case> keys() {
    return List.of(
        schema(
            "approve-min: 60",
            "approve-min: 160",
            "cut-offs.approve-min",
            "must be at most 100, got 160"),
        schema(
            "approve-min: 60",
            "approve-min: 60.5",
            "cut-offs.approve-min",
            "must be a whole number, got 60.5"),
        schema("  refer-min: 40\n", "", "cut-offs.refer-min", "required key is missing"),
        schema("policy-id: saakh-default", "policy-id:", "policy-id", "must be a string, got null"),
        schema(
            "version: \"2026.11-1\"",
            "version: 2026.11",
            "version",
            "must be a string, got 2026.11"),
        schema(
            "policy-id: saakh-default",
            "policy-name: saakh-default",
            "policy-name",
            "unknown key 'policy-name' (valid here: policy-id, version, description, knock-outs,"
                + " cut-offs, grades, products)"));
  }

  private static List<Case> ranges() {
    return List.of(
        schema(
            "    foir-cap: 0.60\n",
            "    foir-cap: 0.60\n    foir: 0.5\n",
            "products.MSME.foir",
            "unknown key 'foir' (valid here: min-amount, max-amount, tenure-months,"
                + " default-tenure-months, foir-cap, turnover-multiple)"),
        schema(
            "  CONSUMER:",
            "  RETAIL:",
            "products.RETAIL",
            "unknown key 'RETAIL' (valid here: MSME, CONSUMER)"),
        schema(
            "foir-cap: 0.60",
            "foir-cap: 0",
            "products.MSME.foir-cap",
            "must be more than 0, got 0"),
        schema(
            "foir-cap: 0.60",
            "foir-cap: 1.5",
            "products.MSME.foir-cap",
            "must be at most 1, got 1.5"),
        schema(
            "tenure-months: [12, 24, 36]",
            "tenure-months: [12, 12, 36]",
            "products.MSME.tenure-months",
            "12 is listed twice"),
        schema(
            "tenure-months: [12, 24, 36]",
            "tenure-months: [12, 24, 400]",
            "products.MSME.tenure-months[2]",
            "must be at most 360, got 400"),
        schema(
            "annual-rate-percent: 13.50",
            "annual-rate-percent: 0",
            "grades[0].annual-rate-percent",
            "must be more than 0, got 0"));
  }

  private static List<Case> rulesAcrossFields() {
    return List.of(
        rule("refer-min: 40", "refer-min: 70", "cut-offs.refer-min", "70 is above approve-min 60"),
        rule(
            "default-tenure-months: 24",
            "default-tenure-months: 18",
            "products.MSME.default-tenure-months",
            "18 is not one of tenure-months [12, 24, 36]"),
        rule(
            "min-amount: 100000",
            "min-amount: 9000000",
            "products.MSME.min-amount",
            "9000000.00 is above max-amount 5000000.00"),
        rule(
            "tenure-months: [12, 24, 36]",
            "tenure-months: [36, 24, 12]",
            "products.MSME.tenure-months",
            "must be in ascending order, got [36, 24, 12]"),
        rule(
            "id: KO_DPD_90",
            "id: KO_GST_FRAUD",
            "knock-outs[6].id",
            "'KO_GST_FRAUD' is already the id of knock-outs[0]"),
        rule(
            "min-score: 70,",
            "min-score: 85,",
            "grades[1].min-score",
            "85 must be below the min-score of the grade above, 80"),
        rule(
            "grade: E, min-score: 0",
            "grade: E, min-score: 10",
            "grades[4].min-score",
            "the last grade must start at 0 so every score has a grade, got 10"),
        rule("grade: B,", "grade: A,", "grades[1].grade", "'A' is already grades[0]"));
  }

  private static Case schema(String from, String to, String field, String reason) {
    return new Case(from, to, Code.SCHEMA, field, reason);
  }

  private static Case rule(String from, String to, String field, String reason) {
    return new Case(from, to, Code.RULE, field, reason);
  }

  /** Whole-file samples that are not variants of the default. */
  static List<String> rawSamples() {
    return List.of(
        "",
        "# only a comment\n",
        "---\n",
        "- a\n- b\n",
        "just text\n",
        "a: [1, 2\n",
        "policy-id: a\npolicy-id: b\n",
        """
        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: [*c, *c, *c, *c, *c, *c, *c, *c]
        """,
        defaultText() + "---\npolicy-id: other\n",
        "{policy-id: x, version: '1', knock-outs: [], cut-offs: {approve-min: 1, refer-min: 0}}\n");
  }
}
