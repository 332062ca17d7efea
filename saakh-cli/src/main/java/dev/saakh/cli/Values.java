package dev.saakh.cli;

import dev.saakh.core.clean.AmountParser;
import dev.saakh.core.clean.ReasonCode;
import dev.saakh.core.money.Money;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The one home of CLI value parsing: every option and {@code SAAKH_} variable that carries a date,
 * an amount, a whole number or a thread count is read here, so each kind of value has one syntax
 * and one message in every command. A refused value is a {@link Refusal} that names the option (or
 * variable) the user wrote, says what was expected in their words and echoes what they typed, e.g.
 * {@code --seed must be a whole number, was 'abc'}.
 */
final class Values {
  /** India Standard Time: a date alone, or a time without an offset, is read in it. */
  static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2099;
  static final int MAX_THREADS = 256;

  /**
   * The longest echo of a refused value; the rest is cut and marked, so one line stays one line.
   */
  static final int MAX_ECHO = 40;

  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern ASCII_PRINTABLE = Pattern.compile("[\\x20-\\x7e]*");

  private Values() {}

  /**
   * A value the user gave that cannot be used. Its message is {@code name + " " + problem}; {@link
   * #as} gives the same problem under another name (the option picocli parsed it for, or the
   * environment variable it came from).
   */
  static final class Refusal extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String problem;

    Refusal(String name, String problem) {
      super(name + " " + problem);
      this.name = name;
      this.problem = problem;
    }

    String name() {
      return name;
    }

    String problem() {
      return problem;
    }

