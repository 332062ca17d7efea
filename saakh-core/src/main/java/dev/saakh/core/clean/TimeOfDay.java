package dev.saakh.core.clean;

/**
 * Checks the time that may follow a date: {@code T} or spaces, then {@code H:MM[:SS[.fraction]]}
 * (fraction of 1–9 digits after {@code .} or {@code ,}), an optional {@code AM}/{@code PM}, and an
 * optional {@code Z} or offset {@code ±HH}, {@code ±HHMM}, {@code ±HH:MM}. The time is validated
 * and dropped: a timestamp stands for the local date it was written with.
 */
final class TimeOfDay {
  private TimeOfDay() {}

  /**
   * Whether the rest of {@code s} from the parser's position up to {@code to} is a valid time; on
   * false the parser holds the reason.
   */
  static boolean valid(DateParser p, CharSequence s, int to) {
    char c = s.charAt(p.pos());
    if (c == 'T' || c == 't') {
      p.pos(p.pos() + 1);
    } else if (Chars.isSpace(c)) {
      p.pos(Chars.skipSpaces(s, p.pos(), to));
    } else {
      return p.fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int hour = p.digits(s, to, 1, 2);
    if (hour < 0 || !p.accept(s, to, ':')) {
      return p.fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int minute = p.digits(s, to, 2, 2);
    int second = 0;
    if (minute >= 0 && p.accept(s, to, ':')) {
      second = p.digits(s, to, 2, 2);
      if (second >= 0 && (p.accept(s, to, '.') || p.accept(s, to, ','))) {
        second = p.digits(s, to, 1, 9) < 0 ? -1 : second;
      }
    }
    if (minute < 0 || second < 0) {
      return p.fail(ReasonCode.UNPARSEABLE_DATE);
    }
    boolean twelveHour = meridiem(p, s, to);
    if (!offset(p, s, to)) {
      return false;
    }
    boolean exists =
        (twelveHour ? hour >= 1 && hour <= 12 : hour <= 23) && minute <= 59 && second <= 60;
    return exists || p.fail(ReasonCode.IMPOSSIBLE_DATE);
  }

  /** Consumes an optional {@code AM} or {@code PM} (any case, after optional spaces). */
  private static boolean meridiem(DateParser p, CharSequence s, int to) {
    int start = Chars.skipSpaces(s, p.pos(), to);
    int end = Chars.letters(s, start, to);
    if (Chars.equalsFolded(s, start, end, "am") || Chars.equalsFolded(s, start, end, "pm")) {
      p.pos(end);
      return true;
    }
    return false;
  }

  /** Consumes an optional zone designator, which must end the input. */
  private static boolean offset(DateParser p, CharSequence s, int to) {
    p.pos(Chars.skipSpaces(s, p.pos(), to));
    if (p.pos() == to) {
      return true;
    }
    char c = s.charAt(p.pos());
    p.pos(p.pos() + 1);
    if (c == 'Z' || c == 'z') {
      return p.pos() == to || p.fail(ReasonCode.UNPARSEABLE_DATE);
    }
    if (c != '+' && c != '-') {
      return p.fail(ReasonCode.UNPARSEABLE_DATE);
    }
    int start = p.pos();
    int v = p.digits(s, to, 2, 4);
    int n = p.pos() - start;
    int hours = n == 4 ? v / 100 : v;
    int minutes = n == 4 ? v % 100 : 0;
    if (v >= 0 && n == 2 && p.accept(s, to, ':')) {
      minutes = p.digits(s, to, 2, 2);
    }
    if (v < 0 || n == 3 || minutes < 0 || p.pos() != to) {
      return p.fail(ReasonCode.UNPARSEABLE_DATE);
    }
    return (hours <= 18 && minutes <= 59) || p.fail(ReasonCode.IMPOSSIBLE_DATE);
  }
}
