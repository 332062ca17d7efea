package dev.saakh.cli;

import static dev.saakh.cli.KfsCommandTest.saakh;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code saakh evaluate-narrations} in process: the tables, the confusions, bad files. */
class EvaluateNarrationsCommandTest {
  private static final String HEADER =
      "split\tbank\ttype\tnarration\tchannel\tdirection\tcounterparty\tvpa\treference\tcategory"
          + "\tsource\n";

  @TempDir Path tmp;

  private Path file(String body) throws IOException {
    Path f = tmp.resolve("golden.tsv");
    Files.writeString(f, body, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void printsEachFieldPerSplitAndBankAndTheConfusions() throws IOException {
    // Row 1 is read exactly as labelled; row 2 is labelled with a wrong counterparty on purpose,
    // so counterparty is 1 of 2 overall, 1 of 1 on tune, 0 of 1 on holdout.
    Path f =
        file(
            HEADER
                + "tune\tHDFC\tDEBIT\tUPI-RAHUL BOSE-rahul_bos@oksbi-SBIN0004321-502300253157-NA"
                + "\tUPI\tP2P\tRAHUL BOSE\trahul_bos@oksbi\t502300253157\tP2P_TRANSFER\ttest\n"
                + "holdout\tAxis\tCREDIT\tUPI-ANIL DAS-anil@okaxis-UTIB0000789-335534863976-UPI"
                + "\tUPI\t\tSOMEONE ELSE\tanil@okaxis\t335534863976\tP2P_TRANSFER\ttest\n");
    KfsCommandTest.Run run = saakh("evaluate-narrations", f.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("narrations: 2")
        .containsPattern("by split +overall +holdout +tune")
        .containsPattern("counterparty +0\\.5000 +1/2 +0\\.0000 +0/1 +1\\.0000 +1/1")
        .containsPattern("channel +1\\.0000 +2/2")
        .containsPattern("by bank +Axis +HDFC")
        .containsPattern("direction +1\\.0000 +1/1 ")
        .contains("counterparty SOMEONE ELSE → ANIL DAS  ×1")
        .contains("UPI-ANIL DAS-anil@okaxis-UTIB0000789-335534863976-UPI");
  }

  @Test
  void aMalformedFileIsOneLineNamingTheFileAndLine() throws IOException {
    Path f =
        file(HEADER + "tune\tHDFC\tDEBIT\tUPI-X-x@oksbi-1-NA\tUPI\t\tX\tx@oksbi\t1\tNOPE\tt\n");
    KfsCommandTest.Run run = saakh("evaluate-narrations", f.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo("saakh: " + f + " line 2, column category: 'NOPE' is not a Category")
        .doesNotContain("Exception");
  }

  @Test
  void aRowWithMissingCellsAndAMissingFileAreRefused() throws IOException {
    Path f = file(HEADER + "tune\tHDFC\tDEBIT\n");
    KfsCommandTest.Run run = saakh("evaluate-narrations", f.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains(f + " line 2: 3 cells, the header has 11");
    assertThat(run.err().lines()).hasSize(1);

    Path missing = tmp.resolve("nope.tsv");
    run = saakh("evaluate-narrations", missing.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err().strip()).isEqualTo("saakh: " + missing + ": no such file");
  }

  @Test
  void aHeaderOnlyFileIsRefused() throws IOException {
    Path f = file(HEADER);
    KfsCommandTest.Run run = saakh("evaluate-narrations", f.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("no labelled narrations");
  }
}
