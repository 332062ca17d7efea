package dev.saakh.core.gst;

/** The two monthly returns of a regular GST taxpayer, with their due day in the next month. */
public enum GstReturnType {
  GSTR1(11),
  GSTR3B(20);

  private final int dueDayOfNextMonth;

  GstReturnType(int dueDayOfNextMonth) {
    this.dueDayOfNextMonth = dueDayOfNextMonth;
  }

  /** The day of the month after the tax period on which this return is due. */
  public int dueDayOfNextMonth() {
    return dueDayOfNextMonth;
  }
}
