package dev.saakh.cli;

import dev.saakh.core.money.IndianFormat;
import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal and never wider than it ({@code
 * COLUMNS}, else 80). Silent otherwise, so redirected output and logs stay clean. Thread-safe.
 */
final class Progress implements IntConsumer {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final int width;
  private int shown = -1;
  private int drawnLength;

  Progress(PrintWriter err, int total, boolean enabled, int columns) {
    this.err = err;
    this.total = Math.max(1, total);
    this.enabled = enabled;
    this.width = Math.max(20, columns);
  }

  /** A bar on this process's terminal, if it has one. */
  static Progress onTerminal(PrintWriter err, int total) {
    return new Progress(err, total, System.console() != null, columns(System.getenv("COLUMNS")));
  }

  static int columns(String value) {
    try {
      return value == null ? 80 : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  @Override
  public synchronized void accept(int done) {
    int percent = (int) (100L * done / total);
    if (!enabled || percent == shown) {
      return;
    }
    shown = percent;
    String text = line(done, percent);
    drawnLength = Math.max(drawnLength, text.length());
    err.print("\r" + text);
    err.flush();
  }

  /** The bar for {@code done} of the total, at most {@code width - 1} characters. */
  String line(int done, int percent) {
    String tail = " " + percent + "% " + IndianFormat.count(done) + "/" + IndianFormat.count(total);
    int bar = Math.min(30, width - 1 - tail.length() - 2);
    if (bar < 5) {
      return percent + "%";
    }
    int filled = percent * bar / 100;
    return "[" + "#".repeat(filled) + " ".repeat(bar - filled) + "]" + tail;
  }

  /** Erases the bar, if one was drawn. */
  synchronized void finish() {
    if (enabled && shown >= 0) {
      err.print("\r" + " ".repeat(drawnLength) + "\r");
      err.flush();
    }
  }
}
