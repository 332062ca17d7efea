package dev.saakh.synth.render;

import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.lake.Dataset;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.model.Party;
import dev.saakh.synth.model.TxnTable;
import java.time.LocalDate;

/**
 * Renders bank transactions: each account has its bank's export style (date, amount and balance
 * formats, a type column or Dr/Cr markers) and the messiness layer varies it record by record.
 */
final class TransactionRenderer {
  private static final String[] TYPE_WORDS = {"DR", "CR", "Dr", "Cr", "DEBIT", "CREDIT", "D", "C"};
  private final CustomerModel model;
  private final Mess mess;
  private final Labels labels;
  private final boolean truth;
  private final StringBuilder sb = new StringBuilder(128);
  private final StringBuilder text = new StringBuilder(32);
  private final StringBuilder idText = new StringBuilder(32);

  TransactionRenderer(CustomerModel model, Mess mess, Labels labels, boolean truth) {
    this.model = model;
    this.mess = mess;
    this.labels = labels;
    this.truth = truth;
  }

  /** Source style of one account, drawn once from the messiness source. */
  private record Style(
      int date,
      int amount,
      int balance,
      int typeWords,
      boolean typeColumn,
      boolean aa,
      String[] droppable) {}

  private Style style(AccountPlan a) {
    boolean aa = mess.rng.chance(0.3);
    int date = aa ? Formats.ISO_DATETIME : nativeDate(a.bank());
    int amount = nativeAmount(a.bank(), mess.rng.nextInt(3));
    int balance =
        amount == Formats.PLAIN
            ? Formats.PLAIN
            : mess.rng.pick(
                new Integer[] {
                  Formats.DR_CR_WORD, Formats.RUPEE_DR_CR, Formats.PLAIN, Formats.RS_SLASH
                });
    boolean typeColumn = aa || !Formats.signed(amount) || mess.rng.chance(0.3);
    String[] droppable =
        aa
            ? new String[] {
              "balance",
              "balance",
              "narration",
              "type",
              "mode",
              "value_date",
              "reference",
              "date",
              "amount"
            }
            : typeColumn
                ? new String[] {
                  "balance",
                  "balance",
                  "balance",
                  "narration",
                  "narration",
                  "type",
                  "date",
                  "amount"
                }
                : new String[] {
                  "balance", "balance", "balance", "narration", "narration", "date", "amount"
                };
    return new Style(date, amount, balance, mess.rng.nextInt(3) * 2, typeColumn, aa, droppable);
  }

  static int nativeDate(Bank bank) {
    return switch (bank) {
      case HDFC -> Formats.DMY_SLASH_YY;
      case ICICI, AXIS, CANARA -> Formats.DMY_DASH;
      case SBI -> Formats.D_MON_YY;
      case KOTAK, YES, IDFC -> Formats.DD_MON_YYYY_DASH;
      case INDUSIND -> Formats.DD_MON_YYYY;
      case PNB, BOB, UNION -> Formats.DMY_SLASH;
    };
  }

  private static int nativeAmount(Bank bank, int draw) {
    return switch (bank) {
      case HDFC -> Formats.PLAIN;
      case ICICI, KOTAK -> Formats.DR_CR_WORD;
      case SBI -> Formats.DR_CR_UPPER;
      case AXIS -> Formats.SIGNED;
      case PNB -> Formats.PARENS;
      default -> new int[] {Formats.PLAIN, Formats.RUPEE_DR_CR, Formats.INR}[draw];
    };
  }

  void render(JsonLine out) {
    TxnTable t = model.transactions();
    String cid = model.customerId();
    int row = 0;
    for (AccountPlan a : model.accounts()) {
      Style style = style(a);
      int start = row;
      while (row < t.size() && t.account(row) == a.index()) {
        row++;
      }
      int dupSeq = 0;
      for (int i = start; i < row; i++) {
        dupSeq += t.has(i, TxnTable.DROPPED) ? 0 : 1;
      }
      int seq = 0;
      for (int i = start; i < row; i++) {
        if (t.has(i, TxnTable.DROPPED)) {
          continue;
        }
        setId(a, ++seq);
        int lineStart = out.length();
        one(out, t, i, a, style, cid);
        if (mess.duplicate()) {
          String original = idText.toString();
          String dup = id(a, ++dupSeq);
          int lineEnd = out.length();
          out.repeat(lineStart, lineEnd);
          replaceId(out, lineEnd, original, dup);
          mess.duplicateOf(cid, Dataset.TRANSACTIONS, dup, original);
        }
      }
    }
  }

