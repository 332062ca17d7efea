package dev.saakh.synth.render;

import dev.saakh.core.bank.Account;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.model.TxnTable;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's bank data as ReBIT FI type DEPOSIT documents (Profile, Summary, Transactions), as an
 * AA would deliver them after decryption: clean, typed strings, no export messiness.
 */
final class Rebit {
  private Rebit() {}

  static void write(JsonLine out, CustomerModel model, List<Account> accounts) {
    TxnTable t = model.transactions();
    StringBuilder sb = new StringBuilder(128);
    out.beginObject().field("customer_id", model.customerId()).beginArray("accounts");
    int row = 0;
    for (AccountPlan a : model.accounts()) {
      Account account = accounts.get(a.index());
      out.beginObject()
          .beginObject("Account")
          .field("type", "deposit")
          .field("version", "2.0.0")
          .field("maskedAccNumber", a.masked())
          .field("linkedAccRef", a.accountId());
      out.beginObject("Profile")
          .beginObject("Holders")
          .field("type", "SINGLE")
          .beginArray("Holder")
          .beginObject()
          .field("name", a.holderName())
          .field("mobile", a.holderMobile())
          .field("pan", a.holderPan())
          .field("nominee", "NOT-REGISTERED")
          .field("ckycCompliance", "true")
          .endObject()
          .endArray()
          .endObject()
          .endObject();
      out.beginObject("Summary")
          .field("currentBalance", account.currentBalance().toString())
          .field("currency", "INR")
          .field("balanceDateTime", model.window().bankLastDay() + "T23:59:59+05:30")
          .field("type", a.type().name())
          .field("branch", a.branch())
          .field("facility", a.facility() == null ? null : a.facility().name())
          .field("ifscCode", a.ifsc())
          .field("openingDate", a.openingDate().toString())
          .field(
              "currentODLimit",
              account.sanctionedLimit() == null ? "0" : account.sanctionedLimit().toString())
          .field("status", "ACTIVE")
          .endObject();
      out.beginObject("Transactions")
          .field("startDate", model.window().bankFirstDay().toString())
          .field("endDate", model.window().bankLastDay().toString())
          .beginArray("Transaction");
      int seq = 0;
      for (; row < t.size() && t.account(row) == a.index(); row++) {
        if (t.has(row, TxnTable.DROPPED)) {
          continue;
        }
        transaction(out, sb, model, a, t, row, TransactionRenderer.id(a, ++seq));
      }
      out.endArray().endObject().endObject().endObject();
    }
    out.endArray().endLine();
  }

  private static void transaction(
      JsonLine out,
      StringBuilder sb,
      CustomerModel model,
      AccountPlan a,
      TxnTable t,
      int i,
      String id) {
    Narrations.Entry e = Narrations.entry(model, a, t, i);
    LocalDate date = e.date();
    sb.setLength(0);
    Narrations.write(sb, e);
    String narration = sb.toString();
    sb.setLength(0);
    Formats.date(sb, date, Formats.ISO_DATETIME, t.second(i));
    out.beginObject()
        .field("txnId", id)
        .field("type", t.type(i).name())
        .field("mode", t.channel(i).mode().name())
        .field("amount", Formats.decimal(new StringBuilder(), t.amount(i), true).toString())
        .field(
            "currentBalance",
            Formats.decimal(
                    new StringBuilder(t.balance(i) < 0 ? "-" : ""), Math.abs(t.balance(i)), true)
                .toString())
        .field("transactionTimestamp", sb.toString())
        .field("valueDate", date.toString())
        .field("narration", narration)
        .field("reference", t.reference(i) >= 0 ? Narrations.referenceText(e) : null)
        .endObject();
  }
}
