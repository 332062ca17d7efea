package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Account;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.bank.TxnType;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.lake.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each bank's download, read from its fixture and cleaned: the account from the preamble, every
 * transaction with its date, type, amount and balance, one intact balance chain, nothing
 * quarantined.
 */
class BankExportTest {
  /** Every fixture holds these eight transactions (Kotak and ICICI-detailed open elsewhere). */
  private static final TxnType[] TYPES = {
    TxnType.DEBIT, TxnType.CREDIT, TxnType.DEBIT, TxnType.DEBIT,
    TxnType.DEBIT, TxnType.CREDIT, TxnType.DEBIT, TxnType.CREDIT
  };

  private static final String[] AMOUNTS = {
    "1245.50", "123456.78", "18500.00", "5000.00", "22000.00", "42.75", "876.25", "1500.00"
  };

  private static final String[] BALANCES_FROM_45678_90 = {
    "44433.40", "167890.18", "149390.18", "144390.18",
    "122390.18", "122432.93", "121556.68", "123056.68"
  };

  private static final String[] BALANCES_FROM_1000 = {
    "-245.50", "123211.28", "104711.28", "99711.28", "77711.28", "77754.03", "76877.78", "78377.78"
  };

  private static final String[] DAYS = {"03", "04", "05", "05", "07", "08", "09", "10"};

  static BankExport read(String name) throws IOException {
    try (InputStream in =
        BankExportTest.class.getResourceAsStream("/dev/saakh/core/statement/exports/" + name)) {
      assertThat(in).as(name).isNotNull();
      return BankExport.csv(name, in);
    }
  }

  static StatementData clean(String name) throws IOException {
    BankExport part = read(name);
    return new StatementSet().add(name, Format.BANK_CSV, part.layout(), part).clean();
  }

  private static void assertRead(
      String file, String layout, Bank bank, String masked, String ifsc, String holder)
      throws IOException {
    assertRead(file, layout, bank, masked, ifsc, holder, BALANCES_FROM_45678_90);
  }