  /** {@code <account id>-T<5-digit sequence>}; the sequence orders an account's entries in time. */
  static String id(AccountPlan a, int seq) {
    String n = Integer.toString(seq);
    return a.accountId() + "-T" + "00000".substring(Math.min(5, n.length())) + n;
  }

  private void setId(AccountPlan a, int seq) {
    idText.setLength(0);
    idText.append(a.accountId()).append("-T");
    if (seq >= 100_000) {
      idText.append(seq);
      return;
    }
    for (int div = 10_000; div > 0; div /= 10) {
      idText.append((char) ('0' + seq / div % 10));
    }
  }

  /** Rewrites the copied line's id; ids have equal length, so bytes are replaced in place. */
  private static void replaceId(JsonLine out, int from, String id, String dup) {
    if (id.length() != dup.length()) {
      throw new IllegalStateException("duplicate id length differs: " + id + " / " + dup);
    }
    byte[] buf = out.array();
    int at = from + "{\"transaction_id\":\"".length();
    for (int k = 0; k < dup.length(); k++) {
      buf[at + k] = (byte) dup.charAt(k);
    }
  }

  private void one(JsonLine out, TxnTable t, int i, AccountPlan a, Style style, String cid) {
    Narrations.Entry entry = Narrations.entry(model, a, t, i);
    boolean debit = entry.debit();
    LocalDate date = entry.date();
    Party party = entry.party();
    sb.setLength(0);
    int shows = Narrations.write(sb, entry);
    String dropped = mess.dropped(style.droppable());
    out.beginObject()
        .field("transaction_id", idText)
        .field("account_id", a.accountId())
        .field("customer_id", cid);
    writeDate(out, date, t.second(i), style.date(), dropped, cid);
    int amountStyle = writeAmount(out, t.amount(i), debit, style.amount(), dropped, cid);
    String narration = writeNarration(out, dropped, cid);
    writeBalance(out, t.balance(i), style.balance(), dropped, cid);
    if (style.typeColumn() || !Formats.signed(amountStyle)) {
      if ("type".equals(dropped)) {
        missing(out, "type", cid, debit ? "DEBIT" : "CREDIT");
      } else {
        out.field("type", TYPE_WORDS[style.typeWords() + (debit ? 0 : 1)]);
      }
    }
    String reference =
        t.reference(i) >= 0 && (style.aa() || truth) ? Narrations.referenceText(entry) : null;
    if (style.aa()) {
      aaFields(out, t, i, date, reference, dropped, cid);
    }
    out.endLine();
    if (truth) {
      // the true reference is what the source gives: an AA payload's reference field, else what
      // the narration shows
      String shown = style.aa() || (shows & Narrations.SHOWS_REFERENCE) != 0 ? reference : null;
      truth(t, i, a, idText.toString(), cid, date, party, narration, shown, shows);
    }
  }

  private void writeDate(
      JsonLine out, LocalDate date, int second, int usual, String dropped, String cid) {
    int style = mess.dateStyle(usual);
    text.setLength(0);
    Formats.date(text, date, style, second);
    if (style != usual) {
      defect(cid, Mess.DATE_FORMAT, "date", text.toString(), date.toString());
    }
    if ("date".equals(dropped)) {
      missing(out, "date", cid, date.toString());
    } else {
      out.field("date", text);
    }
  }

  private int writeAmount(
      JsonLine out, long paise, boolean debit, int usual, String dropped, String cid) {
    int style = mess.amountStyle(usual);
    text.setLength(0);
    Formats.amount(text, paise, style, debit);
    if (style != usual) {
      defect(cid, Mess.AMOUNT_FORMAT, "amount", text.toString(), plain(paise));
    }
    if ("amount".equals(dropped)) {
      missing(out, "amount", cid, plain(paise));
    } else {
      out.field("amount", text);
    }
    return style;
  }

