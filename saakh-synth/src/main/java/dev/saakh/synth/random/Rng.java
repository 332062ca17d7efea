package dev.saakh.synth.random;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic random source for one customer and one purpose. Seeds are derived from the run
 * seed, the customer id and a purpose name, so each customer's data is independent of every other
 * customer's and of the order customers are generated in.
 */
public final class Rng {
  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * The source for {@code purpose} (e.g. "model", "mess") of {@code customerId} under {@code seed}.
   */
  public static Rng of(long seed, String customerId, String purpose) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h ^ fnv(customerId));
    h = mix(h ^ fnv(purpose));
    return new Rng(h);
  }

  /** A child source for a sub-purpose, independent of how much this one has been used. */
  public Rng child(long salt) {
    return new Rng(mix(random.split().nextLong() ^ mix(salt)));
  }

  public double nextDouble() {
    return random.nextDouble();
  }

  /** Uniform in [lo, hi). */
  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  /** Uniform integer in [lo, hi] inclusive. */
  public int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public long nextLong() {
    return random.nextLong();
  }

  /** Uniform in [lo, hi) on a log scale: as many values in 1–10 lakh as in 10–100 lakh. */
  public double logUniform(double lo, double hi) {
    return Math.exp(uniform(Math.log(lo), Math.log(hi)));
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Standard normal by Box–Muller (one value; the pair's twin is discarded for simplicity). */
  public double gaussian() {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** A multiplicative noise factor 1 ± {@code spread}, uniform. */
  public double jitter(double spread) {
    return 1.0 + uniform(-spread, spread);
  }

  public <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A string of {@code n} decimal digits, the first non-zero. */
  public String digits(int n) {
    char[] out = new char[n];
    out[0] = (char) ('1' + random.nextInt(9));
    for (int i = 1; i < n; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }

  /** {@code n} upper-case letters. */
  public String letters(int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = (char) ('A' + random.nextInt(26));
    }
    return new String(out);
  }

  /** A stable 64-bit hash of a string (FNV-1a over UTF-8), identical on every JVM. */
  public static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
