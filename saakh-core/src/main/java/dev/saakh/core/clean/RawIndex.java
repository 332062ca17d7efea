package dev.saakh.core.clean;

import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each customer's lines sit in a lake's shared raw files, found in one streaming pass that
 * keeps only byte ranges and ids, never customer data. Reading a customer then touches only that
 * customer's ranges, so batch cleaning stays one customer at a time (DESIGN §2). Lines whose
 * customer cannot be read (not JSON, no {@code customer_id}) are "unattributed" and kept apart.
 */
public final class RawIndex {
  /** The pseudo-customer of lines no customer can be read from. */
  public static final String UNATTRIBUTED = "_unattributed";

  /** Segments up to this size are read whole and split in memory; longer ones are streamed. */
  private static final int WHOLE_SEGMENT = 64 << 20;

  private final LakeLayout lake;
  private final int maxLine;
  private final Map<Dataset, Map<String, List<Segment>>> segments = new EnumMap<>(Dataset.class);
  private final Map<Dataset, FileStats> stats = new EnumMap<>(Dataset.class);
  private final Map<Dataset, Long> unattributed = new EnumMap<>(Dataset.class);
  private final List<Problem> problems = new ArrayList<>();

  /** The line number of each file's cut last line (see {@link ProblemCode#CUT_LAST_LINE}). */
  private final Map<Dataset, Long> cutLines = new EnumMap<>(Dataset.class);

  /** Files that are one JSON array (see {@link ProblemCode#JSON_ARRAY}). */
  private final Set<Dataset> arrays = EnumSet.noneOf(Dataset.class);

  /** A run of consecutive lines of one customer: bytes [start, end) from line {@code firstLine}. */
  record Segment(long start, long end, long firstLine, boolean oversize) {}

  /** Per raw file: whether it exists and was read, its record lines and its blank lines. */
  public record FileStats(boolean present, long recordLines, long blankLines) {}

  /**
   * Damage to one raw file as a whole, which no single line's quarantine entry explains.
   *
   * @param lines how many of the file's lines it affects (0 when none could be read)
   * @param message one line for people, starting with the file's name in the lake
   */
  public record Problem(Dataset dataset, ProblemCode code, long lines, String message) {
    public Problem {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      if (lines < 0) {
        throw new IllegalArgumentException("lines must not be negative: " + lines);
      }
    }
  }

  private RawIndex(LakeLayout lake, int maxLine) {
    this.lake = lake;
    this.maxLine = maxLine;
  }

  /**
   * Indexes every raw file of the lake. A missing file is an empty dataset; a damaged one (cut, a
   * JSON array, a directory, unreadable) never stops the scan: it is indexed as far as it can be
   * read and reported in {@link #problems()}.
   */
  public static RawIndex scan(LakeLayout lake) throws IOException {
    return scan(lake, LineReader.DEFAULT_MAX_LINE);
  }

  static RawIndex scan(LakeLayout lake, int maxLine) throws IOException {
    RawIndex index = new RawIndex(lake, maxLine);
    for (Dataset dataset : Dataset.values()) {
      index.scanFile(dataset);
    }
    return index;
  }

  /** Every customer with at least one line, in id order ({@code CUST_MSM_00002} before 10). */
  public List<String> customers() {
    Set<String> all = new TreeSet<>(CustomerId::compareIds);
    for (Map<String, List<Segment>> byCustomer : segments.values()) {
      all.addAll(byCustomer.keySet());
    }
    all.remove(UNATTRIBUTED);
    return List.copyOf(all);
  }

  public boolean has(String customerId) {
    return segments.values().stream().anyMatch(m -> m.containsKey(customerId));
  }

  public FileStats stats(Dataset dataset) {
    return stats.get(dataset);
  }

  /**
   * Damage to whole raw files, in dataset order, at most one of each code per file; empty for a
   * sound lake. A problem concerns every customer: any of them may have lost lines in that file.
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * How many of the dataset's raw lines name no customer (not JSON, no {@code customer_id}, every
   * line of a JSON array file); they are read by {@link #unattributed()}. Together with each
   * customer's lines they are all the file's record lines.
   */
  public long unattributedLines(Dataset dataset) {
    return unattributed.get(Objects.requireNonNull(dataset, "dataset"));
  }

  /** Lines no customer could be read from, per dataset (empty lists for clean files). */
  public Map<Dataset, List<RawLine>> unattributed() throws IOException {
    return read(UNATTRIBUTED);
  }

  /** One customer's raw lines of every dataset, in file order. */
  public Map<Dataset, List<RawLine>> read(String customerId) throws IOException {
    Map<Dataset, List<RawLine>> out = new EnumMap<>(Dataset.class);
    for (Dataset dataset : Dataset.values()) {
      List<RawLine> lines = new ArrayList<>();
      List<Segment> mine = segments.get(dataset).getOrDefault(customerId, List.of());
      if (!mine.isEmpty()) {
        try (FileChannel ch = FileChannel.open(lake.raw(dataset), StandardOpenOption.READ)) {
          for (Segment s : mine) {
            readSegment(ch, s, lines);
          }
        }
        markDamage(dataset, lines);
      }
      out.put(dataset, lines);
    }
    return out;
  }

  /** Gives the lines of a damaged file the reason they cannot be read as records. */
  private void markDamage(Dataset dataset, List<RawLine> lines) {
    if (arrays.contains(dataset)) {
      lines.replaceAll(l -> l.withProblem(ReasonCode.JSON_ARRAY_FILE));
    }
    Long cut = cutLines.get(dataset);
    int last = lines.size() - 1;
    if (cut != null && lines.get(last).number() == cut) {
      lines.set(last, lines.get(last).withProblem(ReasonCode.CUT_LINE));
    }
  }

