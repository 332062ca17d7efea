package dev.saakh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.clean.Narration;
import dev.saakh.core.clean.NarrationParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How well {@link NarrationParser} reads narrations, measured against a lake generated with
 * transaction truth on: per-field accuracy on the clean narrations and on the noisy ones (by noise
 * kind), and the worst category and channel confusions. Usage: {@code NarrationAccuracy <lake>
 * [examples]}; with {@code examples > 0} it also prints that many misreadings per noise kind and
 * field.
 *
 * <p>Besides accuracy it prints the wrong claims (a value given that is not the true one; giving
 * none where the truth has one is a miss, not a wrong claim) and how often a noisy narration reads
 * the same as its clean original. The expected reference is the true one only where the clean
 * narration shows it (an AA payload may carry a reference its narration does not). The group {@code
 * truncated-visible} counts a text field of a truncated narration only when its true value is still
 * wholly in the raw text.
 */
public final class NarrationAccuracy {
  private static final List<String> FIELDS =
      List.of("channel", "direction", "counterparty", "vpa", "ifsc", "reference", "category");
  private static final List<String> GROUPS =
      List.of(
          "clean", "noisy", "lower", "spaced", "truncated", "truncated-visible", "padded", "other");
  private static final List<String> AGREEMENT =
      List.of("same:noisy", "same:lower", "same:spaced", "same:truncated", "same:padded");
  private static final int TOP = 12;

  private final ObjectMapper json = new ObjectMapper();
  private final NarrationParser parser = NarrationParser.defaults();
  private final int examples;
  private final Map<String, long[][]> counts = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> confusions = new LinkedHashMap<>();
  private final Map<String, String> confusionExample = new HashMap<>();
  private final Map<String, List<String>> misreadings = new LinkedHashMap<>();

