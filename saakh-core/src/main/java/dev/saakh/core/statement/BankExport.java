package dev.saakh.core.statement;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.statement.BankExportLayout.Header;
import dev.saakh.core.statement.BankExportLayout.Role;
import dev.saakh.core.statement.StatementException.Code;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bank's statement download (HDFC, ICICI, SBI, Axis, Kotak) read from its rows of cells into one
 * account's raw records, its layout told by its header row (see {@link BankExportLayout}).
 *
 * <p>Rows above the header are the preamble: the masked account number, IFSC and holder name are
 * read from it when it gives them. Rows below are transactions until a footer ({@code STATEMENT
 * SUMMARY}, {@code Opening Balance}, {@code Closing Balance}, {@code Total}, a computer-generated
 * note); blank rows and separator rows ({@code *****}, {@code -----}) are skipped, and a row with
 * only a narration continues the narration above it. A date or amount that does not read is kept as
 * written, so the cleaner quarantines that one transaction with its reason instead of the whole
 * file being refused. Exports give no transaction id: ids come from {@link StableIds}.
 */
public final class BankExport implements RawPart {
  /** The header row must be among the first this many rows. */
  static final int HEADER_ROWS = 60;

  private static final int PREFIX_CHARS = 1 << 18;
  private static final int SEEN_CELLS = 12;
  private static final int SEEN_CELL_CHARS = 40;

  private final String source;
  private final BankExportLayout layout;
  private final BankExportPreamble preamble;
  private final List<String[]> txns;

  private BankExport(
      String source, BankExportLayout layout, BankExportPreamble preamble, List<String[]> txns) {
    this.source = source;
    this.layout = layout;
    this.preamble = preamble;
    this.txns = txns;
  }

  /**
   * Reads an export given as rows of cells (a CSV's, a spreadsheet's).
   *
   * @throws StatementException {@code EMPTY} when no row holds anything, {@code UNKNOWN_FORMAT}
   *     when none of the first {@value #HEADER_ROWS} rows is a known header (the message shows the
   *     widest row seen), {@code NO_TRANSACTIONS} when no transaction row follows the header
   */
  public static BankExport rows(String source, Iterable<List<String>> rows) {
    Iterator<List<String>> it = rows.iterator();
    BankExportPreamble preamble = new BankExportPreamble();
    List<String> widest = List.of();
    int widestCount = 0;
    Header header = null;
    int at = 0;
    while (header == null && at < HEADER_ROWS && it.hasNext()) {
      List<String> row = trimmed(it.next());
      at++;
      header = BankExportLayout.detect(row);
      if (header == null) {
        preamble.read(row);
        int count = nonBlank(row);
        if (count > widestCount) {
          widestCount = count;
          widest = row;
        }
      }
    }
    if (header == null) {
      throw widestCount == 0
          ? new StatementException(Code.EMPTY, source + ": no row holds anything")
          : new StatementException(
              Code.UNKNOWN_FORMAT,
              source
                  + ": no header row of a known bank layout (HDFC, ICICI, SBI, AXIS, KOTAK) in the"
                  + " first "
                  + at
                  + " rows; the widest row seen was "
                  + seen(widest));
    }
    List<String[]> txns = new BankExportReader(header.roles()).read(it);
    if (txns.isEmpty()) {
      throw new StatementException(
          Code.NO_TRANSACTIONS,
          source
              + ": a "
              + header.layout()
              + " header at row "
              + at
              + " but no transaction row after it");
    }
    return new BankExport(source, header.layout(), preamble, txns);
  }