  private void readSegment(FileChannel ch, Segment s, List<RawLine> into) throws IOException {
    if (!s.oversize() && s.end() - s.start() <= WHOLE_SEGMENT) {
      ByteBuffer bytes = ByteBuffer.allocate((int) (s.end() - s.start()));
      while (bytes.hasRemaining() && ch.read(bytes, s.start() + bytes.position()) > 0) {
        // a file cut short since the scan yields the lines still there, as a stream would
      }
      LineReader.split(bytes.array(), bytes.position(), s.firstLine(), maxLine, into);
      return;
    }
    ch.position(s.start());
    InputStream in = new BoundedStream(Channels.newInputStream(ch), s.end() - s.start());
    LineReader reader = new LineReader(in, s.firstLine(), maxLine);
    for (RawLine line = reader.next(); line != null; line = reader.next()) {
      into.add(line); // segments hold no blank lines: the scan left them out
    }
  }

  /**
   * Removes the given customers' lines from the raw files (each file rewritten to a temporary file
   * and moved into place), keeping every other line and every over-long line, which quarantine
   * holds only the start of. A file left with no lines is deleted. Returns the lines removed.
   */
  public long deleteRaw(Set<String> customerIds) throws IOException {
    long removed = 0;
    for (Dataset dataset : Dataset.values()) {
      removed += RawDeletion.rewrite(lake.raw(dataset), segments.get(dataset), customerIds);
    }
    return removed;
  }

  private void scanFile(Dataset dataset) {
    Path file = lake.raw(dataset);
    segments.put(dataset, new HashMap<>());
    stats.put(dataset, new FileStats(false, 0, 0));
    unattributed.put(dataset, 0L);
    String name = name(file);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return; // a dataset the lake does not have
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      problems.add(RawDamage.notAFile(dataset, name, Files.isDirectory(file)));
      return;
    }
    if (!Files.exists(file)) {
      problems.add(RawDamage.unreadable(dataset, name, 0, "a link to nothing"));
      return;
    }
    LineScanner scanner = null;
    try (InputStream in = Files.newInputStream(file)) {
      scanner = new LineScanner(in, maxLine);
      scanLines(dataset, file, scanner);
    } catch (IOException e) {
      segments.get(dataset).clear(); // a customer's lines from half a file are not its lines
      unattributed.put(dataset, 0L);
      cutLines.remove(dataset);
      arrays.remove(dataset);
      problems.removeIf(p -> p.dataset() == dataset);
      long read = scanner == null ? 0 : scanner.recordLines();
      problems.add(RawDamage.unreadable(dataset, name, read, RawDamage.why(e)));
    }
  }

  /** One pass over a readable file; then the checks of its first and last line. */
  private void scanLines(Dataset dataset, Path file, LineScanner scanner) throws IOException {
    Map<String, List<Segment>> byCustomer = segments.get(dataset);
    boolean first = true;
    boolean array = false;
    long orphans = 0;
    Tail tail = null;
    while (scanner.next()) {
      if (scanner.blank()) {
        continue;
      }
      if (first) {
        first = false;
        array = scanner.firstByte() == '['; // NDJSON lines are objects: this file is one array
      }
      String customer = array ? null : scanner.customerId();
      if (customer == null) {
        orphans++;
      }
      String key = customer == null ? UNATTRIBUTED : customer;
      add(byCustomer.computeIfAbsent(key, k -> new ArrayList<>()), scanner);
      if (!scanner.terminated()) {
        tail = new Tail(key, scanner.start(), scanner.end(), scanner.number());
      }
    }
    String name = name(file);
    if (array) {
      arrays.add(dataset);
      problems.add(RawDamage.array(dataset, name, scanner.recordLines()));
    }
    if (tail != null && !RawDamage.complete(file, tail.start(), tail.end(), maxLine)) {
      cutLines.put(dataset, tail.number());
      problems.add(RawDamage.cut(dataset, name, tail.number(), tail.customer()));
    }
    unattributed.put(dataset, orphans);
    stats.put(dataset, new FileStats(true, scanner.recordLines(), scanner.blankLines()));
  }

  /** The last line of a file when it has no line break, and whose it is. */
  private record Tail(String customer, long start, long end, long number) {}

  /** The file as the lake names it, such as {@code raw/raw_transactions.ndjson}. */
  private String name(Path file) {
    Path relative = file.startsWith(lake.root()) ? lake.root().relativize(file) : file;
    return relative.toString().replace('\\', '/');
  }

  private static void add(List<Segment> list, LineScanner line) {
    boolean oversize = line.length() > line.maxLine();
    Segment last = list.isEmpty() ? null : list.get(list.size() - 1);
    if (last != null && last.end() == line.start() && !last.oversize() && !oversize) {
      list.set(list.size() - 1, new Segment(last.start(), line.end(), last.firstLine(), false));
    } else {
      list.add(new Segment(line.start(), line.end(), line.number(), oversize));
    }
  }

  /** Segment lists by customer, for tests. */
  Map<String, List<Segment>> segments(Dataset dataset) {
    Map<String, List<Segment>> copy = new LinkedHashMap<>();
    segments.get(dataset).entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .forEach(e -> copy.put(e.getKey(), List.copyOf(e.getValue())));
    return copy;
  }
}
