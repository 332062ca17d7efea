package dev.saakh.core.clean;

/**
 * The number inside an amount: rupees with optional comma grouping, then an optional fraction
 * rounded half up to paise. Grouping is Indian ({@code 1,00,00,000}: a first group of one or two
 * digits, pairs, then three) or western ({@code 1,000,000}: one to three digits, then threes);
 * either way the last group has three digits and the middle groups all have the same size.
 */
final class AmountNumber {
  private static final long MAX_RUPEES = AmountParser.MAX_PAISE / 100;

  private AmountNumber() {}

  /**
   * Reads the number at the parser's position; on success hands the parser its paise (possibly
   * flagged too big, which only counts if the rest of the amount parses), else fails it.
   */
  static boolean read(AmountParser p, CharSequence s, int to) {
    int i = p.pos();
    long rupees = 0;
    boolean tooBig = false;
    int digits = 0;
    int group = 0;
    int groups = 0;
    int first = 0;
    int middle = 0;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (Chars.isDigit(c)) {
        rupees = rupees * 10 + (c - '0');
        if (rupees > MAX_RUPEES) {
          tooBig = true;
          rupees = MAX_RUPEES + 1;
        }
        digits++;
        group++;
      } else if (c == ',') {
        if (group == 0 || (groups > 0 && !sameMiddle(group, middle))) {
          return p.fail(ReasonCode.UNPARSEABLE_AMOUNT);
        }
        first = groups == 0 ? group : first;
        middle = groups == 0 ? 0 : group;
        groups++;
        group = 0;
      } else {
        break;
      }
    }
    if (groups > 0 && (group != 3 || first > (middle == 2 ? 2 : 3))) {
      return p.fail(ReasonCode.UNPARSEABLE_AMOUNT);
    }
    return fraction(p, s, i, to, rupees, tooBig, digits > 0);
  }

  /** A middle group has two or three digits, as many as the middle group before it (if any). */
  private static boolean sameMiddle(int group, int previous) {
    return (group == 2 || group == 3) && (previous == 0 || previous == group);
  }

  private static boolean fraction(
      AmountParser p, CharSequence s, int i, int to, long rupees, boolean tooBig, boolean whole) {
    long paise = rupees * 100;
    if (i < to && s.charAt(i) == '.') {
      int place = 0;
      for (i++; i < to && Chars.isDigit(s.charAt(i)); i++, place++) {
        int d = s.charAt(i) - '0';
        if (place == 0) {
          paise += d * 10L;
        } else if (place == 1) {
          paise += d;
        } else if (place == 2 && d >= 5) {
          paise++;
        }
      }
      if (place == 0) {
        return p.fail(ReasonCode.UNPARSEABLE_AMOUNT);
      }
    } else if (!whole) {
      return p.fail(ReasonCode.UNPARSEABLE_AMOUNT);
    }
    p.number(paise, i, tooBig);
    return true;
  }
}
