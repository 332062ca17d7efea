package dev.saakh.synth.render;

import dev.saakh.core.bank.Account;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.Money;
import dev.saakh.synth.config.GeneratorConfig;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.model.Pattern;
import dev.saakh.synth.model.TxnTable;
import dev.saakh.synth.random.Rng;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One customer rendered: the raw NDJSON bytes of each dataset and of its label lines, ready to be
 * appended to the lake's files in customer order.
 */
public final class CustomerFiles {
  private final String customerId;
  private final Map<Dataset, JsonLine> raw = new EnumMap<>(Dataset.class);
  private final JsonLine labels;
  private final JsonLine rebit;
  private final int[] records = new int[Dataset.values().length];

  private CustomerFiles(String customerId, int sizeHint, boolean withRebit, boolean withTruth) {
    this.customerId = customerId;
    for (Dataset d : Dataset.values()) {
      raw.put(d, new JsonLine(d == Dataset.TRANSACTIONS ? sizeHint * 320 : 1024));
    }
    this.labels = new JsonLine(sizeHint * (withTruth ? 720 : 120));
    this.rebit = withRebit ? new JsonLine(sizeHint * 330) : null;
  }

  /** Renders every dataset of {@code model}; {@code withRebit} adds the ReBIT DEPOSIT view. */
  public static CustomerFiles render(
      CustomerModel model, GeneratorConfig config, boolean withRebit) {
    CustomerFiles files =
        new CustomerFiles(
            model.customerId(), model.transactions().size(), withRebit, config.transactionTruth());
    Labels labels = new Labels(files.labels);
    Mess mess =
        new Mess(config.messiness(), Rng.of(config.seed(), model.customerId(), "mess"), labels);
    labels.customer(
        model.customerId(),
        model.customer().segment().name(),
        model.profile(),
        model.customer().directors().size());
    RecordRenderer records = new RecordRenderer(mess, labels);
    records.render(files.raw.get(Dataset.CUSTOMERS), Dataset.CUSTOMERS, model.customer(), false);
    records.render(files.raw.get(Dataset.CONSENTS), Dataset.CONSENTS, model.consent(), false);
    List<Account> accounts = accounts(model);
    for (Account account : accounts) {
      records.render(files.raw.get(Dataset.ACCOUNTS), Dataset.ACCOUNTS, account, true);
    }
    new TransactionRenderer(model, mess, labels, config.transactionTruth())
        .render(files.raw.get(Dataset.TRANSACTIONS));
    model.gst().forEach(r -> records.render(files.raw.get(Dataset.GST), Dataset.GST, r, true));
    records.render(
        files.raw.get(Dataset.CREDIT_REPORTS), Dataset.CREDIT_REPORTS, model.creditReport(), false);
    model
        .policies()
        .forEach(r -> records.render(files.raw.get(Dataset.POLICIES), Dataset.POLICIES, r, true));
    model
        .funds()
        .forEach(
            r ->
                records.render(files.raw.get(Dataset.MUTUAL_FUNDS), Dataset.MUTUAL_FUNDS, r, true));
    model
        .orders()
        .forEach(
            r -> records.render(files.raw.get(Dataset.ONDC_ORDERS), Dataset.ONDC_ORDERS, r, true));
    model
        .applications()
        .forEach(
            r ->
                records.render(
                    files.raw.get(Dataset.OCEN_APPLICATIONS), Dataset.OCEN_APPLICATIONS, r, true));
    files.patterns(model, labels);
    for (Dataset d : Dataset.values()) {
      files.records[d.ordinal()] = files.raw.get(d).lines();
    }
    if (withRebit) {
      Rebit.write(files.rebit, model, accounts);
    }
    return files;
  }

  /** The clean account records, with the balance the simulation ended on. */
  public static List<Account> accounts(CustomerModel model) {
    TxnTable t = model.transactions();
    long[] last = new long[model.accounts().size()];
    boolean[] seen = new boolean[last.length];
    for (int i = 0; i < t.size(); i++) {
      if (!t.has(i, TxnTable.DROPPED)) {
        last[t.account(i)] = t.balance(i);
        seen[t.account(i)] = true;
      }
    }
    List<Account> out = new ArrayList<>();
    for (AccountPlan a : model.accounts()) {
      long balance = seen[a.index()] ? last[a.index()] : a.openingBalancePaise();
      out.add(
          new Account(
              a.accountId(),
              model.customerId(),
              a.bank(),
              a.masked(),
              a.ifsc(),
              a.branch(),
              a.type(),
              a.facility(),
              a.facility() == null ? null : Money.ofPaise(a.limitPaise()),
              a.openingDate(),
              Money.ofPaise(balance),
              model.window().bankLastDay(),
              "INR",
              a.holderName(),
              a.holderPan(),
              a.holderMobile(),
              a.role()));
    }
    return out;
  }

  private void patterns(CustomerModel model, Labels labels) {
    TxnTable t = model.transactions();
    for (Pattern p : model.patterns()) {
      List<String> ids = new ArrayList<>(p.recordIds());
      if (p.tag() > 0) {
        int row = 0;
        for (AccountPlan a : model.accounts()) {
          int seq = 0;
          for (; row < t.size() && t.account(row) == a.index(); row++) {
            if (t.has(row, TxnTable.DROPPED)) {
              continue;
            }
            seq++;
            if (t.tag(row) == p.tag()) {
              ids.add(TransactionRenderer.id(a, seq));
            }
          }
        }
      }
      labels.pattern(model.customerId(), p.pattern(), ids, p.detail());
    }
  }

  public String customerId() {
    return customerId;
  }

  /** Raw lines written for {@code dataset} (duplicates included). */
  public int records(Dataset dataset) {
    return records[dataset.ordinal()];
  }

  /** Every dataset's raw lines as the cleaner takes them, as if read back from the lake. */
  public Map<Dataset, List<RawLine>> rawLines() {
    Map<Dataset, List<RawLine>> out = new EnumMap<>(Dataset.class);
    for (Dataset d : Dataset.values()) {
      JsonLine buffer = raw.get(d);
      byte[] bytes = buffer.array();
      List<RawLine> lines = new ArrayList<>();
      for (int start = 0, end; start < buffer.length(); start = end + 1) {
        end = start;
        while (end < buffer.length() && bytes[end] != '\n') {
          end++;
        }
        if (end > start) {
          String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
          lines.add(new RawLine(lines.size() + 1L, line, end - start, null));
        }
      }
      out.put(d, lines);
    }
    return out;
  }

  public void writeRaw(Dataset dataset, OutputStream out) throws IOException {
    JsonLine line = raw.get(dataset);
    out.write(line.array(), 0, line.length());
  }

  public void writeLabels(OutputStream out) throws IOException {
    out.write(labels.array(), 0, labels.length());
  }

  /** The ReBIT DEPOSIT document, or nothing when rendering was asked without it. */
  public void writeRebit(OutputStream out) throws IOException {
    if (rebit != null) {
      out.write(rebit.array(), 0, rebit.length());
    }
  }

  public boolean hasRebit() {
    return rebit != null;
  }
}