  /**
   * Reads an export as CSV text: UTF-8 (an optional byte-order mark skipped), comma, semicolon, tab
   * or pipe separated (detected), quoted fields with doubled quotes, any line ends. Streams: only
   * the transactions read are held.
   *
   * @throws StatementException {@code BAD_RECORD} when the bytes are not UTF-8 or the CSV is broken
   *     (a quote never closed, a cell or row beyond any statement's), and as {@link #rows}
   * @throws IOException when {@code in} fails
   */
  public static BankExport csv(String source, InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
      reader.mark(PREFIX_CHARS);
      char[] prefix = new char[PREFIX_CHARS];
      int n = 0;
      for (int r = 0; n < prefix.length && (r = reader.read(prefix, n, prefix.length - n)) > 0; ) {
        n += r;
      }
      reader.reset();
      char delimiter = BankExportCsv.delimiter(new String(prefix, 0, n), source);
      BankExportCsv rows = new BankExportCsv(reader, delimiter, source);
      return rows(source, () -> rows);
    } catch (CharacterCodingException e) {
      throw new StatementException(Code.BAD_RECORD, source + ": not UTF-8 text");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new StatementException(Code.BAD_RECORD, source + ": not UTF-8 text");
      }
      throw e.getCause();
    }
  }

  /** The name the export was read under, as errors name it. */
  public String source() {
    return source;
  }

  /** The layout the export was read by: {@code HDFC}, {@code ICICI}, {@code SBI}, ... */
  public String layout() {
    return layout.name();
  }

  @Override
  public String customerId() {
    return null;
  }

  @Override
  public int accountCount() {
    return 1;
  }

  @Override
  public long transactionCount() {
    return txns.size();
  }

  @Override
  public void appendRaw(String customer, Map<Dataset, List<RawLine>> raw, Set<String> used) {
    List<RawLine> accountLines = raw.get(Dataset.ACCOUNTS);
    List<RawLine> txnLines = raw.get(Dataset.TRANSACTIONS);
    String accountId = accountId(used);
    StringBuilder b = new StringBuilder(512);
    b.append('{');
    field(b, "account_id", accountId).append(',');
    field(b, "customer_id", customer).append(',');
    field(b, "bank", layout.bank().name()).append(',');
    field(b, "masked_acc_number", preamble.masked).append(',');
    field(b, "ifsc", preamble.ifsc).append(',');
    for (String f :
        List.of(
            "branch",
            "type",
            "facility",
            "sanctioned_limit",
            "opening_date",
            "current_balance",
            "balance_date")) {
      field(b, f, null).append(',');
    }
    field(b, "currency", "INR").append(',');
    field(b, "holder_name", preamble.holder).append(',');
    field(b, "holder_pan", null).append(',');
    field(b, "holder_mobile", null).append(',');
    field(b, "holder_role", HolderRole.INDIVIDUAL.name()).append('}');
    accountLines.add(RawLine.of(accountLines.size() + 1L, b.toString()));
    StableIds ids = new StableIds();
    for (String[] t : txns) {
      String id =
          ids.next(
              accountId,
              t[BankExportValues.DATE],
              t[BankExportValues.AMOUNT],
              t[BankExportValues.TYPE],
              t[BankExportValues.NARRATION],
              t[BankExportValues.BALANCE]);
      txnLines.add(RawLine.of(txnLines.size() + 1L, transaction(b, id, accountId, customer, t)));
    }
  }

  private static String transaction(
      StringBuilder b, String id, String accountId, String customer, String[] t) {
    b.setLength(0);
    b.append('{');
    field(b, "transaction_id", id).append(',');
    field(b, "account_id", accountId).append(',');
    field(b, "customer_id", customer).append(',');
    field(b, "date", t[BankExportValues.DATE]).append(',');
    field(b, "amount", t[BankExportValues.AMOUNT]).append(',');
    field(b, "narration", t[BankExportValues.NARRATION]).append(',');
    field(b, "balance", t[BankExportValues.BALANCE]).append(',');
    field(b, "type", t[BankExportValues.TYPE]).append(',');
    field(b, "mode", null).append(',');
    field(b, "value_date", t[BankExportValues.VALUE_DATE]).append(',');
    field(b, "reference", t[BankExportValues.REFERENCE]).append('}');
    return b.toString();
  }

  private static StringBuilder field(StringBuilder b, String name, String value) {
    b.append('"').append(name).append("\":");
    if (value == null) {
      return b.append("null");
    }
    b.append('"');
    JsonStringEncoder.getInstance().quoteAsString(value, b);
    return b.append('"');
  }

  private String accountId(Set<String> used) {
    String masked = preamble.masked;
    String id;
    if (masked != null && !masked.isBlank()) {
      id = used.contains(masked) ? masked + "-" + (used.size() + 1) : masked;
    } else {
      id = "ACCOUNT-" + (used.size() + 1);
    }
    used.add(id);
    return id;
  }

  /** The row with each cell trimmed of spaces, tabs and no-break spaces. */
  private static List<String> trimmed(List<String> row) {
    List<String> out = new ArrayList<>(row.size());
    for (String c : row) {
      out.add(trim(c));
    }
    return out;
  }

  /** {@code s} without leading and trailing whitespace, no-break spaces or byte-order marks. */
  static String trim(String s) {
    if (s == null) {
      return "";
    }
    int from = 0;
    int to = s.length();
    while (from < to && blank(s.charAt(from))) {
      from++;
    }
    while (to > from && blank(s.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == s.length() ? s : s.substring(from, to);
  }

  private static boolean blank(char c) {
    return c <= ' ' || c == '\u00A0' || c == '\uFEFF' || c == '\u2007' || c == '\u202F';
  }

  private static int nonBlank(List<String> row) {
    int n = 0;
    for (String c : row) {
      if (!c.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  private static String seen(List<String> row) {
    List<String> cells = new ArrayList<>();
    for (String c : row) {
      if (!c.isEmpty() && cells.size() < SEEN_CELLS) {
        cells.add(c.length() > SEEN_CELL_CHARS ? c.substring(0, SEEN_CELL_CHARS) + "…" : c);
      }
    }
    return cells.toString();
  }

  /** The data rows below a header: each transaction's fields, positions of BankExportValues. */
  static final class BankExportReader {
    private final Role[] roles;
    private final BankExportValues values = new BankExportValues();
    private final String[] cells = new String[Role.values().length];

    BankExportReader(Role[] roles) {
      this.roles = roles;
    }

    List<String[]> read(Iterator<List<String>> rows) {
      List<String[]> txns = new ArrayList<>();
      while (rows.hasNext()) {
        if (!row(rows.next(), txns)) {
          break;
        }
      }
      return txns;
    }

    /** Reads one row into {@code txns}; false at a footer. */
    private boolean row(List<String> row, List<String[]> txns) {
      Arrays.fill(cells, "");
      String first = "";
      for (int i = 0; i < row.size(); i++) {
        String c = trim(row.get(i));
        if (first.isEmpty()) {
          first = c;
        }
        if (i < roles.length && roles[i] != null) {
          cells[roles[i].ordinal()] = c;
        }
      }
      if (first.isEmpty() || separator(first)) {
        return true;
      }
      if (footer(first)) {
        return txns.isEmpty(); // an opening-balance row above the first transaction is skipped
      }
      String date = cells[Role.DATE.ordinal()];
      String narration = cells[Role.NARRATION.ordinal()];
      boolean noMoney =
          cells[Role.DEBIT.ordinal()].isEmpty()
              && cells[Role.CREDIT.ordinal()].isEmpty()
              && cells[Role.AMOUNT.ordinal()].isEmpty()
              && cells[Role.BALANCE.ordinal()].isEmpty();
      if (noMoney && !date.isEmpty() && !values.isDate(date)) {
        return true; // a note between the rows: no date, no money, nothing to lose
      }
      if (date.isEmpty() && noMoney) {
        if (!narration.isEmpty() && !txns.isEmpty()) {
          String[] last = txns.get(txns.size() - 1);
          String n = last[BankExportValues.NARRATION];
          last[BankExportValues.NARRATION] = n == null ? narration : n + " " + narration;
        }
        return true;
      }
      txns.add(transaction());
      return true;
    }

    private String[] transaction() {
      String[] t = new String[BankExportValues.FIELDS];
      t[BankExportValues.DATE] = values.date(cells[Role.DATE.ordinal()]);
      t[BankExportValues.VALUE_DATE] = values.date(cells[Role.VALUE_DATE.ordinal()]);
      if (BankExportValues.has(roles, Role.AMOUNT)) {
        values.signed(cells[Role.AMOUNT.ordinal()], cells[Role.DRCR.ordinal()], t);
      } else {
        values.split(cells[Role.DEBIT.ordinal()], cells[Role.CREDIT.ordinal()], t);
      }
      t[BankExportValues.BALANCE] =
          values.balance(cells[Role.BALANCE.ordinal()], cells[Role.BALANCE_DRCR.ordinal()]);
      String narration = cells[Role.NARRATION.ordinal()];
      t[BankExportValues.NARRATION] = narration.isEmpty() ? null : narration;
      String ref = cells[Role.REFERENCE.ordinal()];
      t[BankExportValues.REFERENCE] = ref.isEmpty() || ref.equals("-") ? null : ref;
      return t;
    }

    /** A row of only {@code *}, {@code -}, {@code =} or {@code _}. */
    private static boolean separator(String first) {
      for (int i = 0; i < first.length(); i++) {
        char c = first.charAt(i);
        if (c != '*' && c != '-' && c != '=' && c != '_' && c != ' ') {
          return false;
        }
      }
      return true;
    }

    private static boolean footer(String first) {
      String k = BankExportLayout.key(first);
      return k.startsWith("statementsummary")
          || k.startsWith("openingbalance")
          || k.startsWith("closingbalance")
          || k.startsWith("total")
          || k.startsWith("grandtotal")
          || k.startsWith("endofstatement")
          || k.startsWith("transactiontotal")
          || k.contains("computergenerated")
          || k.contains("systemgenerated")
          || k.startsWith("generatedon")
          || k.startsWith("legends")
          || k.startsWith("unlessthe")
          || k.startsWith("pleasenote")
          || k.startsWith("disclaimer");
    }
  }
}
