package dev.saakh.synth.render;

import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.synth.model.AccountPlan;
import dev.saakh.synth.model.CustomerModel;
import dev.saakh.synth.model.Party;
import dev.saakh.synth.model.PartyKind;
import dev.saakh.synth.model.TxnTable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a transaction's narration in the shape its bank uses (DESIGN §4.4), and reports which
 * details the narration reveals, so ground truth claims only what a reader could find in it.
 */
final class Narrations {
  static final int SHOWS_NAME = 1;
  static final int SHOWS_VPA = 2;
  static final int SHOWS_IFSC = 4;
  static final int SHOWS_REFERENCE = 8;

  private Narrations() {}

  /** Everything a narration can draw on. {@code party} may be null (cash, charges, interest). */
  record Entry(
      Bank bank,
      Channel channel,
      Category category,
      boolean debit,
      Party party,
      long reference,
      LocalDate date,
      String city,
      String cardTail,
      long amountPaise) {}

  /** The entry for row {@code i} of {@code model}'s transactions, on account {@code a}. */
  static Entry entry(CustomerModel model, AccountPlan a, TxnTable t, int i) {
    Party party = t.party(i) >= 0 ? model.parties().get(t.party(i)) : null;
    String number = a.accountNumber();
    return new Entry(
        a.bank(),
        t.channel(i),
        t.category(i),
        !t.isCredit(i),
        party,
        t.reference(i),
        LocalDate.ofEpochDay(t.day(i)),
        model.customer().city(),
        number.substring(number.length() - 4),
        t.amount(i));
  }

  static int write(StringBuilder sb, Entry e) {
    return switch (e.channel()) {
      case UPI -> upi(sb, e);
      case NEFT, SALARY, TRANSFER -> neft(sb, e);
      case RTGS -> rtgs(sb, e);
      case IMPS -> imps(sb, e);
      case NACH, ECS -> nach(sb, e);
      case ATM -> atm(sb, e);
      case POS, CARD -> card(sb, e);
      case CHEQUE -> cheque(sb, e);
      case CASH -> cash(sb, e);
      case INTEREST -> interest(sb, e);
      case CHARGE -> charge(sb, e);
      case OTHER -> {
        sb.append("MISC ").append(e.debit() ? "DR" : "CR");
        yield 0;
      }
    };
  }

  private static int upi(StringBuilder sb, Entry e) {
    Party p = e.party();
    String vpa = vpa(p);
    String rrn = Long.toString(e.reference());
    String bankName = p.bank().displayName();
    switch (e.bank()) {
      case HDFC -> join(sb, '-', "UPI", p.name(), vpa, p.ifsc(), rrn, remark(e));
      case ICICI -> join(sb, '/', "UPI", rrn, p.name(), vpa, bankName);
      case SBI ->
          join(
              sb,
              '/',
              e.debit() ? "TO TRANSFER-UPI/DR" : "BY TRANSFER-UPI/CR",
              rrn,
              p.name(),
              p.bank().ifscCode(),
              vpa,
              "UPI--");
      case AXIS ->
          join(
              sb,
              '/',
              "UPI",
              p.kind() == PartyKind.PERSON ? "P2A" : "P2M",
              rrn,
              p.name(),
              remark(e),
              bankName);
      case KOTAK -> join(sb, '/', "UPI", p.name(), rrn, remark(e));
      default ->
          join(sb, '/', "UPI", e.debit() ? "DR" : "CR", rrn, p.name(), p.bank().ifscCode(), vpa);
    }
    int shows = SHOWS_NAME | SHOWS_REFERENCE;
    return switch (e.bank()) {
      case AXIS, KOTAK -> shows;
      case HDFC -> shows | SHOWS_VPA | SHOWS_IFSC;
      default -> shows | SHOWS_VPA;
    };
  }

  /** The party's UPI id; parties without one get the handle their name would have. */
  static String vpa(Party p) {
    return p.vpa() != null ? p.vpa() : p.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@upi";
  }

