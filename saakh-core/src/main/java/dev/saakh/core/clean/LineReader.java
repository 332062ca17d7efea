package dev.saakh.core.clean;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a byte stream into lines ({@code \n}, with an optional {@code \r} before it) without ever
 * holding more than {@link #maxLine} bytes of one line: a longer line yields its start and its true
 * length. Lines are decoded as strict UTF-8; a line that is not yields its bytes as ISO-8859-1. A
 * UTF-8 byte order mark at the very start is skipped. Not thread-safe.
 */
final class LineReader {
  /** The longest line Saakh reads whole; a raw record has no business being bigger. */
  static final int DEFAULT_MAX_LINE = 4 << 20;

  private static final int PREFIX_KEPT = 4096;
  private final InputStream in;
  private final int maxLine;
  private final byte[] chunk = new byte[1 << 16];
  private final CharsetDecoder utf8 = strictUtf8();
  private byte[] line = new byte[1024];
  private int chunkPos;
  private int chunkEnd;
  private long lineNumber;
  private boolean first;

  LineReader(InputStream in, long firstLineNumber, int maxLine) {
    this.in = in;
    this.lineNumber = firstLineNumber - 1;
    this.first = firstLineNumber == 1;
    this.maxLine = maxLine;
  }

  /** The next line, or null at the end of the stream. An empty last line is not a line. */
  RawLine next() throws IOException {
    int length = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkEnd && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int nl = indexOf(chunk, chunkPos, chunkEnd);
      int end = nl < 0 ? chunkEnd : nl;
      int n = end - chunkPos;
      if (length < maxLine) {
        int keep = Math.min(n, maxLine - length);
        ensure(length + keep);
        System.arraycopy(chunk, chunkPos, line, length, keep);
        length += keep;
      }
      total += n;
      chunkPos = nl < 0 ? chunkEnd : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    lineNumber++;
    return line(utf8, lineNumber, line, 0, length, total, maxLine, ascii(line, length));
  }

  /**
   * One line from its bytes {@code b[from, from + kept)}: the first {@code kept} of its {@code
   * total} bytes (all of them unless it is over {@code maxLine}). An over-long line keeps only its
   * start; otherwise a closing '\r' is dropped and the rest decoded.
   */
  private static RawLine line(
      CharsetDecoder utf8,
      long number,
      byte[] b,
      int from,
      int kept,
      long total,
      int maxLine,
      boolean ascii) {
    if (total > maxLine) {
      String start = new String(b, from, Math.min(kept, PREFIX_KEPT), StandardCharsets.ISO_8859_1);
      return new RawLine(number, start, total, ReasonCode.LINE_TOO_LONG);
    }
    int length = kept > 0 && b[from + kept - 1] == '\r' ? kept - 1 : kept;
    return decode(utf8, number, b, from, length, total - (kept - length), ascii);
  }

  private static RawLine decode(
      CharsetDecoder utf8, long number, byte[] b, int from, int length, long total, boolean ascii) {
    if (ascii) {
      return new RawLine(
          number, new String(b, from, length, StandardCharsets.ISO_8859_1), total, null);
    }
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(b, from, length));
      return new RawLine(number, chars.toString(), total, null);
    } catch (CharacterCodingException e) {
      return new RawLine(
          number,
          new String(b, from, length, StandardCharsets.ISO_8859_1),
          total,
          ReasonCode.INVALID_UTF8);
    }
  }

  /**
   * The lines of {@code b[0, length)}, bytes already in memory, exactly as {@link #next} reads them
   * from a stream of those bytes (line numbers from {@code firstLineNumber}), without copying each
   * line first: one pass finds each line's end and whether it is ASCII.
   */
  static void split(byte[] b, int length, long firstLineNumber, int maxLine, List<RawLine> into) {
    CharsetDecoder utf8 = null;
    long number = firstLineNumber - 1;
    int pos = 0;
    if (firstLineNumber == 1 && startsWithByteOrderMark(b, length)) {
      pos = 3;
      if (length == 3) {
        into.add(new RawLine(firstLineNumber, "", 0, null)); // as a stream reads a lone mark
        return;
      }
    }
    while (pos < length) {
      long found = lineEnd(b, pos, length);
      int end = (int) found;
      boolean ascii = (found & NON_ASCII) == 0;
      number++;
      if (!ascii && utf8 == null) {
        utf8 = strictUtf8();
      }
      int n = end - pos;
      into.add(line(utf8, number, b, pos, Math.min(n, maxLine), n, maxLine, ascii));
      pos = end + 1;
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;

  /** Set in {@link #lineEnd}'s result when the line has a byte outside ASCII. */
  private static final long NON_ASCII = 1L << 32;

  /**
   * The index of the first '\n' in {@code b[from, to)} (or {@code to}), with {@link #NON_ASCII} set
   * when a byte before it is not ASCII. Eight bytes at a time: a byte equal to '\n' is a zero byte
   * of {@code v ^ NEWLINES}, and the lowest byte the zero-byte test marks is always a true one.
   */
  private static long lineEnd(byte[] b, int from, int to) {
    long high = 0;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long v = (long) LONGS.get(b, i);
      long x = v ^ NEWLINES;
      long newline = (x - ONES) & ~x & HIGHS;
      if (newline != 0) {
        int k = Long.numberOfTrailingZeros(newline) >>> 3;
        high |= k == 0 ? 0 : v & HIGHS & (-1L >>> (Long.SIZE - Long.BYTES * k));
        return (i + k) | (high != 0 ? NON_ASCII : 0);
      }
      high |= v & HIGHS;
    }
    for (; i < to && b[i] != '\n'; i++) {
      high |= b[i] & 0x80;
    }
    return i | (high != 0 ? NON_ASCII : 0);
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk);
    if (n <= 0) {
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    if (first) {
      first = false; // a byte order mark only counts at the very start of the file
      if (startsWithByteOrderMark(chunk, n)) {
        chunkPos = 3;
      }
    }
    return true;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLine, line.length * 2)));
    }
  }

  /** The first '\n' in {@code b[from, to)}, or -1. */
  static int indexOf(byte[] b, int from, int to) {
    int end = (int) lineEnd(b, from, to);
    return end < to ? end : -1;
  }

  /** Whether {@code b[0, length)} starts with the UTF-8 byte order mark. */
  private static boolean startsWithByteOrderMark(byte[] b, int length) {
    return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  private static boolean ascii(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
