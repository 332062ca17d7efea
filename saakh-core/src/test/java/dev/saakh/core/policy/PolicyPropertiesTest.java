package dev.saakh.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Any bytes, and any mutation of the default policy, give a Policy or a PolicyException. */
class PolicyPropertiesTest {
  @Property(tries = 300)
  void anyBytesGiveAPolicyOrAPolicyException(@ForAll @Size(max = 300) byte[] bytes) {
    outcome(bytes);
  }

  @Property(tries = 300)
  void anyTextGivesAPolicyOrAPolicyException(@ForAll @StringLength(max = 200) String text) {
    outcome(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void anyChangedByteOfTheDefaultGivesAPolicyOrAPolicyException(
      @ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll byte value) {
    byte[] bytes = TestingPolicies.defaultBytes();
    bytes[at % bytes.length] = value;
    outcome(bytes);
  }

  @Property(tries = 300)
  void anyCutOrDeletedRangeOfTheDefaultGivesAPolicyOrAPolicyException(
      @ForAll @IntRange(min = 0, max = 1_000_000) int from,
      @ForAll @IntRange(min = 0, max = 400) int length) {
    byte[] bytes = TestingPolicies.defaultBytes();
    int start = from % bytes.length;
    int end = Math.min(bytes.length, start + length);
    byte[] out = new byte[bytes.length - (end - start)];
    System.arraycopy(bytes, 0, out, 0, start);
    System.arraycopy(bytes, end, out, start, bytes.length - end);
    outcome(out);
    outcome(Arrays.copyOf(bytes, start));
  }

  @Property(tries = 300)
  void anySwappedOrRepeatedLineOfTheDefaultGivesAPolicyOrAPolicyException(
      @ForAll @IntRange(min = 0, max = 1000) int a, @ForAll @IntRange(min = 0, max = 1000) int b) {
    String[] lines = TestingPolicies.defaultText().split("\n", -1);
    String[] swapped = lines.clone();
    swapped[a % lines.length] = lines[b % lines.length];
    swapped[b % lines.length] = lines[a % lines.length];
    outcome(String.join("\n", swapped).getBytes(StandardCharsets.UTF_8));
    String[] repeated = lines.clone();
    repeated[a % lines.length] = lines[b % lines.length];
    outcome(String.join("\n", repeated).getBytes(StandardCharsets.UTF_8));
  }

  /** Parses, accepting only a Policy or a clean PolicyException; checks schema agreement. */
  private static void outcome(byte[] bytes) {
    try {
      Policy p = PolicyFile.parse(bytes, "fuzz.yaml");
      assertThat(p.sha256()).isEqualTo(PolicyFile.sha256(bytes));
    } catch (PolicyException e) {
      assertThat(e.getMessage())
          .startsWith("fuzz.yaml: ")
          .doesNotContain("\n", "Exception", "com.fasterxml", "org.yaml");
      assertThat(e.code()).isNotNull();
    }
    PolicySchemaTest.assertAgrees(bytes, null);
  }
}
