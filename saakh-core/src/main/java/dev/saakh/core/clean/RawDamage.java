package dev.saakh.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.money.IndianFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The checks and the words behind {@link RawIndex.Problem}s: whether a raw file's unterminated last
 * line is complete JSON, and one message per kind of damage, naming the file as the lake does.
 */
final class RawDamage {
  private RawDamage() {}

  /**
   * Whether bytes {@code [start, end)} of the file, its last line (which has no line break), are
   * one complete JSON value. A line over {@code maxLine} bytes is not parsed; it counts as complete
   * when its last byte that is not a space closes an object or array.
   */
  static boolean complete(Path file, long start, long end, int maxLine) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long from = end - start > maxLine ? Math.max(start, end - 64) : start;
      ByteBuffer bytes = ByteBuffer.allocate((int) (end - from));
      while (bytes.hasRemaining() && ch.read(bytes, from + bytes.position()) > 0) {
        // read until the end of the line (or of a file cut shorter since)
      }
      byte[] b = bytes.array();
      int length = bytes.position();
      if (from > start) {
        int last = length - 1;
        while (last >= 0 && (b[last] == ' ' || b[last] == '\t' || b[last] == '\r')) {
          last--;
        }
        return last >= 0 && (b[last] == '}' || b[last] == ']');
      }
      int skip = start == 0 && startsWithByteOrderMark(b, length) ? 3 : 0;
      return json(b, skip, length - skip);
    }
  }

  private static boolean json(byte[] b, int from, int length) {
    try {
      JsonNode node = RecordCleaner.READER.readTree(new ByteArrayInputStream(b, from, length));
      return node != null && !node.isMissingNode();
    } catch (IOException e) {
      return false; // cut inside a value, a string or a multi-byte character: not complete
    }
  }

  private static boolean startsWithByteOrderMark(byte[] b, int length) {
    return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  static RawIndex.Problem cut(Dataset dataset, String name, long line, String customer) {
    String whose =
        RawIndex.UNATTRIBUTED.equals(customer)
            ? "it names no customer"
            : "customer " + customer + "'s";
    return new RawIndex.Problem(
        dataset,
        ProblemCode.CUT_LAST_LINE,
        1,
        name
            + ": the last line (line "
            + line
            + ") ends without a line break and is not complete JSON, so the file looks cut"
            + " mid-record; that line is set aside as CUT_LINE, not read as a record ("
            + whose
            + ")");
  }

  static RawIndex.Problem array(Dataset dataset, String name, long lines) {
    return new RawIndex.Problem(
        dataset,
        ProblemCode.JSON_ARRAY,
        lines,
        name
            + ": the file is a JSON array, not NDJSON (one JSON object per line); none of its "
            + lines
            + (lines == 1 ? " line" : " lines")
            + " is read as a record or given to a customer");
  }

  static RawIndex.Problem notAFile(Dataset dataset, String name, boolean directory) {
    return new RawIndex.Problem(
        dataset,
        ProblemCode.NOT_A_FILE,
        0,
        name
            + ": "
            + (directory ? "a directory" : "something other than a file")
            + " stands where the file should be; nothing is read from it");
  }

  static RawIndex.Problem unreadable(Dataset dataset, String name, long lines, String why) {
    return new RawIndex.Problem(
        dataset,
        ProblemCode.UNREADABLE,
        lines,
        name
            + ": the file could not be read ("
            + why
            + ")"
            + (lines == 0
                ? "; nothing is read from it"
                : "; the "
                    + IndianFormat.count(lines, "line")
                    + " read before the failure are set aside too"));
  }

  /** Why a file could not be read, in the operating system's words, never a Java class name. */
  static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return "an input/output error";
  }
}
