package dev.saakh.server.retention;

import dev.saakh.core.consent.TimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The retention rules, pure: given what is known of a customer, when each rule falls due. No
 * database, no clock; the job asks at an instant.
 *
 * @param rawAfterClean raw records are deleted once the customer is cleaned
 * @param approved how long after an APPROVE decision the customer is kept
 * @param rejected how long after any other latest decision (REJECT, REFER, STOPPED)
 * @param revoked how long after consent is withdrawn
 * @param zone the zone calendar units of DataLife (DAY, MONTH, YEAR) are counted in
 */
public record RetentionRules(
    boolean rawAfterClean, Duration approved, Duration rejected, Duration revoked, ZoneId zone) {
  public RetentionRules {
    requirePositive(approved, "approved");
    requirePositive(rejected, "rejected");
    requirePositive(revoked, "revoked");
    Objects.requireNonNull(zone, "zone");
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  /** Every rule that applies to the customer, earliest due first. */
  List<Due> due(Facts f) {
    String id = f.customerId();
    List<Due> out = new ArrayList<>();
    if (rawAfterClean && f.cleanedAt() != null && f.rawRows() > 0) {
      out.add(new Due(id, Rule.RAW_AFTER_CLEAN, f.cleanedAt(), f.cleanedAt()));
    }
    if (f.latest() != null) {
      Instant at = f.latest().at();
      boolean approve = "APPROVE".equals(f.latest().outcome());
      out.add(
          approve
              ? new Due(id, Rule.APPROVED, at, at.plus(approved))
              : new Due(id, Rule.REJECTED, at, at.plus(rejected)));
    }
    if (f.revokedAt() != null) {
      out.add(new Due(id, Rule.CONSENT_REVOKED, f.revokedAt(), f.revokedAt().plus(revoked)));
    }
    if (f.ingestedAt() != null && f.dataLife() != null && f.dataLife().unit() != TimeUnit.INF) {
      out.add(
          new Due(id, Rule.DATA_LIFE, f.ingestedAt(), plus(f.ingestedAt(), f.dataLife(), zone)));
    }
    out.sort(Comparator.comparing(Due::at).thenComparing(Due::rule));
    return List.copyOf(out);
  }

  /** The earliest rule that erases the whole customer, if any applies. */
  Optional<Due> erasure(Facts f) {
    return due(f).stream().filter(d -> d.rule().erasesCustomer()).findFirst();
  }

  /** The raw-after-clean rule, if it applies. */
  Optional<Due> rawDeletion(Facts f) {
    return due(f).stream().filter(d -> d.rule() == Rule.RAW_AFTER_CLEAN).findFirst();
  }

  /** {@code from} plus a DataLife (not INF), calendar units counted in {@code zone}. */
  static Instant plus(Instant from, Facts.DataLife life, ZoneId zone) {
    long v = life.value();
    return switch (life.unit()) {
      case HOUR -> from.plus(Duration.ofHours(v));
      case DAY -> from.atZone(zone).plusDays(v).toInstant();
      case MONTH -> from.atZone(zone).plusMonths(v).toInstant();
      case YEAR -> from.atZone(zone).plusYears(v).toInstant();
      case INF -> throw new IllegalArgumentException("an INF DataLife never ends");
    };
  }
}
