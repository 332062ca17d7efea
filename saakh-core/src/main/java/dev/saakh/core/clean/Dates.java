package dev.saakh.core.clean;

import java.util.List;

/**
 * Fills a missing transaction date only when the statement settles it: from the entry's own value
 * date (AA payloads carry both; they differ only for back-valued entries), or when the nearest
 * dated entries above and below in the same account carry the same date, so this entry, between
 * them in statement order, must carry it too. Anything less certain is left for quarantine.
 */
final class Dates {
  private Dates() {}

  static void fillFromNeighbours(List<TxnRow> rows, Tally tally) {
    for (int i = 0; i < rows.size(); i++) {
      TxnRow r = rows.get(i);
      if (r.date != TxnRow.UNKNOWN || !r.dateMissing) {
        continue;
      }
      if (r.valueDate != TxnRow.UNKNOWN) {
        r.date = r.valueDate;
        tally.add("repaired:date_from_value_date");
        continue;
      }
      long above = nearest(rows, i, -1);
      long below = nearest(rows, i, 1);
      if (above != TxnRow.UNKNOWN && above == below) {
        r.date = above;
        tally.add("repaired:date_from_neighbours");
      }
    }
  }

  private static long nearest(List<TxnRow> rows, int i, int step) {
    for (int k = i + step; k >= 0 && k < rows.size(); k += step) {
      if (rows.get(k).date != TxnRow.UNKNOWN) {
        return rows.get(k).date;
      }
    }
    return TxnRow.UNKNOWN;
  }
}
