package dev.saakh.synth.model;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.util.Arrays;

/**
 * A customer's bank transactions as parallel primitive arrays: thousands of entries cost a dozen
 * arrays, not thousands of objects. Rows are appended while planning; {@link #sortByTime()} orders
 * them across accounts for the balance walk, which fills {@code balance}; {@link #groupByAccount()}
 * then lists them account by account, as statements do. Enum-valued columns hold ordinals.
 */
public final class TxnTable {
  public static final byte NONE = -1;

  /** Flag: a debit that must be honoured or bounced (EMI, NACH), never silently skipped. */
  public static final int MANDATORY = 1;

  /** Flag: the row was dropped by the balance walk and is not part of the statement. */
  public static final int DROPPED = 2;

  private static final TxnType[] TYPES = TxnType.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final Category[] CATEGORIES = Category.values();
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final int INITIAL = 2048;

  private int size;
  int[] day = new int[INITIAL];
  int[] second = new int[INITIAL];
  byte[] account = new byte[INITIAL];
  long[] amount = new long[INITIAL];
  byte[] type = new byte[INITIAL];
  byte[] channel = new byte[INITIAL];
  byte[] category = new byte[INITIAL];
  byte[] direction = new byte[INITIAL];
  int[] party = new int[INITIAL];
  long[] reference = new long[INITIAL];
  int[] pair = new int[INITIAL];
  int[] flags = new int[INITIAL];
  int[] tag = new int[INITIAL];
  long[] balance = new long[INITIAL];

  public int size() {
    return size;
  }

  /** Appends a row and returns its index. {@code party} is an index into the model's parties. */
  public int add(
      int epochDay,
      int secondOfDay,
      int accountIndex,
      long paise,
      TxnType txnType,
      Channel ch,
      Category cat,
      Direction dir,
      int partyIndex,
      long ref) {
    if (paise <= 0) {
      throw new IllegalArgumentException("amount must be positive paise, was " + paise);
    }
    grow();
    int i = size++;
    day[i] = epochDay;
    second[i] = secondOfDay;
    account[i] = (byte) accountIndex;
    amount[i] = paise;
    type[i] = (byte) txnType.ordinal();
    channel[i] = (byte) ch.ordinal();
    category[i] = (byte) cat.ordinal();
    direction[i] = dir == null ? NONE : (byte) dir.ordinal();
    party[i] = partyIndex;
    reference[i] = ref;
    pair[i] = -1;
    flags[i] = 0;
    tag[i] = 0;
    return i;
  }

  private void grow() {
    if (size < day.length) {
      return;
    }
    int n = day.length * 2;
    day = Arrays.copyOf(day, n);
    second = Arrays.copyOf(second, n);
    account = Arrays.copyOf(account, n);
    amount = Arrays.copyOf(amount, n);
    type = Arrays.copyOf(type, n);
    channel = Arrays.copyOf(channel, n);
    category = Arrays.copyOf(category, n);
    direction = Arrays.copyOf(direction, n);
    party = Arrays.copyOf(party, n);
    reference = Arrays.copyOf(reference, n);
    pair = Arrays.copyOf(pair, n);
    flags = Arrays.copyOf(flags, n);
    tag = Arrays.copyOf(tag, n);
    balance = Arrays.copyOf(balance, n);
  }

  /** Links two rows as the legs of one transfer: dropping one drops the other. */
  public void pair(int a, int b) {
    pair[a] = b;
    pair[b] = a;
  }

  public void setSecond(int i, int secondOfDay) {
    second[i] = secondOfDay;
  }

  public void setReference(int i, long ref) {
    reference[i] = ref;
  }

  public void flag(int i, int flag) {
    flags[i] |= flag;
  }

  /** Marks the row as part of injected pattern {@code patternTag} (see the model's fraud list). */
  public void tag(int i, int patternTag) {
    tag[i] = patternTag;
  }

  /**
   * Orders rows by time (day, second, then insertion), across accounts: the balance walk's order.
   */
  public void sortByTime() {
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      // day since 1970 (24 bits) | second of day (17 bits) | row (20 bits)
      keys[i] = ((long) day[i] << 37) | ((long) second[i] << 20) | i;
    }
    reorder(keys);
  }

  /** Groups rows by account, keeping time order within each: how statements list them. */
  public void groupByAccount() {
    int[] start = new int[257];
    for (int i = 0; i < size; i++) {
      start[(account[i] & 0xFF) + 1]++;
    }
    for (int a = 1; a < start.length; a++) {
      start[a] += start[a - 1];
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[start[account[i] & 0xFF]++] = i;
    }
    apply(order);
  }

  private void reorder(long[] keys) {
    if (size >= 1 << 20) {
      throw new IllegalStateException("too many transactions for one customer: " + size);
    }
    Arrays.sort(keys);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = (int) (keys[i] & 0xFFFFF);
    }
    apply(order);
  }

  /** Moves row {@code order[i]} to position {@code i} in every column, remapping pair links. */
  private void apply(int[] order) {
    int[] position = new int[size];
    for (int i = 0; i < size; i++) {
      position[order[i]] = i;
    }
    day = permute(day, order);
    second = permute(second, order);
    account = permute(account, order);
    amount = permute(amount, order);
    type = permute(type, order);
    channel = permute(channel, order);
    category = permute(category, order);
    direction = permute(direction, order);
    party = permute(party, order);
    reference = permute(reference, order);
    flags = permute(flags, order);
    tag = permute(tag, order);
    balance = permute(balance, order);
    int[] newPair = permute(pair, order);
    for (int i = 0; i < size; i++) {
      newPair[i] = newPair[i] < 0 ? -1 : position[newPair[i]];
    }
    pair = newPair;
  }

  private int[] permute(int[] a, int[] order) {
    int[] out = new int[Math.max(size, 1)];
    for (int i = 0; i < size; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private long[] permute(long[] a, int[] order) {
    long[] out = new long[Math.max(size, 1)];
    for (int i = 0; i < size; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private byte[] permute(byte[] a, int[] order) {
    byte[] out = new byte[Math.max(size, 1)];
    for (int i = 0; i < size; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  public int day(int i) {
    return day[i];
  }

  public int second(int i) {
    return second[i];
  }

  public int account(int i) {
    return account[i];
  }

  public long amount(int i) {
    return amount[i];
  }

  public TxnType type(int i) {
    return TYPES[type[i]];
  }

  public boolean isCredit(int i) {
    return type[i] == 0;
  }

  public Channel channel(int i) {
    return CHANNELS[channel[i]];
  }

  public Category category(int i) {
    return CATEGORIES[category[i]];
  }

  /** Null when the narration tells no direction. */
  public Direction direction(int i) {
    return direction[i] == NONE ? null : DIRECTIONS[direction[i]];
  }

  public int party(int i) {
    return party[i];
  }

  public long reference(int i) {
    return reference[i];
  }

  public int pairOf(int i) {
    return pair[i];
  }

  public boolean has(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  public int tag(int i) {
    return tag[i];
  }

  public long balance(int i) {
    return balance[i];
  }

  void setBalance(int i, long paise) {
    balance[i] = paise;
  }

  void drop(int i) {
    flags[i] |= DROPPED;
  }

  /** Replaces a row's category and channel (a bounced debit becomes its bounce charge). */
  void recategorise(int i, Channel ch, Category cat, long paise) {
    channel[i] = (byte) ch.ordinal();
    category[i] = (byte) cat.ordinal();
    amount[i] = paise;
  }
}