  /** Appends {@code parts} separated by {@code sep}: one narration shape on one line. */
  private static void join(StringBuilder sb, char sep, String... parts) {
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(parts[i]);
    }
  }

  private static String utr(Entry e, char rail) {
    String code = e.party() != null ? e.party().bank().ifscCode() : e.bank().ifscCode();
    return code + rail + Long.toString(e.reference()).substring(1);
  }

  private static int neft(StringBuilder sb, Entry e) {
    Party p = e.party();
    String utr = utr(e, 'N');
    switch (e.bank()) {
      case HDFC -> {
        if (e.debit()) {
          join(sb, '-', "NEFT DR", p.ifsc(), p.name(), "NETBANK, MUM", utr, remark(e));
        } else {
          join(sb, '-', "NEFT CR", p.ifsc(), p.name(), remark(e), utr);
        }
      }
      case ICICI -> join(sb, '-', "NEFT", utr, p.name(), remark(e), p.accountTail(), p.ifsc());
      case SBI ->
          join(
              sb,
              '*',
              e.debit() ? "TO TRANSFER-NEFT" : "BY TRANSFER-NEFT",
              p.ifsc(),
              utr,
              p.name() + "--");
      case AXIS -> join(sb, '/', "NEFT", utr, p.name(), p.bank().displayName(), remark(e));
      case KOTAK -> join(sb, ' ', "NEFT", utr, p.name(), remark(e));
      default -> join(sb, '/', "NEFT", e.debit() ? "DR" : "CR", utr, p.name(), remark(e));
    }
    return e.bank() == Bank.HDFC || e.bank() == Bank.ICICI || e.bank() == Bank.SBI
        ? SHOWS_NAME | SHOWS_REFERENCE | SHOWS_IFSC
        : SHOWS_NAME | SHOWS_REFERENCE;
  }

  private static int rtgs(StringBuilder sb, Entry e) {
    Party p = e.party();
    String utr = utr(e, 'R') + "00";
    switch (e.bank()) {
      case HDFC ->
          sb.append(e.debit() ? "RTGS DR-" : "RTGS CR-")
              .append(p.ifsc())
              .append('-')
              .append(p.name())
              .append('-')
              .append(remark(e))
              .append('-')
              .append(utr);
      case SBI ->
          sb.append(e.debit() ? "TO TRANSFER-RTGS " : "BY TRANSFER-RTGS ")
              .append(utr)
              .append(' ')
              .append(p.name());
      default ->
          sb.append("RTGS/").append(utr).append('/').append(p.name()).append('/').append(p.ifsc());
    }
    return e.bank() == Bank.SBI
        ? SHOWS_NAME | SHOWS_REFERENCE
        : SHOWS_NAME | SHOWS_REFERENCE | SHOWS_IFSC;
  }

  private static int imps(StringBuilder sb, Entry e) {
    Party p = e.party();
    String rrn = Long.toString(e.reference());
    switch (e.bank()) {
      case ICICI ->
          sb.append("MMT/IMPS/")
              .append(rrn)
              .append('/')
              .append(remark(e))
              .append('/')
              .append(p.name())
              .append('/')
              .append(p.ifsc());
      case HDFC ->
          sb.append("IMPS-")
              .append(rrn)
              .append('-')
              .append(p.name())
              .append('-')
              .append(p.bank().ifscCode())
              .append("-XXXXXXXX")
              .append(p.accountTail())
              .append('-')
              .append(remark(e));
      case SBI ->
          sb.append(e.debit() ? "TO TRANSFER-INB IMPS/P2A/" : "BY TRANSFER-IMPS/P2A/")
              .append(rrn)
              .append("/XXXXXX")
              .append(p.accountTail())
              .append('/')
              .append(p.name())
              .append('/')
              .append(p.bank().ifscCode());
      default ->
          sb.append("IMPS/")
              .append(e.debit() ? "DR/" : "CR/")
              .append(rrn)
              .append('/')
              .append(p.name())
              .append('/')
              .append(remark(e));
    }
    return e.bank() == Bank.ICICI
        ? SHOWS_NAME | SHOWS_REFERENCE | SHOWS_IFSC
        : SHOWS_NAME | SHOWS_REFERENCE;
  }

  private static int nach(StringBuilder sb, Entry e) {
    String orig = e.party().name();
    String ref = Long.toString(e.reference()).substring(2);
    String d = e.debit() ? "DR" : "CR";
    switch (e.bank()) {
      case HDFC ->
          sb.append(e.channel() == Channel.ECS ? "ECS " : "ACH ")
              .append(e.debit() ? "D- " : "C- ")
              .append(orig)
              .append('-')
              .append(ref);
      case ICICI ->
          sb.append(e.channel() == Channel.ECS ? "ECS/" : "ACH/")
              .append(orig)
              .append('/')
              .append(ref);
      case SBI ->
          sb.append(e.channel() == Channel.ECS ? "ECS " : "NACH ")
              .append(d)
              .append(' ')
              .append(ref)
              .append(' ')
              .append(orig);
      case AXIS ->
          sb.append(e.channel() == Channel.ECS ? "ECS/" : "NACH/")
              .append(d)
              .append('/')
              .append(orig)
              .append('/')
              .append(ref);
      default ->
          sb.append(e.channel() == Channel.ECS ? "ECS-" : "NACH-")
              .append(d)
              .append('-')
              .append(orig)
              .append('-')
              .append(ref);
    }
    return SHOWS_NAME | SHOWS_REFERENCE;
  }

  private static int atm(StringBuilder sb, Entry e) {
    String terminal =
        "S1" + e.bank().ifscCode().charAt(0) + Long.toString(e.reference()).substring(0, 5);
    String card = "416021XXXXXX" + e.cardTail();
    switch (e.bank()) {
      case HDFC ->
          sb.append(e.reference() % 2 == 0 ? "NWD-" : "ATW-")
              .append(card)
              .append('-')
              .append(terminal)
              .append('-')
              .append(e.city().toUpperCase(Locale.ROOT));
      case SBI ->
          sb.append("ATM WDL ATM CASH ")
              .append(terminal)
              .append(' ')
              .append(e.city().toUpperCase(Locale.ROOT));
      case ICICI ->
          sb.append("ATM/CASH WDL/")
              .append(terminal)
              .append('/')
              .append(e.city().toUpperCase(Locale.ROOT));
      default ->
          sb.append("ATM-WDL/")
              .append(terminal)
              .append('/')
              .append(e.city().toUpperCase(Locale.ROOT));
    }
    return 0;
  }

  private static int card(StringBuilder sb, Entry e) {
    String merchant = e.party() != null ? e.party().name() : "MERCHANT";
    String card = "416021XXXXXX" + e.cardTail();
    if (e.channel() == Channel.CARD) {
      sb.append(e.bank() == Bank.SBI ? "ECOM PUR " : "ECOM/")
          .append(merchant)
          .append(e.bank() == Bank.SBI ? "" : "/" + card);
      return SHOWS_NAME;
    }
    switch (e.bank()) {
      case HDFC -> sb.append("POS ").append(card).append(' ').append(merchant);
      case ICICI ->
          sb.append("POS/").append(merchant).append('/').append(e.city().toUpperCase(Locale.ROOT));
      case SBI ->
          sb.append("POS PRCH ")
              .append(merchant)
              .append(' ')
              .append(e.city().toUpperCase(Locale.ROOT));
      default -> sb.append("PCD/").append(card).append('/').append(merchant);
    }
    return SHOWS_NAME;
  }

  private static int cheque(StringBuilder sb, Entry e) {
    String chq = Long.toString(e.reference()).substring(0, 6);
    if (e.party() == null) {
      sb.append("CASH WDL CHQ ").append(chq).append(" SELF");
      return SHOWS_REFERENCE;
    }
    String name = e.party().name();
    if (e.debit()) {
      sb.append(e.bank() == Bank.SBI ? "TO CLEARING " : "CHQ PAID-")
          .append(chq)
          .append(e.bank() == Bank.SBI ? " " : "-")
          .append(name);
    } else {
      sb.append(e.bank() == Bank.HDFC ? "CHQ DEP - " + chq + " - " : "CLG/" + chq + "/")
          .append(name);
    }
    return SHOWS_NAME | SHOWS_REFERENCE;
  }

  private static int cash(StringBuilder sb, Entry e) {
    switch (e.bank()) {
      case SBI -> sb.append(e.debit() ? "TO CASH" : "BY CASH");
      case HDFC ->
          sb.append(e.debit() ? "CASH WDL " : "CASH DEP ")
              .append(e.city().toUpperCase(Locale.ROOT));
      default -> sb.append(e.debit() ? "CASH WITHDRAWAL" : "CASH DEPOSIT BY SELF");
    }
    return 0;
  }

  private static int interest(StringBuilder sb, Entry e) {
    switch (e.bank()) {
      case SBI -> sb.append("CREDIT INTEREST--");
      case HDFC ->
          sb.append("INTEREST PAID TILL ").append(Formats.date(e.date(), Formats.DD_MON_YY_UPPER));
      default ->
          sb.append("Int.Pd:")
              .append(Formats.date(e.date().withDayOfMonth(1).minusMonths(2), Formats.DMY_DASH))
              .append(" to ")
              .append(Formats.date(e.date(), Formats.DMY_DASH));
    }
    return 0;
  }

  private static int charge(StringBuilder sb, Entry e) {
    if (e.category() == Category.BOUNCE) {
      String who = e.party() != null ? e.party().name() : "";
      sb.append(e.bank() == Bank.SBI ? "ACH RETURN CHARGES " : "ACH RTN CHRG ")
          .append(who)
          .append(e.bank() == Bank.HDFC ? " INCL GST" : "");
      return e.party() != null ? SHOWS_NAME : 0;
    }
    long p = e.amountPaise();
    if (p < 100_00) {
      sb.append(e.bank() == Bank.HDFC ? "SMS CHGS FOR QTR" : "SMS ALERT CHARGES");
    } else {
      sb.append(
          e.bank() == Bank.SBI
              ? "ACCOUNT MAINTENANCE CHGS INCL GST"
              : "CHRG: QTRLY AVG BAL MAINT INCL GST");
    }
    return 0;
  }

  /** The RRN, UTR or mandate reference exactly as the narration prints it. */
  static String referenceText(Entry e) {
    return switch (e.channel()) {
      case NEFT, SALARY, TRANSFER -> utr(e, 'N');
      case RTGS -> utr(e, 'R') + "00";
      case NACH, ECS -> Long.toString(e.reference()).substring(2);
      case CHEQUE -> Long.toString(e.reference()).substring(0, 6);
      default -> Long.toString(e.reference());
    };
  }

  /** A remark in the user's words, by category; some shapes print it. */
  static String remark(Entry e) {
    String mon = Formats.MONTHS_UPPER[e.date().getMonthValue() - 1];
    return switch (e.category()) {
      case INCOME_SALARY -> "SALARY " + mon + " " + e.date().getYear();
      case PAYROLL -> "SALARY " + mon;
      case RENT -> "RENT " + mon;
      case INCOME_BUSINESS -> "INV " + (e.reference() % 9000 + 1000);
      case SUPPLIER_PAYMENT -> "BILL " + (e.reference() % 9000 + 1000);
      case GST_PAYMENT -> "GST CPIN " + (e.reference() % 100_000_000_000_000L);
      case TAX -> "CHALLAN 280";
      case LOAN_DISBURSAL -> "LOAN DISB";
      case SELF_TRANSFER -> "OWN AC TRF";
      case INCOME_REFUND -> "REFUND";
      case P2P_TRANSFER -> e.reference() % 3 == 0 ? "Sent from Paytm" : "NA";
      default -> e.reference() % 2 == 0 ? "Payment from Ph" : "UPI";
    };
  }
}
