package dev.saakh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void silentWhenNotATerminal() {
    StringWriter s = new StringWriter();
    Progress p = new Progress(new PrintWriter(s), 10, false, 80);
    p.accept(5);
    p.finish();
    assertThat(s.toString()).isEmpty();
  }

  @Test
  void fitsTheTerminalWidth() {
    for (int columns : new int[] {20, 30, 40, 80, 200}) {
      Progress p = new Progress(new PrintWriter(new StringWriter()), 1_234_567, true, columns);
      for (int done : new int[] {0, 1, 617_283, 1_234_567}) {
        String line = p.line(done, (int) (100L * done / 1_234_567));
        assertThat(line.length()).as("width %d, done %d", columns, done).isLessThan(columns);
      }
    }
    assertThat(new Progress(null, 12_00_000, true, 80).line(6_00_000, 50))
        .isEqualTo("[###############               ] 50% 6,00,000/12,00,000");
  }

  @Test
  void erasesWhatItDrew() {
    StringWriter s = new StringWriter();
    Progress p = new Progress(new PrintWriter(s), 4, true, 80);
    p.accept(2);
    p.finish();
    String out = s.toString();
    assertThat(out).startsWith("\r[").endsWith("\r").contains("50% 2/4");
  }

  @Test
  void columnsFromTheEnvironment() {
    assertThat(Progress.columns(null)).isEqualTo(80);
    assertThat(Progress.columns(" 132 ")).isEqualTo(132);
    assertThat(Progress.columns("wide")).isEqualTo(80);
  }
}
