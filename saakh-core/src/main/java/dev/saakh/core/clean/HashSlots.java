package dev.saakh.core.clean;

/**
 * An open-addressing multimap from a 64-bit hash to small non-negative ints, held in two flat
 * arrays: looking a hash up reads only those arrays, never the objects behind the values, until a
 * hash matches. Many values may share a hash; they are visited in turn with {@link #next}. Not
 * thread-safe.
 */
final class HashSlots {
  private long[] hashes;
  private int[] values;
  private int size;

  /** Room for {@code expected} values before the table grows. */
  HashSlots(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 + 1) - 1) << 1;
    hashes = new long[capacity];
    values = new int[capacity];
  }

  void add(long hash, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are non-negative: " + value);
    }
    if ((size + 1) * 2 > values.length) {
      grow();
    }
    int mask = values.length - 1;
    int slot = home(hash, mask);
    while (values[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    values[slot] = value + 1;
    size++;
  }

  /** The first slot holding {@code hash}, or -1. */
  int first(long hash) {
    return scan(hash, home(hash, values.length - 1));
  }

  /** The next slot after {@code slot} holding {@code hash}, or -1. */
  int next(long hash, int slot) {
    return scan(hash, (slot + 1) & (values.length - 1));
  }

  int value(int slot) {
    return values[slot] - 1;
  }

  private int scan(long hash, int from) {
    int mask = values.length - 1;
    for (int slot = from; values[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash) {
        return slot;
      }
    }
    return -1;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldValues = values;
    hashes = new long[oldValues.length * 2];
    values = new int[oldValues.length * 2];
    size = 0;
    for (int i = 0; i < oldValues.length; i++) {
      if (oldValues[i] != 0) {
        add(oldHashes[i], oldValues[i] - 1);
      }
    }
  }

  private static int home(long hash, int mask) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