  private static void assertRead(
      String file,
      String layout,
      Bank bank,
      String masked,
      String ifsc,
      String holder,
      String[] balances)
      throws IOException {
    assertThat(read(file).layout()).isEqualTo(layout);
    StatementData s = clean(file);
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).quarantined()).as(file).isEmpty();
    assertThat(s.clean().dataset(Dataset.ACCOUNTS).quarantined()).as(file).isEmpty();
    assertThat(s.clean().chains()).hasSize(1);
    assertThat(s.clean().chains().get(0).intact()).as(file + " chain").isTrue();
    assertThat(s.clean().chains().get(0).linksChecked()).isEqualTo(7);
    List<Account> accounts = s.clean().records(Dataset.ACCOUNTS, Account.class);
    assertThat(accounts).hasSize(1);
    Account a = accounts.get(0);
    assertThat(a.bank()).isEqualTo(bank);
    assertThat(a.maskedAccNumber()).isEqualTo(masked);
    assertThat(a.ifsc()).isEqualTo(ifsc);
    assertThat(a.holderName()).isEqualTo(holder);
    assertThat(a.currency()).isEqualTo("INR");
    List<Transaction> txns = s.data().transactions();
    assertThat(txns).hasSize(8);
    for (int i = 0; i < 8; i++) {
      Transaction t = txns.get(i);
      assertThat(t.date()).as(file + " #" + i).isEqualTo(LocalDate.parse("2026-11-" + DAYS[i]));
      assertThat(t.type()).as(file + " #" + i).isEqualTo(TYPES[i]);
      assertThat(t.amount().toString()).as(file + " #" + i).isEqualTo(AMOUNTS[i]);
      assertThat(t.balanceAfter().toString()).as(file + " #" + i).isEqualTo(balances[i]);
      assertThat(t.accountId()).isEqualTo(a.accountId());
    }
    assertThat(txns.get(2).narration()).isEqualTo("ACH D- ZENITH FINANCE LTD-ZF00099911");
  }

  @Test
  void hdfcWithPreambleAsteriskRowsWrappedNarrationAndSummaryFooter() throws IOException {
    assertRead("hdfc.csv", "HDFC", Bank.HDFC, "XXXXXXXXXX1234", "HDFC0000123", null);
    List<Transaction> txns = clean("hdfc.csv").data().transactions();
    assertThat(txns.get(4).narration())
        .isEqualTo("IMPS-412300000777-RAVI PATIL-S BIN-XXXXXXX4321-RENT DEC");
    assertThat(txns.get(0).valueDate()).isEqualTo(LocalDate.parse("2026-11-03"));
  }

  @Test
  void icici() throws IOException {
    assertRead("icici.csv", "ICICI", Bank.ICICI, "XXXXXXXX9912", "ICIC0000004", null);
  }

  @Test
  void iciciDetailedWithAnAmountAndCrDrColumnSemicolonsAndMonthNames() throws IOException {
    assertRead("icici-detailed.csv", "ICICI", Bank.ICICI, "XXXXXXXX9916", null, "VIKRAM SINGH");
  }

  @Test
  void sbiTabSeparatedWithDayMonthNameYearAndPaddedAmounts() throws IOException {
    assertRead("sbi.csv", "SBI", Bank.SBI, "XXXXXXXXXX9913", "SBIN0000070", "Mrs. PRIYA NAIR");
  }

  @Test
  void axisWithDashedDatesAndATotalRow() throws IOException {
    assertRead("axis.csv", "AXIS", Bank.AXIS, "XXXXXXXXXXX4567", "UTIB0000009", "ROHAN DESAI");
  }

  @Test
  void kotakWithDrCrColumnsAndAnOverdrawnBalance() throws IOException {
    assertRead(
        "kotak.csv",
        "KOTAK",
        Bank.KOTAK,
        "XXXXXX9915",
        "KKBK0000958",
        "SUNITA RAO",
        BALANCES_FROM_1000);
  }

  @Test
  void rawRecordsCarryTheLayoutsFieldsAndStableIds() throws IOException {
    BankExport part = read("hdfc.csv");
    Map<Dataset, List<RawLine>> raw = new EnumMap<>(Dataset.class);
    raw.put(Dataset.ACCOUNTS, new ArrayList<>());
    raw.put(Dataset.TRANSACTIONS, new ArrayList<>());
    part.appendRaw("C1", raw, new HashSet<>());
    String first = raw.get(Dataset.TRANSACTIONS).get(0).text();
    assertThat(first)
        .startsWith("{\"transaction_id\":\"XXXXXXXXXX1234-H")
        .contains("\"date\":\"2026-11-03\"")
        .contains("\"amount\":\"1245.50\"")
        .contains("\"type\":\"DEBIT\"")
        .contains("\"balance\":\"44433.40\"")
        .contains("\"reference\":\"0000412300000101\"")
        .contains("\"value_date\":\"2026-11-03\"")
        .contains("\"mode\":null");
    assertThat(raw.get(Dataset.ACCOUNTS).get(0).text())
        .contains("\"bank\":\"HDFC\"")
        .contains("\"holder_role\":\"INDIVIDUAL\"")
        .contains("\"currency\":\"INR\"");
    Map<Dataset, List<RawLine>> again = new EnumMap<>(Dataset.class);
    again.put(Dataset.ACCOUNTS, new ArrayList<>());
    again.put(Dataset.TRANSACTIONS, new ArrayList<>());
    part.appendRaw("C1", again, new HashSet<>());
    assertThat(again.get(Dataset.TRANSACTIONS)).isEqualTo(raw.get(Dataset.TRANSACTIONS));
  }

  @Test
  void theSameDownloadTwiceIsOneAccountWithEachTransactionOnce() throws IOException {
    StatementData s =
        new StatementSet()
            .add("a.csv", Format.BANK_CSV, "SBI", read("sbi.csv"))
            .add("b.csv", Format.BANK_CSV, "SBI", read("sbi.csv"))
            .clean();
    assertThat(s.data().accounts()).hasSize(1);
    assertThat(s.data().transactions()).hasSize(8);
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).duplicates()).hasSize(8);
  }
}
