package dev.saakh.server.memo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A small XHTML writer: elements open and close in order, and every text and attribute value is
 * escaped on the way in, so no value of a customer's data can become markup.
 */
final class Xhtml {
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** A document titled {@code title}, styled with {@code css}; the body is left open. */
  static Xhtml document(String title, String css) {
    Xhtml x = new Xhtml();
    x.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
    x.open.push("html");
    x.open("head").leaf("title", title);
    x.open("style").raw(css).close().close();
    return x.open("body");
  }

  /** Opens {@code tag} with attributes given as name, value pairs. */
  Xhtml open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1]);
      out.append('"');
    }
    out.append('>');
    open.push(tag);
    return this;
  }

  Xhtml close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Escaped text; null writes nothing. */
  Xhtml text(String text) {
    if (text != null) {
      escape(text);
    }
    return this;
  }

  /** {@code <tag>text</tag>}. */
  Xhtml leaf(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close();
  }

  /**
   * A table with a header row and the given rows of cells; a cell starting with 0x1F aligns right.
   */
  Xhtml table(List<String> header, List<List<String>> rows, String cssClass) {
    open("table", "class", cssClass).open("thead").open("tr");
    header.forEach(h -> leaf("th", h));
    close().close().open("tbody");
    for (List<String> row : rows) {
      open("tr");
      for (String cell : row) {
        if (cell != null && cell.startsWith(NUMERIC)) {
          leaf("td", cell.substring(1), "class", "num");
        } else {
          leaf("td", cell);
        }
      }
      close();
    }
    return close().close();
  }

  /** Marks a table cell as a figure (right-aligned). */
  static final String NUMERIC = "\u001f";

  static String num(String text) {
    return NUMERIC + text;
  }

  /** The document, every open element closed. */
  String finish() {
    while (!open.isEmpty()) {
      close();
    }
    return out.toString();
  }

  private Xhtml raw(String trusted) {
    out.append(trusted);
    return this;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // XML 1.0 allows tab, newline and carriage return of the control characters only
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
  }
}
