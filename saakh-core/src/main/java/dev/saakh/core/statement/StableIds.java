package dev.saakh.core.statement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Transaction ids for sources that give none, or only a masked one ({@code XXXXXX}, {@code ***},
 * {@code NA}): a hash of what the transaction says, so the same transaction read twice, from one
 * file or from two overlapping ones, gets the same id and is one duplicate, while two different
 * transactions never share an id because their ids were masked alike. Identical transactions within
 * one source (same date, amount, type, narration and balance) are told apart by their order: the
 * second gets {@code -2}; a second file holding the same pair numbers them alike.
 *
 * <p>One instance per source: its counts of identical transactions are the source's own. The hash
 * is a 64-bit FNV-1a over the fields, computed without allocating; one customer holds far fewer
 * than the 2^32 transactions at which a collision becomes likely.
 */
public final class StableIds {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final int MASK_RUN = 3;

  private final Map<String, Integer> seen = new HashMap<>();

  /** The id of one transaction of {@code accountId}, from its fields as the source wrote them. */
  public String next(
      String accountId, String date, String amount, String type, String narration, String balance) {
    long h = FNV_OFFSET;
    for (String field : new String[] {accountId, date, amount, type, narration, balance}) {
      h = mix(h, field);
    }
    String id = accountId + "-H" + String.format(Locale.ROOT, "%016x", h);
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }

  private static long mix(long h, String field) {
    long x = h;
    if (field != null) {
      for (int i = 0; i < field.length(); i++) {
        x = (x ^ field.charAt(i)) * FNV_PRIME;
      }
    }
    // A separator no text holds, so ("ab", "c") and ("a", "bc") differ; null differs from "".
    return (x ^ (field == null ? 0x1F0000 : 0x1F)) * FNV_PRIME;
  }

  /**
   * Whether a source's id says nothing: absent, blank, {@code NA}/{@code N/A}/{@code null}/{@code
   * -}, or masked (a run of three or more {@code X}, {@code x}, {@code *} or {@code #}).
   */
  public static boolean unusable(String id) {
    if (id == null) {
      return true;
    }
    String s = id.strip();
    if (s.isEmpty()
        || s.equals("-")
        || s.equalsIgnoreCase("NA")
        || s.equalsIgnoreCase("N/A")
        || s.equalsIgnoreCase("null")) {
      return true;
    }
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c == 'X' || c == 'x' || c == '*' || c == '#' ? run + 1 : 0;
      if (run >= MASK_RUN) {
        return true;
      }
    }
    return false;
  }
}
