package dev.saakh.core.clean;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks a raw file line by line for {@link RawIndex}: byte offsets, line numbers, and the value of
 * the first {@code "customer_id"} key in the line's first 64 KiB, read straight from the bytes
 * without parsing JSON. Not thread-safe.
 */
final class LineScanner {
  private static final int HEAD = 64 << 10;
  private static final byte[] KEY = "\"customer_id\"".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_ID = 64;

  private final InputStream in;
  private final int maxLine;
  private final byte[] chunk = new byte[1 << 16];
  private final byte[] head = new byte[HEAD];
  private int chunkPos;
  private int chunkEnd;
  private long chunkOffset;
  private int headLength;
  private long start;
  private long end;
  private long length;
  private long number;
  private long recordLines;
  private long blankLines;
  private boolean blank;
  private boolean terminated;

  LineScanner(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    headLength = 0;
    length = 0;
    blank = true;
    boolean any = false;
    start = chunkOffset + chunkPos;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        if (!any) {
          return false;
        }
        end = chunkOffset + chunkEnd;
        terminated = false;
        break;
      }
      any = true;
      int nl = LineReader.indexOf(chunk, chunkPos, chunkEnd);
      int stop = nl < 0 ? chunkEnd : nl;
      take(stop);
      chunkPos = nl < 0 ? chunkEnd : nl + 1;
      if (nl >= 0) {
        end = chunkOffset + chunkPos;
        terminated = true;
        break;
      }
    }
    number++;
    if (blank) {
      blankLines++;
    } else {
      recordLines++;
    }
    return true;
  }

  private void take(int stop) {
    for (int i = chunkPos; i < stop && blank; i++) {
      byte b = chunk[i];
      blank = b == ' ' || b == '\t' || b == '\r';
    }
    int keep = Math.min(stop - chunkPos, HEAD - headLength);
    System.arraycopy(chunk, chunkPos, head, headLength, keep);
    headLength += keep;
    length += stop - chunkPos;
  }

  private boolean fill() throws IOException {
    chunkOffset += chunkEnd;
    chunkPos = 0;
    chunkEnd = 0;
    int n = in.read(chunk);
    if (n <= 0) {
      return false;
    }
    chunkEnd = n;
    if (chunkOffset == 0
        && n >= 3
        && chunk[0] == (byte) 0xEF
        && chunk[1] == (byte) 0xBB
        && chunk[2] == (byte) 0xBF) {
      chunkPos = 3; // a UTF-8 byte order mark at the start of the file is not content
    }
    return true;
  }

  /** The customer id the line names, or null when it names none readable. */
  String customerId() {
    int at = find(head, headLength, KEY);
    if (at < 0) {
      return null;
    }
    int i = skipSpaces(at + KEY.length);
    if (i >= headLength || head[i] != ':') {
      return null;
    }
    i = skipSpaces(i + 1);
    if (i >= headLength || head[i] != '"') {
      return null;
    }
    int from = i + 1;
    int to = from;
    while (to < headLength && to - from <= MAX_ID && idChar(head[to])) {
      to++;
    }
    boolean closed = to < headLength && head[to] == '"';
    return closed && to > from
        ? new String(head, from, to - from, StandardCharsets.US_ASCII)
        : null;
  }

  private int skipSpaces(int i) {
    while (i < headLength && (head[i] == ' ' || head[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean idChar(byte b) {
    return b >= '0' && b <= '9'
        || b >= 'A' && b <= 'Z'
        || b >= 'a' && b <= 'z'
        || b == '_'
        || b == '-';
  }

  static int find(byte[] hay, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (hay[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The line's first byte that is not a space, tab or '\r', or -1 when it is blank. */
  int firstByte() {
    for (int i = 0; i < headLength; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return b & 0xFF;
      }
    }
    return -1;
  }

  /** Whether the line ended with a '\n'; only the last line of a stream may not. */
  boolean terminated() {
    return terminated;
  }

  long start() {
    return start;
  }

  /** Offset just past the line break (or the end of the file). */
  long end() {
    return end;
  }

  /** Bytes in the line, without its line break. */
  long length() {
    return length;
  }

  long number() {
    return number;
  }

  boolean blank() {
    return blank;
  }

  int maxLine() {
    return maxLine;
  }

  long recordLines() {
    return recordLines;
  }

  long blankLines() {
    return blankLines;
  }
}
