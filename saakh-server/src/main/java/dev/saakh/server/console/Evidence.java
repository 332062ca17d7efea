package dev.saakh.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The record ids an indicator names as its evidence, as the console lists and links them. */
public final class Evidence {
  private Evidence() {}

  /** The ids joined with commas (the explorer's {@code highlight} parameter). */
  public static String ids(JsonNode ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(i -> out.add(i.asText()));
    return String.join(",", out);
  }

  /** The first {@code n} ids, and how many more. */
  public static String preview(JsonNode ids, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(n, ids.size()); i++) {
      out.add(ids.get(i).asText());
    }
    return String.join(", ", out) + (ids.size() > n ? " and " + (ids.size() - n) + " more" : "");
  }
}
