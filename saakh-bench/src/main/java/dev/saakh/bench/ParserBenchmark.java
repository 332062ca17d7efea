package dev.saakh.bench;

import dev.saakh.core.bank.TxnType;
import dev.saakh.core.clean.AmountParser;
import dev.saakh.core.clean.DateParser;
import dev.saakh.core.clean.NarrationParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The clean stage's value parsers on a mix of real-shaped raw values, single-threaded: one
 * operation is one raw transaction's date, amount and balance (three parses), its narration alone,
 * or all four ({@code parseAndCategorise}, the one the 1M transactions/s per core budget is for).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
  private static final String[] DATES = {
    "4 Nov 25", "04/11/2025", "04-11-2025", "2025-11-04", "04-Nov-2025",
        "2025-11-04T10:22:31+05:30",
    "20251104", "45965", "04/11/25", "04 Nov 2025", "04.11.2025", "04-NOV-25"
  };
  private static final String[] AMOUNTS = {
    "1,250.00 Dr",
    "₹1,250.00 Cr",
    "Rs. 1,25,000/-",
    "INR 1250",
    "(1,250.00)",
    "-1250",
    "1250 DR",
    "5,43,210.75",
    "12500.50",
    "₹ 45,320.50 CR",
    "2,260.00 Cr",
    "-212137.22"
  };
  private static final int N = 12;

  static {
    if (DATES.length != N || AMOUNTS.length != N) {
      throw new IllegalStateException("N must match the sample arrays");
    }
  }

  private static final String[] NARRATIONS = {
    "UPI-SWIGGY-swiggy@icici-ICIC0001234-412345678901-Payment from Ph",
    "UPI/412345678901/ZOMATO/zomato@hdfcbank/HDFC Bank",
    "TO TRANSFER-UPI/DR/412345678901/RAHUL SHARMA/HDFC/9876543210@ybl/UPI--",
    "UPI/P2M/412345678901/DMART/UPI/Yes Bank",
    "NEFT CR-YESB0123456-SHUBH ENTERPRISES-INV 7998-YESBN19138584998",
    "BY TRANSFER-NEFT*SBIN0001234*SBINN49464068774*INFOSYS LTD--",
    "MMT/IMPS/512345678901/RENT NOV/SWATI DAS/KKBK0001234",
    "ACH D- BAJAJ FINANCE LTD-6696767060",
    "NWD-416021XXXXXX1234-S1H12345-MUMBAI",
    "POS 416021XXXXXX1234 AMAZON",
    "NEFT KKBKN04863779768 METRO AGRO FOODS INV 6017",
    "CREDIT INTEREST--"
  };
  private static final TxnType[] TYPES = {
    TxnType.DEBIT, TxnType.DEBIT, TxnType.DEBIT, TxnType.DEBIT, TxnType.CREDIT, TxnType.CREDIT,
    TxnType.DEBIT, TxnType.DEBIT, TxnType.DEBIT, TxnType.DEBIT, TxnType.CREDIT, TxnType.CREDIT
  };

  static {
    if (NARRATIONS.length != N || TYPES.length != N) {
      throw new IllegalStateException("N must match the narration samples");
    }
  }

  private final NarrationParser narrations = NarrationParser.defaults();
  private final DateParser dates = new DateParser();
  private final AmountParser amounts = new AmountParser();

  @Benchmark
  @OperationsPerInvocation(N)
  public void parseTransactionValues(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(dates.parse(DATES[i]) ? dates.epochDay() : -1);
      bh.consume(amounts.parse(AMOUNTS[i]) ? amounts.paise() : -1);
      bh.consume(amounts.parse(AMOUNTS[(i + 5) % N]) ? amounts.paise() : -1);
    }
  }

  /**
   * Reading the narration alone: channel, direction, counterparty, VPA, IFSC, reference, category.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void parseNarration(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(narrations.parse(NARRATIONS[i], TYPES[i]));
    }
  }

  /** The same plus reading the narration: channel, counterparty, VPA, IFSC, reference, category. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void parseAndCategorise(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(dates.parse(DATES[i]) ? dates.epochDay() : -1);
      bh.consume(amounts.parse(AMOUNTS[i]) ? amounts.paise() : -1);
      bh.consume(amounts.parse(AMOUNTS[(i + 5) % N]) ? amounts.paise() : -1);
      bh.consume(narrations.parse(NARRATIONS[i], TYPES[i]));
    }
  }
}
