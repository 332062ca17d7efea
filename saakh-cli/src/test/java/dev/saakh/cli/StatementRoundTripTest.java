package dev.saakh.cli;

import static dev.saakh.cli.GenerateCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.DatasetResult;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.RawIndex;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import dev.saakh.core.statement.BankStatementFile;
import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated customer's ReBIT {@code deposit.json}, read by {@link BankStatementFile}, against the
 * same customer cleaned from the lake's raw files: the ReBIT document is the truth the raw files
 * are a messy export of.
 */
class StatementRoundTripTest {
  private static final String NO_MESS =
      "{\"messiness\":{\"date_format_variation\":0,\"numeric_format_inconsistency\":0,"
          + "\"missing_field_probability\":0,\"duplicate_probability\":0,"
          + "\"narration_noise_probability\":0}}";

  @TempDir Path tmp;

  private LakeLayout generate(String config) throws IOException {
    Path root = tmp.resolve("lake");
    Path configFile = tmp.resolve("config.json");
    Files.writeString(configFile, config);
    var run =
        saakh(
            "generate",
            "--customers",
            "1",
            "--consumers",
            "2",
            "--seed",
            "7",
            "--as-of",
            "2026-11-22",
            "--format",
            "rebit",
            "--config",
            configFile.toString(),
            "--out",
            root.toString());
    assertThat(run.code()).as(run.err()).isZero();
    return new LakeLayout(root);
  }

  private static CleanResult cleanFromLake(LakeLayout lake, String id) throws IOException {
    return Cleaner.withDefaults().clean(id, RawIndex.scan(lake).read(id));
  }

  private static StatementData rebit(LakeLayout lake, String id) throws IOException {
    StatementData s = BankStatementFile.read(lake.root().resolve("rebit/" + id + "/deposit.json"));
    assertThat(s.format()).isEqualTo(Format.REBIT_DEPOSIT_JSON);
    assertThat(s.customerId()).isEqualTo(id);
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).quarantined()).isEmpty();
    assertThat(s.clean().dataset(Dataset.TRANSACTIONS).duplicates()).isEmpty();
    return s;
  }

  private static Map<String, Transaction> byId(List<Transaction> txns) {
    return txns.stream().collect(Collectors.toMap(Transaction::transactionId, Function.identity()));
  }

  @Test
  void withoutMessTheStatementCleansToTheLakesTransactions() throws IOException {
    LakeLayout lake = generate(NO_MESS);
    for (String id : List.of("CUST_CON_00001", "CUST_CON_00002", "CUST_MSM_00001")) {
      StatementData s = rebit(lake, id);
      CleanResult fromLake = cleanFromLake(lake, id);
      List<Transaction> expected = fromLake.records(Dataset.TRANSACTIONS, Transaction.class);
      assertThat(fromLake.dataset(Dataset.TRANSACTIONS).quarantined()).as(id).isEmpty();
      Map<String, Transaction> got = byId(s.data().transactions());
      assertThat(got.keySet()).as(id).isEqualTo(byId(expected).keySet());
      assertThat(s.data().accounts())
          .as(id)
          .hasSameSizeAs(fromLake.records(Dataset.ACCOUNTS, dev.saakh.core.bank.Account.class));
      for (Transaction want : expected) {
        Transaction t = got.get(want.transactionId());
        assertThat(List.of(t.accountId(), t.date(), t.type(), t.amount(), t.balanceAfter()))
            .as(want.transactionId())
            .isEqualTo(
                List.of(
                    want.accountId(),
                    want.date(),
                    want.type(),
                    want.amount(),
                    want.balanceAfter()));
        // what the narration tells is read alike (an MSME's lake accounts say BUSINESS or
        // DIRECTOR where ReBIT's say INDIVIDUAL; pairing own-account transfers does not differ)
        assertThat(
                List.<Object>of(
                    t.channel(),
                    t.category(),
                    t.narration(),
                    String.valueOf(t.direction()),
                    String.valueOf(t.counterparty()),
                    String.valueOf(t.vpa()),
                    String.valueOf(t.ifsc())))
            .as(want.transactionId())
            .isEqualTo(
                List.<Object>of(
                    want.channel(),
                    want.category(),
                    want.narration(),
                    String.valueOf(want.direction()),
                    String.valueOf(want.counterparty()),
                    String.valueOf(want.vpa()),
                    String.valueOf(want.ifsc())));
        // 70% of lake accounts export no value date or reference; ReBIT always has them
        assertThat(t.valueDate()).isNotNull();
        if (want.valueDate() != null) {
          assertThat(t.valueDate()).as(want.transactionId()).isEqualTo(want.valueDate());
        }
        if (want.reference() != null) {
          assertThat(t.reference()).as(want.transactionId()).isEqualTo(want.reference());
        }
      }
    }
  }

  @Test
  void withTheDefaultMessEveryLakeEntryIsTheStatementsOrExplained() throws IOException {
    LakeLayout lake = generate("{}");
    for (String id : List.of("CUST_CON_00001", "CUST_CON_00002", "CUST_MSM_00001")) {
      StatementData s = rebit(lake, id);
      DatasetResult fromLake = cleanFromLake(lake, id).dataset(Dataset.TRANSACTIONS);
      Map<String, Transaction> lakeClean = byId(fromLake.records(Transaction.class));
      Set<String> quarantined = new TreeSet<>();
      for (Quarantined q : fromLake.quarantined()) {
        assertThat(q.recordId()).as("messiness never drops an id").isNotNull();
        quarantined.add(q.recordId());
      }
      Map<String, Transaction> got = byId(s.data().transactions());
      // every entry of the statement is clean in the lake or quarantined there, never lost
      Set<String> accounted = new TreeSet<>(lakeClean.keySet());
      accounted.addAll(quarantined);
      assertThat(got.keySet()).as(id).isEqualTo(accounted);
      // the lake's duplicates are extra copies of the statement's entries
      assertThat(fromLake.duplicates())
          .allSatisfy(d -> assertThat(got).containsKey(d.duplicateOf()));
      for (Transaction want : lakeClean.values()) {
        Transaction t = got.get(want.transactionId());
        assertThat(List.of(t.accountId(), t.date(), t.type(), t.amount()))
            .as(want.transactionId())
            .isEqualTo(List.of(want.accountId(), want.date(), want.type(), want.amount()));
        if (want.balanceAfter() != null) {
          assertThat(t.balanceAfter()).as(want.transactionId()).isEqualTo(want.balanceAfter());
        }
      }
    }
  }
}
