package dev.saakh.server.retention;

import dev.saakh.core.consent.TimeUnit;
import java.time.Instant;
import java.util.Objects;

/**
 * What the rules need to know about one customer, read from the database.
 *
 * @param ingestedAt when the data was fetched (null: no customer row, only AA consents)
 * @param cleanedAt when it was cleaned (null: not yet)
 * @param rawRows raw records held
 * @param latest the latest decision (null: none)
 * @param revokedAt when consent was withdrawn, if it was and no other consent is ACTIVE
 * @param dataLife the DataLife of the consent in use (null: none known)
 * @param busy a job for the customer is QUEUED or RUNNING
 */
record Facts(
    String customerId,
    Instant ingestedAt,
    Instant cleanedAt,
    long rawRows,
    Decided latest,
    Instant revokedAt,
    DataLife dataLife,
    boolean busy) {
  Facts {
    Objects.requireNonNull(customerId, "customerId");
    if (rawRows < 0) {
      throw new IllegalArgumentException("rawRows must not be negative");
    }
  }

  /** A decision's outcome and when it was made. */
  record Decided(String outcome, Instant at) {
    Decided {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(at, "at");
    }
  }

  /** A consent's DataLife: how long fetched data may be kept. */
  record DataLife(TimeUnit unit, int value) {
    DataLife {
      Objects.requireNonNull(unit, "unit");
      if (value < 0) {
        throw new IllegalArgumentException("DataLife value must not be negative");
      }
    }

    /** Longer of two (INF is longest); null counts as none. */
    static DataLife longer(DataLife a, DataLife b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      if (a.unit == TimeUnit.INF || b.unit == TimeUnit.INF) {
        return a.unit == TimeUnit.INF ? a : b;
      }
      Instant base = Instant.EPOCH;
      return RetentionRules.plus(base, a, java.time.ZoneOffset.UTC)
              .isBefore(RetentionRules.plus(base, b, java.time.ZoneOffset.UTC))
          ? b
          : a;
    }
  }
}
