package dev.saakh.core.statement;

import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A hand-written CSV splitter: one delimiter (comma, semicolon, tab or pipe), fields optionally in
 * double quotes with a doubled quote for a quote inside, line ends LF, CRLF or CR (inside quotes
 * they belong to the field), a leading byte-order mark skipped. It reads its own char buffer, so a
 * row costs its cells' strings and one list, and no regular expression runs.
 *
 * <p>The delimiter is the first of comma, semicolon, tab and pipe by which one of the first {@link
 * BankExport#HEADER_ROWS} rows is a known bank header; failing that, the one that splits some early
 * row into the most cells.
 */
final class BankExportCsv implements Iterator<List<String>> {
  static final char[] DELIMITERS = {',', ';', '\t', '|'};

  /** A cell longer than this is not a statement's (a quote left open swallows the file). */
  static final int MAX_CELL = 1 << 16;

  /** A row of more cells than this is not a statement's. */
  static final int MAX_CELLS = 1024;

  private final Reader in;
  private final char delimiter;
  private final String source;
  private final char[] buf = new char[1 << 14];
  private final StringBuilder cell = new StringBuilder(64);
  private int pos;
  private int len;
  private boolean eof;
  private boolean started;
  private long line = 1;
  private List<String> next;
  private int width = 8;

  BankExportCsv(Reader in, char delimiter, String source) {
    this.in = in;
    this.delimiter = delimiter;
    this.source = source;
  }

  /** The delimiter of a file whose first characters are {@code prefix}. */
  static char delimiter(String prefix, String source) {
    char widest = ',';
    int most = 0;
    for (char d : DELIMITERS) {
      BankExportCsv rows = new BankExportCsv(new StringReader(prefix), d, source);
      for (int r = 0; r < BankExport.HEADER_ROWS && rows.hasNextLenient(); r++) {
        List<String> row = rows.next();
        if (BankExportLayout.detect(row) != null) {
          return d;
        }
        if (row.size() > most) {
          most = row.size();
          widest = d;
        }
      }
    }
    return widest;
  }

  /** Like {@link #hasNext}, but a quote left open at the end of the prefix ends the rows. */
  private boolean hasNextLenient() {
    try {
      return hasNext();
    } catch (StatementException e) {
      return false;
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<String> row = next;
    next = null;
    return row;
  }

  private int peek() throws IOException {
    if (pos == len) {
      if (eof) {
        return -1;
      }
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        eof = true;
        return -1;
      }
    }
    return buf[pos];
  }

  /** The next row, or null at the end. */
  private List<String> read() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    if (peek() < 0) {
      return null;
    }
    List<String> row = new ArrayList<>(width);
    while (true) {
      boolean endOfRow = readCell();
      if (row.size() == MAX_CELLS) {
        throw bad("more than " + MAX_CELLS + " cells in one row");
      }
      row.add(cell.toString());
      if (endOfRow) {
        break;
      }
    }
    width = Math.max(width, row.size());
    return row;
  }

  /** Reads one cell into {@link #cell}; true when it ended its row. */
  private boolean readCell() throws IOException {
    cell.setLength(0);
    int c = peek();
    if (c == '"') {
      return quoted();
    }
    while (true) {
      if (c < 0) {
        return true;
      }
      pos++;
      if (c == delimiter) {
        return false;
      }
      if (c == '\n') {
        line++;
        return true;
      }
      if (c == '\r') {
        line++;
        if (peek() == '\n') {
          pos++;
        }
        return true;
      }
      append((char) c);
      c = peek();
    }
  }

  private boolean quoted() throws IOException {
    long opened = line;
    pos++;
    while (true) {
      int c = peek();
      if (c < 0) {
        throw bad("a quoted field opened at line " + opened + " is never closed");
      }
      pos++;
      if (c == '"') {
        if (peek() == '"') {
          pos++;
          append('"');
          continue;
        }
        return afterQuote();
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      append((char) c);
    }
  }

  /** After a closing quote: text up to the delimiter or line end is kept (as Excel does). */
  private boolean afterQuote() throws IOException {
    while (true) {
      int c = peek();
      if (c < 0) {
        return true;
      }
      pos++;
      if (c == delimiter) {
        return false;
      }
      if (c == '\n') {
        line++;
        return true;
      }
      if (c == '\r') {
        line++;
        if (peek() == '\n') {
          pos++;
        }
        return true;
      }
      append((char) c);
    }
  }

  private void append(char c) {
    if (cell.length() == MAX_CELL) {
      throw bad("a cell longer than " + MAX_CELL + " characters");
    }
    cell.append(c);
  }

  private StatementException bad(String what) {
    return new StatementException(Code.BAD_RECORD, source + ": line " + line + ": " + what);
  }
}
