package dev.saakh.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a lake's {@code labels.ndjson} one customer at a time: the generator writes each customer's
 * labels together, so a customer's block is read, used and dropped before the next.
 */
final class LabelBlocks implements Closeable {
  private final BufferedReader in;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> seen = new HashSet<>();
  private JsonNode pending;
  private long line;

  LabelBlocks(Path labels) throws IOException {
    if (!Files.isRegularFile(labels)) {
      throw new IllegalArgumentException(
          "no ground truth: " + labels + " does not exist (only generated lakes have labels)");
    }
    this.in = Files.newBufferedReader(labels, StandardCharsets.UTF_8);
  }

  /** The next customer's labels, or null at the end. */
  List<JsonNode> next() throws IOException {
    JsonNode first = pending != null ? pending : read();
    pending = null;
    if (first == null) {
      return null;
    }
    String customer = first.path("customer_id").asText();
    if (!seen.add(customer)) {
      throw new IllegalArgumentException(
          "labels.ndjson is not grouped by customer: "
              + customer
              + " appears again at line "
              + line);
    }
    List<JsonNode> block = new ArrayList<>();
    block.add(first);
    for (JsonNode n = read(); n != null; n = read()) {
      if (!n.path("customer_id").asText().equals(customer)) {
        pending = n;
        break;
      }
      block.add(n);
    }
    return block;
  }

  private JsonNode read() throws IOException {
    String text = in.readLine();
    while (text != null && text.isBlank()) {
      text = in.readLine();
    }
    if (text == null) {
      return null;
    }
    line++;
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("labels.ndjson line " + line + " is not JSON", e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
