package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.TxnType;
import dev.saakh.core.clean.NarrationEvaluation.Confusion;
import dev.saakh.core.clean.NarrationEvaluation.Field;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator's bookkeeping: hits, totals per split and bank, and confusions with examples. */
class NarrationEvaluationTest {
  private static final String UPI = "UPI/412345678901/ASHA STORES/asha@okaxis/HDFC";
  private static final String ATM = "ATM WDL 1234 MG ROAD PUNE";

  @Test
  void aMissIsCountedOnceAConfusionWithItsNarrationsAndAHitIsNot(@TempDir Path dir)
      throws IOException {
    NarrationParser parser = NarrationParser.defaults();
    String upiChannel = parser.parse(UPI, TxnType.DEBIT).channel().name();
    String atmChannel = parser.parse(ATM, TxnType.DEBIT).channel().name();
    String wrong = upiChannel.equals("CASH") ? "ATM" : "CASH";
    Path file = dir.resolve("golden.tsv");
    Files.writeString(
        file,
        String.join("\t", NarrationGoldenSet.COLUMNS)
            + "\n"
            + row("tune", "HDFC", UPI, wrong)
            + row("holdout", "HDFC", UPI, wrong)
            + row("tune", "SBI", ATM, atmChannel),
        StandardCharsets.UTF_8);

    NarrationEvaluation e = NarrationEvaluation.of(NarrationGoldenSet.read(file), parser);

    assertThat(e.narrations()).isEqualTo(3);
    assertThat(e.overall().get(Field.CHANNEL).hits()).isEqualTo(1);
    assertThat(e.overall().get(Field.CHANNEL).total()).isEqualTo(3);
    assertThat(e.bySplit().get("tune").get(Field.CHANNEL).total()).isEqualTo(2);
    assertThat(e.byBank().get("SBI").get(Field.CHANNEL).accuracy()).isEqualTo(1.0);
    List<Confusion> channel =
        e.confusions().stream().filter(c -> c.field() == Field.CHANNEL).toList();
    assertThat(channel)
        .containsExactly(new Confusion(Field.CHANNEL, wrong, upiChannel, 2, List.of(UPI, UPI)));
  }

  private static String row(String split, String bank, String narration, String channel) {
    return String.join(
            "\t", split, bank, "DEBIT", narration, channel, "", "", "", "", "OTHER", "test")
        + "\n";
  }
}
