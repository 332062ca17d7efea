package dev.saakh.core.clean;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A labelled set of narrations: a UTF-8 TSV file whose first line (after {@code #} comment lines)
 * names the columns {@code split, bank, type, narration, channel, direction, counterparty, vpa,
 * reference, category, source} in any order (others are ignored). {@code type} is CREDIT or DEBIT;
 * channel, direction and category are enum names ({@link Channel}, {@link Direction}, {@link
 * Category}); an empty cell is "none", except for direction, where it means "not labelled". A
 * malformed file is refused with a {@link Malformed} naming the file, the line and the column.
 */
public final class NarrationGoldenSet {
  static final List<String> COLUMNS =
      List.of(
          "split",
          "bank",
          "type",
          "narration",
          "channel",
          "direction",
          "counterparty",
          "vpa",
          "reference",
          "category",
          "source");

  /** A golden file that cannot be read as one. */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /**
   * One labelled narration.
   *
   * @param expected per field, the label in compared form ({@code ""} for none); a field that is
   *     not labelled (direction left empty) is absent
   */
  public record Case(
      int line,
      String split,
      String bank,
      TxnType type,
      String narration,
      Map<NarrationEvaluation.Field, String> expected,
      String source) {}

  private final List<Case> cases;

  private NarrationGoldenSet(List<Case> cases) {
    this.cases = List.copyOf(cases);
  }

  public List<Case> cases() {
    return cases;
  }

  /**
   * Reads {@code file}; a missing file is a NoSuchFileException, a malformed one {@link Malformed}.
   */
  public static NarrationGoldenSet read(Path file) throws IOException {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int[] at = null;
      int headerCells = 0;
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (at == null) {
          at = header(file, lineNo, cells);
          headerCells = cells.length;
          continue;
        }
        if (cells.length != headerCells) {
          throw new Malformed(
              String.format(
                  Locale.ROOT,
                  "%s line %d: %d cells, the header has %d",
                  file,
                  lineNo,
                  cells.length,
                  headerCells));
        }
        cases.add(row(new Where(file, lineNo), cells, at));
      }
      if (at == null) {
        throw new Malformed(file + ": no header line");
      }
    }
    return new NarrationGoldenSet(cases);
  }

  private record Where(Path file, int line) {
    Malformed bad(String column, String what) {
      return new Malformed(file + " line " + line + ", column " + column + ": " + what);
    }
  }

  private static int[] header(Path file, int lineNo, String[] cells) throws Malformed {
    int[] at = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      at[i] = List.of(cells).indexOf(COLUMNS.get(i));
      if (at[i] < 0) {
        throw new Malformed(
            file + " line " + lineNo + ": the header has no column '" + COLUMNS.get(i) + "'");
      }
    }
    return at;
  }

  private static Case row(Where w, String[] cells, int[] at) throws Malformed {
    String narration = cells[at[3]];
    if (narration.isBlank()) {
      throw w.bad("narration", "empty");
    }
    Map<NarrationEvaluation.Field, String> expected =
        new EnumMap<>(NarrationEvaluation.Field.class);
    expected.put(
        NarrationEvaluation.Field.CHANNEL, enumOf(w, "channel", cells[at[4]], Channel.class));
    String direction = cells[at[5]].trim();
    if (!direction.isEmpty()) {
      expected.put(
          NarrationEvaluation.Field.DIRECTION, enumOf(w, "direction", direction, Direction.class));
    }
    put(expected, NarrationEvaluation.Field.COUNTERPARTY, cells[at[6]]);
    String vpa = cells[at[7]].trim();
    if (!vpa.isEmpty() && vpa.indexOf('@') < 1) {
      throw w.bad("vpa", "'" + vpa + "' is not a UPI id (name@handle)");
    }
    put(expected, NarrationEvaluation.Field.VPA, vpa);
    put(expected, NarrationEvaluation.Field.REFERENCE, cells[at[8]]);
    expected.put(
        NarrationEvaluation.Field.CATEGORY, enumOf(w, "category", cells[at[9]], Category.class));
    String split = cells[at[0]].trim();
    if (split.isEmpty()) {
      throw w.bad("split", "empty");
    }
    return new Case(
        w.line(),
        split,
        cells[at[1]].trim(),
        TxnType.valueOf(enumOf(w, "type", cells[at[2]], TxnType.class)),
        narration,
        expected,
        cells[at[10]].trim());
  }

  private static void put(
      Map<NarrationEvaluation.Field, String> m, NarrationEvaluation.Field f, String cell) {
    m.put(f, NarrationEvaluation.normalise(f, cell));
  }

  private static <E extends Enum<E>> String enumOf(
      Where w, String column, String cell, Class<E> type) throws Malformed {
    String v = cell.trim();
    try {
      return Enum.valueOf(type, v).name();
    } catch (IllegalArgumentException e) {
      throw w.bad(column, "'" + v + "' is not a " + type.getSimpleName());
    }
  }
}