  private NarrationAccuracy(int examples) {
    this.examples = examples;
    GROUPS.forEach(g -> counts.put(g, new long[FIELDS.size()][3]));
    AGREEMENT.forEach(g -> counts.put(g, new long[FIELDS.size()][3]));
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NarrationAccuracy <lake folder> [examples per kind and field]");
      System.exit(2);
    }
    Path labels = Path.of(args[0]).resolve("labels.ndjson");
    NarrationAccuracy a = new NarrationAccuracy(args.length > 1 ? Integer.parseInt(args[1]) : 0);
    Map<String, String> noisy = a.noisyNarrations(labels);
    a.measure(labels, noisy);
    a.print();
  }

  /** Pass 1: record id → the noisy narration the raw file carries instead of the clean one. */
  private Map<String, String> noisyNarrations(Path labels) throws IOException {
    Map<String, String> noisy = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.contains("\"defect\":\"narration_noise\"")
            && line.contains("\"dataset\":\"transactions\"")) {
          JsonNode d = json.readTree(line);
          noisy.put(d.path("record_id").asText(), d.path("raw").asText());
        }
      }
    }
    return noisy;
  }

  /** Pass 2: every true transaction, read from its clean narration and, if noisy, its raw one. */
  private void measure(Path labels, Map<String, String> noisy) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("{\"kind\":\"truth\"")
            || !line.contains("\"dataset\":\"transactions\"")) {
          continue;
        }
        JsonNode r = json.readTree(line).path("record");
        String clean = text(r, "narration");
        if (clean == null) {
          continue;
        }
        String[] truth = truth(r, clean);
        TxnType type = TxnType.valueOf(r.path("type").asText());
        Narration read = parser.parse(clean, type);
        add("clean", clean, truth, read);
        String raw = noisy.get(r.path("transaction_id").asText());
        if (raw != null) {
          Narration n = parser.parse(raw, type);
          String kind = kind(raw, clean);
          add("noisy", raw, truth, n);
          add(kind, raw, truth, n);
          if (kind.equals("truncated")) {
            add("truncated-visible", raw, visible(truth, raw), n);
          }
          if (counts.containsKey("same:" + kind)) {
            add("same:noisy", raw, values(read), n);
            add("same:" + kind, raw, values(read), n);
          }
        }
      }
    }
  }

  private static String[] truth(JsonNode r, String clean) {
    String[] t = new String[FIELDS.size()];
    for (int f = 0; f < t.length; f++) {
      t[f] = text(r, FIELDS.get(f));
    }
    int ref = FIELDS.indexOf("reference");
    if (t[ref] != null && !upper(clean).contains(upper(t[ref]))) {
      t[ref] = null;
    }
    return t;
  }

  /** The truth with text fields blanked (not counted) where the raw text no longer holds them. */
  private static String[] visible(String[] truth, String raw) {
    String[] t = truth.clone();
    for (int f = 0; f < t.length; f++) {
      boolean text = f >= FIELDS.indexOf("counterparty") && f <= FIELDS.indexOf("reference");
      if (text && t[f] != null && !upper(raw).contains(upper(t[f]))) {
        t[f] = "\u0000skip";
      }
    }
    return t;
  }

  /** Which noise {@code raw} carries (see the generator's messiness layer). */
  static String kind(String raw, String clean) {
    if (raw.equals(clean.toLowerCase(Locale.ROOT))) {
      return "lower";
    } else if (raw.equals(clean.replace("/", " / ").replace("-", "  -"))) {
      return "spaced";
    } else if (clean.startsWith(raw) && raw.length() < clean.length()) {
      return "truncated";
    } else if (raw.strip().equals(clean)) {
      return "padded";
    }
    return "other";
  }

  private static String[] values(Narration n) {
    return new String[] {
      n.channel().name(),
      n.direction() == null ? null : n.direction().name(),
      n.counterparty(),
      n.vpa(),
      n.ifsc(),
      n.reference(),
      n.category().name()
    };
  }

  private void add(String group, String raw, String[] truth, Narration n) {
    String[] got = values(n);
    long[][] c = counts.get(group);
    for (int f = 0; f < got.length; f++) {
      if ("\u0000skip".equals(truth[f])) {
        continue;
      }
      boolean hit = Objects.equals(truth[f], got[f]);
      c[f][0]++;
      c[f][1] += hit ? 1 : 0;
      c[f][2] += !hit && got[f] != null ? 1 : 0;
      if (!hit) {
        misread(group, FIELDS.get(f), raw, truth[f], got[f]);
      }
    }
  }

  private void misread(String group, String field, String raw, String truth, String got) {
    if (group.equals("clean") || group.equals("noisy")) {
      if (field.equals("category") || field.equals("channel")) {
        String key = group + " " + field + " " + truth + " -> " + got;
        confusions
            .computeIfAbsent(group + " " + field, k -> new HashMap<>())
            .merge(key, 1L, Long::sum);
        confusionExample.putIfAbsent(key, raw);
      }
    } else if (examples > 0 && !group.equals("truncated") && !group.equals("same:noisy")) {
      List<String> list = misreadings.computeIfAbsent(group + " " + field, k -> new ArrayList<>());
      if (list.size() < examples) {
        list.add(raw + "  | truth=" + truth + " | got=" + got);
      }
    }
  }

  private void print() {
    System.out.println("Accuracy against the truth:");
    table(GROUPS, 1);
    System.out.println();
    System.out.println("Wrong claims against the truth (a value given that is not the true one):");
    table(GROUPS, 2);
    System.out.println();
    System.out.println("Noisy reading the same as the clean reading of the same narration:");
    table(AGREEMENT, 1);
    confusions.forEach(this::printConfusions);
    misreadings.forEach(
        (k, list) -> {
          System.out.println();
          System.out.println("misread " + k + ":");
          list.forEach(s -> System.out.println("  " + s));
        });
  }

  /** One row per field, one column per group: the share of records with count {@code k}. */
  private void table(List<String> groups, int k) {
    StringBuilder head = new StringBuilder("| field |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (String g : groups) {
      head.append(' ').append(g).append(" |");
      rule.append(" ---: |");
    }
    System.out.println(head);
    System.out.println(rule);
    for (int f = 0; f < FIELDS.size(); f++) {
      StringBuilder row = new StringBuilder("| ").append(FIELDS.get(f)).append(" |");
      for (String g : groups) {
        long[] c = counts.get(g)[f];
        row.append(
            c[0] == 0 ? " – |" : String.format(Locale.ROOT, " %.2f%% |", 100.0 * c[k] / c[0]));
      }
      System.out.println(row);
    }
    StringBuilder n = new StringBuilder("| n (channel) |");
    groups.forEach(g -> n.append(' ').append(counts.get(g)[0][0]).append(" |"));
    System.out.println(n);
  }

  private void printConfusions(String what, Map<String, Long> counted) {
    System.out.println();
    System.out.println("worst " + what + " confusions (truth -> parsed, count, example):");
    counted.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(TOP)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-60s %8d  %s%n",
                    e.getKey().substring(what.length() + 1),
                    e.getValue(),
                    confusionExample.get(e.getKey())));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
