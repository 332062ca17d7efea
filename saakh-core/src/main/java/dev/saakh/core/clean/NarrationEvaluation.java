package dev.saakh.core.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well a {@link NarrationParser} reads a labelled set of narrations (see {@link
 * NarrationGoldenSet} for the file): per field, the share of narrations whose value is the label,
 * overall, per split ({@code tune}/{@code holdout}) and per bank, and the confusions (label → what
 * was read) with counts and example narrations.
 *
 * <p>Comparison, per {@link Field}: channel and category as enum names; counterparty upper-cased
 * with runs of whitespace as one space and trimmed; VPA lower-cased and trimmed; reference
 * upper-cased and trimmed. An empty label means "none" and is a hit only when nothing was read
 * (none vs none is a hit). Direction is scored only on narrations whose direction is labelled.
 */
public final class NarrationEvaluation {
  /** The fields scored. */
  public enum Field {
    CHANNEL,
    COUNTERPARTY,
    VPA,
    REFERENCE,
    CATEGORY,
    DIRECTION
  }

  /** Hits out of narrations scored. */
  public static final class Score {
    private long hits;
    private long total;

    public long hits() {
      return hits;
    }

    public long total() {
      return total;
    }

    /** {@code hits / total}, or NaN when nothing was scored. */
    public double accuracy() {
      return total == 0 ? Double.NaN : (double) hits / total;
    }
  }

  /**
   * One kind of miss: the label, what the parser read, how often, and up to three narrations.
   *
   * @param examples narrations with this miss, in file order (at most {@link #EXAMPLES})
   */
  public record Confusion(
      Field field, String expected, String got, long count, List<String> examples) {
    public static final int EXAMPLES = 3;
  }

  /** Shown for a value that is none. */
  public static final String NONE = "(none)";

  private final Map<String, EnumMap<Field, Score>> bySplit = new TreeMap<>();
  private final Map<String, EnumMap<Field, Score>> byBank = new TreeMap<>();
  private final EnumMap<Field, Score> all = scores();
  private final Map<Miss, Misses> misses = new LinkedHashMap<>();
  private int narrations;

  /** One kind of miss, as its confusion is keyed. */
  private record Miss(Field field, String expected, String got) {}

  /** How often a miss happened, and its first narrations. */
  private static final class Misses {
    long count;
    final List<String> examples = new ArrayList<>();
  }

  private NarrationEvaluation() {}

  /** Runs {@code parser} over every narration of {@code set} and scores what it read. */
  public static NarrationEvaluation of(NarrationGoldenSet set, NarrationParser parser) {
    NarrationEvaluation e = new NarrationEvaluation();
    for (NarrationGoldenSet.Case c : set.cases()) {
      e.add(c, parser.parse(c.narration(), c.type()));
    }
    return e;
  }

  private static EnumMap<Field, Score> scores() {
    EnumMap<Field, Score> m = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      m.put(f, new Score());
    }
    return m;
  }

  private void add(NarrationGoldenSet.Case c, Narration n) {
    narrations++;
    EnumMap<Field, Score> split = bySplit.computeIfAbsent(c.split(), k -> scores());
    EnumMap<Field, Score> bank = byBank.computeIfAbsent(c.bank(), k -> scores());
    for (Field f : Field.values()) {
      String expected = c.expected().get(f);
      if (expected == null) {
        continue;
      }
      String got = normalise(f, read(f, n));
      boolean hit = expected.equals(got);
      for (EnumMap<Field, Score> m : List.of(all, split, bank)) {
        Score s = m.get(f);
        s.total++;
        s.hits += hit ? 1 : 0;
      }
      if (!hit) {
        Misses m =
            misses.computeIfAbsent(new Miss(f, shown(expected), shown(got)), k -> new Misses());
        m.count++;
        if (m.examples.size() < Confusion.EXAMPLES) {
          m.examples.add(c.narration());
        }
      }
    }
  }

  private static String shown(String value) {
    return value.isEmpty() ? NONE : value;
  }

  private static String read(Field f, Narration n) {
    return switch (f) {
      case CHANNEL -> n.channel().name();
      case COUNTERPARTY -> n.counterparty();
      case VPA -> n.vpa();
      case REFERENCE -> n.reference();
      case CATEGORY -> n.category().name();
      case DIRECTION -> n.direction() == null ? null : n.direction().name();
    };
  }

  /** A value in the form it is compared in ("" for none); see the class comment. */
  static String normalise(Field f, String value) {
    if (value == null) {
      return "";
    }
    String v = value.trim();
    return switch (f) {
      case VPA -> v.toLowerCase(Locale.ROOT);
      case COUNTERPARTY -> v.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
      default -> v.toUpperCase(Locale.ROOT);
    };
  }

  public int narrations() {
    return narrations;
  }

  /** Scores over every narration. */
  public Map<Field, Score> overall() {
    return Collections.unmodifiableMap(all);
  }

  /** Scores per split name (e.g. tune, holdout), sorted by name. */
  public Map<String, Map<Field, Score>> bySplit() {
    return Collections.unmodifiableMap(bySplit);
  }

  /** Scores per bank, sorted by name. */
  public Map<String, Map<Field, Score>> byBank() {
    return Collections.unmodifiableMap(byBank);
  }

  /** Every confusion, most frequent first (then by field, label and value read). */
  public List<Confusion> confusions() {
    List<Confusion> out = new ArrayList<>();
    misses.forEach(
        (k, m) ->
            out.add(
                new Confusion(k.field(), k.expected(), k.got(), m.count, List.copyOf(m.examples))));
    out.sort(
        Comparator.comparingLong(Confusion::count)
            .reversed()
            .thenComparing(Confusion::field)
            .thenComparing(Confusion::expected)
            .thenComparing(Confusion::got));
    return out;
  }
}