    /** The same refusal, naming {@code otherName}. */
    Refusal as(String otherName) {
      return new Refusal(otherName, problem);
    }
  }

  /**
   * The decision or fetch time {@code text} means, for {@code --as-of} everywhere: {@code
   * 2026-11-23} (00:00 IST that day), {@code 2026-11-23T10:00} or {@code 2026-11-23T10:00:00}
   * (IST), {@code 2026-11-23T10:00:00+05:30} or {@code 2026-11-23T04:30:00Z}. Years outside
   * 2000–2099 are refused, with the same message as a malformed value.
   *
   * @param name the option or variable the text came from, for the message
   * @throws Refusal naming {@code name}
   */
  static Instant asOf(String name, String text) {
    String t = text.strip();
    OffsetDateTime when = null;
    if (t.length() <= 40 && ASCII_PRINTABLE.matcher(t).matches()) {
      when = dateTime(t);
    }
    if (when == null || when.getYear() < MIN_YEAR || when.getYear() > MAX_YEAR) {
      throw new Refusal(
          name,
          "must be a date like 2026-11-23 or a date and time like 2026-11-23T10:00:00+05:30"
              + " between "
              + MIN_YEAR
              + " and "
              + MAX_YEAR
              + ", was "
              + echo(text));
    }
    return when.toInstant();
  }

  /** {@link #asOf} as a fixed clock in India's zone, for a decision time. */
  static Clock asOfClock(String name, String text) {
    return Clock.fixed(asOf(name, text), IST);
  }

  /**
   * {@link #asOf} as India's date of that instant, for the generator's data date: {@code
   * 2026-11-23} is that day, {@code 2026-11-22T20:00:00Z} is 2026-11-23 (01:30 IST).
   */
  static LocalDate asOfDate(String name, String text) {
    return LocalDate.ofInstant(asOf(name, text), IST);
  }

  /** The text as an offset date-time (IST where no offset is written); null if it is none. */
  private static OffsetDateTime dateTime(String t) {
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE)
            .atStartOfDay(IST)
            .toOffsetDateTime();
      }
      if (t.endsWith("Z") || t.lastIndexOf('+') > 0 || t.lastIndexOf('-') > 10) {
        return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      return LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .atZone(IST)
          .toOffsetDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Rupees as a person writes them, for every rupee option: {@code 500000}, {@code 5,00,000},
   * {@code 5,00,000.50}, {@code ₹5,00,000.00}, {@code Rs. 5,00,000/-}, {@code INR 500000}; a minus
   * sign is kept (the caller's range check refuses it where it makes no sense). Shorthands such as
   * {@code 5L} or {@code 1e6}, and Dr/Cr markers, are refused: an amount is written out.
   *
   * @throws Refusal naming {@code name}
   */
  static Money rupees(String name, String text) {
    AmountParser parser = new AmountParser();
    if (parser.parse(text)
        && parser.marker() != AmountParser.Marker.DEBIT
        && parser.marker() != AmountParser.Marker.CREDIT) {
      return Money.ofPaise(parser.signedPaise());
    }
    if (parser.reason() == ReasonCode.AMOUNT_OUT_OF_RANGE) {
      throw new Refusal(name, "must be at most ₹1,00,00,00,00,00,00,000.00, was " + echo(text));
    }
    throw new Refusal(name, rupeesProblem(text));
  }

  /**
   * {@link #rupees}, more than zero: a loan amount ({@code kfs --amount}, {@code underwrite
   * --amount}).
   *
   * @throws Refusal naming {@code name}
   */
  static Money loanAmount(String name, String text) {
    Money m = rupees(name, text);
    if (m.amount().signum() <= 0) {
      throw new Refusal(name, "must be more than ₹0.00, was " + echo(text));
    }
    return m;
  }

  private static String rupeesProblem(String text) {
    return "must be rupees written out like 500000, 5,00,000.50, ₹5,00,000.00 or Rs. 5,00,000/-"
        + " (not 5L or 1e6), was "
        + echo(text);
  }

  /**
   * A whole number in ASCII digits with an optional sign, for {@code --seed} and other whole
   * options: {@code 42}, {@code -7}, {@code +3}. Not {@code 1e3}, {@code 4.0}, {@code 1,000} or
   * digits of other scripts.
   *
   * @throws Refusal naming {@code name}
   */
  static long wholeNumber(String name, String text) {
    String t = text.strip();
    if (!WHOLE.matcher(t).matches()) {
      throw new Refusal(name, "must be a whole number, was " + echo(text));
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new Refusal(
          name,
          "must be a whole number between "
              + Long.MIN_VALUE
              + " and "
              + Long.MAX_VALUE
              + ", was "
              + echo(text));
    }
  }

  /**
   * {@link #wholeNumber} within {@code [min, max]}, e.g. {@code --customers} (0 to 9,999,999) or
   * {@code --tenure-months} (1 to 600).
   *
   * @throws Refusal naming {@code name}
   */
  static int wholeNumber(String name, String text, int min, int max) {
    long n;
    try {
      n = wholeNumber(name, text);
    } catch (Refusal r) {
      if (!WHOLE.matcher(text.strip()).matches()) {
        throw r;
      }
      n = text.strip().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return range(name, n, min, max, text);
  }

  /** {@code n} (written {@code text}) within {@code [min, max]}, or a refusal saying so. */
  static int range(String name, long n, int min, int max, String text) {
    if (n < min || n > max) {
      throw new Refusal(name, "must be between " + min + " and " + max + ", was " + echo(text));
    }
    return (int) n;
  }

  /**
   * Worker threads, 1 to 256, the same rule for {@code generate}, {@code clean} and {@code
   * underwrite}: flag, then {@code SAAKH_THREADS}, then the machine's cores (at most 256).
   *
   * @param flag what picocli parsed (whole-number syntax is checked by {@link #converters}), or
   *     null
   * @throws Refusal naming {@code --threads} or {@code SAAKH_THREADS}
   */
  static int threads(Settings settings, Integer flag) {
    if (flag != null) {
      return range("--threads", flag, 1, MAX_THREADS, flag.toString());
    }
    Integer fromEnv =
        settings.pick(
            "threads", null, v -> wholeNumber("--threads", v, 1, MAX_THREADS), (Integer) null);
    return fromEnv != null
        ? fromEnv
        : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code --as-of} for a decision: flag, then {@code SAAKH_AS_OF}; null when neither is given (the
   * caller uses the system clock).
   *
   * @throws Refusal naming {@code --as-of} or {@code SAAKH_AS_OF}
   */
  static Clock asOfClock(Settings settings, String flag) {
    Instant at =
        settings.pick(
            "as-of", flag == null ? null : asOf("--as-of", flag), v -> asOf("--as-of", v), null);
    return at == null ? null : Clock.fixed(at, IST);
  }

  /**
   * {@code --as-of} for generated data: flag, then {@code SAAKH_AS_OF}, then {@code fallback}; the
   * date is India's date of the instant given.
   *
   * @throws Refusal naming {@code --as-of} or {@code SAAKH_AS_OF}
   */
  static LocalDate asOfDate(Settings settings, String flag, LocalDate fallback) {
    return settings.pick(
        "as-of",
        flag == null ? null : asOfDate("--as-of", flag),
        v -> asOfDate("--as-of", v),
        fallback);
  }

  /**
   * The text as the user typed it, quoted, cut to {@link #MAX_ECHO} characters, with control
   * characters shown as {@code ?}, so an echo never breaks or floods the line.
   */
  static String echo(String text) {
    StringBuilder b = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX_ECHO; i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      b.appendCodePoint(Character.isISOControl(c) ? '?' : c);
      shown++;
    }
    if (text.codePointCount(0, text.length()) > MAX_ECHO) {
      b.append("…");
    }
    return b.append('\'').toString();
  }

  /**
   * Registers the CLI's converters for whole numbers and paths on {@code cli} and all its
   * subcommands, so a typed option refuses {@code abc} with this class's words instead of picocli's
   * {@code 'abc' is not a long}. A converter does not know its option: it refuses under the name
   * {@code value}, and {@link Main}'s handler renames the refusal to the option.
   */
  static void converters(CommandLine cli) {
    CommandLine.ITypeConverter<Long> whole = v -> wholeNumber("value", v);
    CommandLine.ITypeConverter<Integer> integer =
        v -> wholeNumber("value", v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    cli.registerConverter(Long.class, whole);
    cli.registerConverter(Long.TYPE, whole);
    cli.registerConverter(Integer.class, integer);
    cli.registerConverter(Integer.TYPE, integer);
    cli.registerConverter(Path.class, Values::path);
  }

  /** A file or folder name; only a name the system cannot hold at all is refused. */
  static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new Refusal("value", "must be a file or folder name, was " + echo(text));
    }
  }
}
