package dev.saakh.core.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Several raw inputs of one customer read as one statement and cleaned once: two downloads whose
 * periods overlap give each shared transaction once (the cleaner's duplicate rule), and one
 * account's files form one balance chain.
 *
 * <p>An account of a later file is the account of an earlier one when both give the same masked
 * number and IFSC (or, lacking a number, the same account id); it is then not listed twice. A
 * transaction id a later file repeats with other content (banks number rows per download) is
 * renamed {@code <id>~<file number>} so neither transaction is lost. A file from which no
 * transaction was read is refused: nothing read is an error, never an empty success.
 */
public final class StatementSet {
  private final List<Entry> entries = new ArrayList<>();
  private final List<StatementInput> consents = new ArrayList<>();
  private String customerId;
  private String customerSource;

  private record Entry(String source, Format format, String layout, RawPart part) {}

  /**
   * A statement cleaned, with the consents that came with its files.
   *
   * @param consents the inputs that were ReBIT consents, in the order given
   */
  public record Result(StatementData statement, List<StatementInput> consents) {
    public Result {
      Objects.requireNonNull(statement, "statement");
      consents = List.copyOf(consents);
    }

    /** A statement that came without a consent. */
    public static Result of(StatementData statement) {
      return new Result(statement, List.of());
    }
  }

  /**
   * Adds one input as a reader returned it: a statement part, or a consent kept beside the
   * statement.
   *
   * @throws StatementException as {@link #add(String, Format, String, RawPart)} does
   */
  public StatementSet add(StatementInput input) {
    Objects.requireNonNull(input, "input");
    if (input.consent() != null) {
      consents.add(input);
      return this;
    }
    return add(input.source(), input.format(), input.layout(), input.part());
  }

  /**
   * The inputs cleaned as one statement, with the consents given beside them.
   *
   * @throws StatementException {@code NO_TRANSACTIONS} when only consents were given
   */
  public Result result() {
    if (entries.isEmpty() && !consents.isEmpty()) {
      throw new StatementException(
          Code.NO_TRANSACTIONS,
          consents.get(0).source()
              + (consents.size() > 1 ? " and " + (consents.size() - 1) + " more" : "")
              + ": a consent, not a statement; give the statement files the consent covers too");
    }
    return new Result(clean(), consents);
  }

  /**
   * Adds one input.
   *
   * @param layout the bank layout an export was read by, or null
   * @throws StatementException {@code NO_TRANSACTIONS} when nothing was read from it, {@code
   *     MIXED_CUSTOMERS} when it names another customer than an earlier input
   */
  public StatementSet add(String source, Format format, String layout, RawPart part) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(part, "part");
    if (part.transactionCount() == 0) {
      throw new StatementException(
          Code.NO_TRANSACTIONS,
          source
              + ": nothing was read from it (no transaction in "
              + (part.accountCount() == 0 ? "the file" : part.accountCount() + " account(s)")
              + ")");
    }
    String id = part.customerId();
    if (id != null && customerId != null && !id.equals(customerId)) {
      throw new StatementException(
          Code.MIXED_CUSTOMERS,
          source
              + " names customer "
              + id
              + " but "
              + customerSource
              + " names "
              + customerId
              + "; the files of one statement are one customer's");
    }
    if (id != null && customerId == null) {
      customerId = id;
      customerSource = source;
    }
    entries.add(new Entry(source, format, layout, part));
    return this;
  }

  /** How many inputs were added. */
  public int size() {
    return entries.size();
  }

  /** The inputs' raw lines, cleaned together as one customer's. */
  public StatementData clean() {
    if (entries.isEmpty()) {
      throw new StatementException(Code.EMPTY, "no statement file was given");
    }
    String customer = customerId == null ? BankStatementFile.ANONYMOUS_CUSTOMER : customerId;
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    raw.put(Dataset.ACCOUNTS, new ArrayList<>());
    raw.put(Dataset.TRANSACTIONS, new ArrayList<>());
    List<SourceFile> sources = new ArrayList<>();
    Merge merge = new Merge(customer, raw);
    for (int i = 0; i < entries.size(); i++) {
      sources.add(merge.add(entries.get(i), i + 1, i == entries.size() - 1));
    }
    CleanResult result = Cleaner.withDefaults().clean(customer, raw);
    Format format = entries.get(0).format();
    for (Entry e : entries) {
      if (e.format() != format) {
        format = Format.MIXED;
      }
    }
    return new StatementData(
        customer, format, CustomerData.of(result), result, List.of(), List.copyOf(sources));
  }

  /** The statement's raw lines as they grow, file by file. */
  private static final class Merge {
    private final String customer;
    private final List<RawLine> accounts;
    private final List<RawLine> txns;
    private final Map<String, String> accountByKey = new HashMap<>();
    private final Set<String> accountIds = new HashSet<>();
    private final Map<String, String> txnText = new HashMap<>();

    Merge(String customer, Map<Dataset, List<RawLine>> raw) {
      this.customer = customer;
      this.accounts = raw.get(Dataset.ACCOUNTS);
      this.txns = raw.get(Dataset.TRANSACTIONS);
    }

    SourceFile add(Entry e, int fileNumber, boolean last) {
      Map<Dataset, List<RawLine>> own = new EnumMap<>(Dataset.class);
      own.put(Dataset.ACCOUNTS, new ArrayList<>());
      own.put(Dataset.TRANSACTIONS, new ArrayList<>());
      e.part().appendRaw(customer, own, new HashSet<>());
      long firstAccount = accounts.size() + 1L;
      long firstTxn = txns.size() + 1L;
      Map<String, String> rename = new HashMap<>();
      int merged = accounts(own.get(Dataset.ACCOUNTS), rename);
      long renamed = 0;
      Map<String, String> ownTexts = new HashMap<>();
      for (RawLine line : own.get(Dataset.TRANSACTIONS)) {
        long number = txns.size() + 1L;
        String text = line.text();
        JsonNode t = rename.isEmpty() && txnText.isEmpty() ? null : tree(text);
        if (t instanceof ObjectNode o) {
          String id = o.path("transaction_id").asText(null);
          String account = o.path("account_id").asText(null);
          boolean changed = false;
          if (account != null && rename.containsKey(account)) {
            o.put("account_id", rename.get(account));
            changed = true;
          }
          if (changed) {
            text = o.toString();
          }
          String earlier = id == null ? null : txnText.get(id);
          if (earlier != null && !earlier.equals(text)) {
            id = id + "~" + fileNumber;
            o.put("transaction_id", id);
            text = o.toString();
            renamed++;
          }
          ownTexts.put(id == null ? "" : id, text);
        } else if (!last) {
          ownTexts.put(idOf(text), text);
        }
        txns.add(
            text.equals(line.text())
                ? renumber(line, number)
                : new RawLine(number, text, text.length(), line.problem()));
      }
      txnText.putAll(ownTexts);
      return new SourceFile(
          e.source(),
          e.format(),
          e.layout(),
          own.get(Dataset.ACCOUNTS).size(),
          own.get(Dataset.TRANSACTIONS).size(),
          firstAccount,
          firstTxn,
          merged,
          renamed);
    }

    /**
     * Appends a file's account lines, but those of accounts an earlier file gave; fills {@code
     * rename} with the file's ids that change; returns how many accounts were merged.
     */
    private int accounts(List<RawLine> own, Map<String, String> rename) {
      Map<String, String> newKeys = new HashMap<>();
      int merged = 0;
      for (RawLine line : own) {
        JsonNode a = tree(line.text());
        String local = a.path("account_id").asText("");
        String key = key(a, local);
        String earlier = key == null ? null : accountByKey.get(key);
        if (earlier != null) {
          rename.put(local, earlier);
          merged++;
          continue;
        }
        String id = unique(local);
        accountIds.add(id);
        if (key != null) {
          newKeys.put(key, id);
        }
        long number = accounts.size() + 1L;
        if (!id.equals(local)) {
          rename.put(local, id);
        }
        if (!id.equals(local) && a instanceof ObjectNode o) {
          String text = o.put("account_id", id).toString();
          accounts.add(new RawLine(number, text, text.length(), line.problem()));
        } else {
          accounts.add(renumber(line, number));
        }
      }
      accountByKey.putAll(newKeys);
      return merged;
    }

    /** Which account a record is across files: masked number and IFSC, else a specific id. */
    private static String key(JsonNode a, String local) {
      String masked = a.path("masked_acc_number").asText("").trim();
      String ifsc = a.path("ifsc").asText("").trim();
      if (!masked.isEmpty()) {
        return (masked + "|" + ifsc).toUpperCase(Locale.ROOT);
      }
      return local.isEmpty() || local.startsWith("ACCOUNT-") ? null : "ID|" + local;
    }

    private String unique(String local) {
      String base = local.isEmpty() ? "ACCOUNT" : local;
      String id = base;
      for (int n = 2; accountIds.contains(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    private static String idOf(String text) {
      JsonNode t = tree(text);
      return t.path("transaction_id").asText("");
    }

    private static JsonNode tree(String text) {
      try {
        return LakeJson.mapper().readTree(text);
      } catch (JsonProcessingException e) {
        return LakeJson.mapper().missingNode();
      }
    }

    private static RawLine renumber(RawLine line, long number) {
      return line.number() == number
          ? line
          : new RawLine(number, line.text(), line.byteLength(), line.problem());
    }
  }
}
