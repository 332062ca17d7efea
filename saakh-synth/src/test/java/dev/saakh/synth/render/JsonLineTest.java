package dev.saakh.synth.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** The hand-written JSON writer against Jackson's parser, on arbitrary input. */
class JsonLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 500)
  void anyStringRoundTrips(@ForAll @StringLength(max = 300) String s) throws Exception {
    JsonLine line = new JsonLine(8);
    line.beginObject().field("s", s).field("b", new StringBuilder(s)).endLine();
    JsonNode node =
        JSON.readTree(
            new String(Arrays.copyOf(line.array(), line.length()), StandardCharsets.UTF_8));
    String expected =
        s.codePoints()
            .mapToObj(
                cp ->
                    Character.isSurrogate((char) cp) ? "\uFFFD" : new String(Character.toChars(cp)))
            .reduce("", String::concat);
    assertThat(node.get("s").asText()).isEqualTo(expected);
    assertThat(node.get("b").asText()).isEqualTo(expected);
    assertThat(line.lines()).isEqualTo(1);
  }

  @Property(tries = 500)
  void numbersAndPaiseAreExact(
      @ForAll long n,
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long paise)
      throws Exception {
    JsonLine line = new JsonLine(8);
    line.beginObject()
        .field("n", n)
        .paise("p", paise)
        .beginArray("a")
        .element(n)
        .endArray()
        .endLine();
    JsonNode node = JSON.readTree(Arrays.copyOf(line.array(), line.length()));
    assertThat(node.get("n").asLong()).isEqualTo(n);
    assertThat(node.get("a").get(0).asLong()).isEqualTo(n);
    assertThat(node.get("p").decimalValue().movePointRight(2).longValueExact()).isEqualTo(paise);
  }
}
