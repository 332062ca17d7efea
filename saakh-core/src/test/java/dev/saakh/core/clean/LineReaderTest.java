package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Splitting bytes in memory gives exactly the lines the streaming reader gives for them. */
class LineReaderTest {
  @Property(tries = 1000)
  void splittingInMemoryMatchesStreaming(
      @ForAll("contents") byte[] content,
      @ForAll @IntRange(min = 1, max = 3) int firstLine,
      @ForAll @IntRange(min = 1, max = 80) int maxLine)
      throws IOException {
    List<RawLine> split = new ArrayList<>();
    LineReader.split(content, content.length, firstLine, maxLine, split);
    assertThat(split).isEqualTo(streamed(content, firstLine, maxLine));
  }

  @Test
  void linesKeepTheirNumbersBytesAndProblems() {
    byte[] content = "\uFEFF{\"a\":1}\r\n₹5\n\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = {'o', 'k', '\n', (byte) 0xC3, '(', '\n', 'x', 'x', 'x', 'x', 'x'};
    List<RawLine> lines = new ArrayList<>();
    LineReader.split(content, content.length, 1, 100, lines);
    LineReader.split(broken, broken.length, 7, 4, lines);
    assertThat(lines)
        .containsExactly(
            new RawLine(1, "{\"a\":1}", 7, null),
            new RawLine(2, "₹5", 4, null),
            new RawLine(3, "", 0, null),
            new RawLine(7, "ok", 2, null),
            new RawLine(8, "\u00C3(", 2, ReasonCode.INVALID_UTF8),
            new RawLine(9, "xxxx", 5, ReasonCode.LINE_TOO_LONG));
  }

  private static List<RawLine> streamed(byte[] content, int firstLine, int maxLine)
      throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(content), firstLine, maxLine);
    List<RawLine> out = new ArrayList<>();
    for (RawLine l = reader.next(); l != null; l = reader.next()) {
      out.add(l);
    }
    return out;
  }

  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{\"customer_id\":\"CUST_CON_00001\"}",
                "\n",
                "\r\n",
                "\r",
                "\uFEFF",
                "₹1,250.00 Dr",
                "x".repeat(90)),
            Arbitraries.strings().ofMaxLength(30));
    Arbitrary<byte[]> text =
        piece.list().ofMaxSize(20).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    return Arbitraries.oneOf(text, text, bytes);
  }
}