  /** Writes the narration held in {@code sb}; returns it as a string when anything needs it. */
  private String writeNarration(JsonLine out, String dropped, String cid) {
    boolean noisy = mess.noiseDrawn();
    String narration = truth || noisy || "narration".equals(dropped) ? sb.toString() : null;
    if ("narration".equals(dropped)) {
      missing(out, "narration", cid, narration);
    } else if (noisy) {
      String raw = mess.noise(narration);
      if (!raw.equals(narration)) {
        defect(cid, Mess.NARRATION_NOISE, "narration", raw, narration);
      }
      out.field("narration", raw);
    } else {
      out.field("narration", sb);
    }
    return narration;
  }

  private void writeBalance(JsonLine out, long paise, int style, String dropped, String cid) {
    text.setLength(0);
    Formats.balance(text, paise, style);
    if ("balance".equals(dropped)) {
      missing(out, "balance", cid, plain(paise));
    } else {
      out.field("balance", text);
    }
  }

  private void defect(String cid, String kind, String field, String raw, String truthValue) {
    mess.defect(cid, Dataset.TRANSACTIONS, idText.toString(), kind, field, raw, truthValue);
  }

  private void aaFields(
      JsonLine out,
      TxnTable t,
      int i,
      LocalDate date,
      String reference,
      String dropped,
      String cid) {
    String mode = t.channel(i).mode().name();
    if ("mode".equals(dropped)) {
      missing(out, "mode", cid, mode);
    } else {
      out.field("mode", mode);
    }
    if ("value_date".equals(dropped)) {
      missing(out, "value_date", cid, date.toString());
    } else {
      text.setLength(0);
      Formats.date(text, date, Formats.ISO, 0);
      out.field("value_date", text);
    }
    if (reference != null) {
      if ("reference".equals(dropped)) {
        missing(out, "reference", cid, reference);
      } else {
        out.field("reference", reference);
      }
    }
  }

  private void missing(JsonLine out, String field, String cid, String truthValue) {
    mess.defect(
        cid, Dataset.TRANSACTIONS, idText.toString(), Mess.MISSING_FIELD, field, null, truthValue);
    switch (mess.missingShape()) {
      case 1 -> out.nullField(field);
      case 2 -> out.field(field, "");
      default -> {}
    }
  }

  private static String plain(long paise) {
    StringBuilder b = new StringBuilder(16);
    if (paise < 0) {
      b.append('-');
    }
    return Formats.decimal(b, Math.abs(paise), true).toString();
  }

  private void truth(
      TxnTable t,
      int i,
      AccountPlan a,
      String id,
      String cid,
      LocalDate date,
      Party party,
      String narration,
      String reference,
      int shows) {
    JsonLine out = labels.beginTruth(cid, Dataset.TRANSACTIONS, id);
    out.beginObject("record")
        .field("transaction_id", id)
        .field("account_id", a.accountId())
        .field("customer_id", cid)
        .field("date", date.toString())
        .field("value_date", date.toString())
        .field("type", t.isCredit(i) ? "CREDIT" : "DEBIT")
        .paise("amount", t.amount(i))
        .field("mode", t.channel(i).mode().name())
        .field("channel", t.channel(i).name());
    Direction direction = t.direction(i);
    out.field("direction", direction == null ? null : direction.name());
    boolean named = party != null && (shows & Narrations.SHOWS_NAME) != 0;
    out.field("counterparty", named ? party.name() : null)
        .field(
            "vpa",
            party != null && (shows & Narrations.SHOWS_VPA) != 0 ? Narrations.vpa(party) : null)
        .field("ifsc", party != null && (shows & Narrations.SHOWS_IFSC) != 0 ? party.ifsc() : null)
        .field("reference", reference)
        .field("category", t.category(i).name())
        .field("narration", narration)
        .paise("balance_after", t.balance(i))
        .field("currency", "INR")
        .endObject();
    labels.endTruth();
  }
}
