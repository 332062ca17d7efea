package dev.saakh.core.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.saakh.core.decide.Decision;
import dev.saakh.core.money.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a decision rests on, written to {@code LAKE/decisions/ID/decision.json}: who, when
 * (from the injected clock), which engine, policy (id, version, SHA-256) and consent, a hash of
 * every input line, where the data came from and what of it could not be read, what was asked, the
 * observations and the decision.
 */
public record DecisionRecord(
    String decisionId,
    String customerId,
    String segment,
    OffsetDateTime decidedAt,
    String engineVersion,
    PolicyRef policy,
    ConsentRef consent,
    String inputSha256,
    DataRef data,
    Money requestedAmount,
    Integer requestedTenureMonths,
    Map<String, Double> observations,
    Decision decision) {
  /** The policy a decision was made under. */
  public record PolicyRef(String id, String version, String sha256) {}

  /**
   * Where the data came from, what of it could not be read, and what of it the consent did not
   * allow (left out before analysis). For simulated data, the generator seed and as-of date that
   * reproduce it; null otherwise.
   *
   * @param excluded records outside the used consent's FI types or FI data range, per dataset and
   *     reason; none of them reached analytics, observations, scoring or the decision
   * @param fetches for data fetched through an Account Aggregator: each FI data session the data
   *     came from (written only when there are some)
   */
  public record DataRef(
      DataSource source,
      Long generatorSeed,
      LocalDate generatedAsOf,
      List<InputGap> gaps,
      List<Excluded> excluded,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FetchRef> fetches) {
    public DataRef {
      Objects.requireNonNull(source, "source");
      gaps = List.copyOf(gaps);
      excluded = List.copyOf(excluded);
      fetches = fetches == null ? List.of() : List.copyOf(fetches);
    }

    public DataRef(
        DataSource source,
        Long generatorSeed,
        LocalDate generatedAsOf,
        List<InputGap> gaps,
        List<Excluded> excluded) {
      this(source, generatorSeed, generatedAsOf, gaps, excluded, List.of());
    }

    /** Data fetched through an Account Aggregator in these FI data sessions. */
    public static DataRef fetched(List<FetchRef> sessions) {
      return new DataRef(DataSource.AA, null, null, List.of(), List.of(), sessions);
    }

    /** Data read from the lake's raw files, with these lake-wide gaps. */
    public static DataRef lake(DataSource source, List<InputGap> gaps) {
      return new DataRef(source, null, null, gaps, List.of());
    }

    /** Data the generator made for this decision (seed, as-of date of the data). */
    public static DataRef simulated(long seed, LocalDate asOf) {
      return new DataRef(DataSource.SIMULATED, seed, asOf, List.of(), List.of());
    }

    DataRef withExcluded(List<Excluded> left) {
      return new DataRef(source, generatorSeed, generatedAsOf, gaps, left, fetches);
    }

    DataRef withGaps(List<InputGap> more) {
      if (more.isEmpty()) {
        return this;
      }
      List<InputGap> all = new ArrayList<>(more);
      all.addAll(gaps);
      return new DataRef(source, generatorSeed, generatedAsOf, all, excluded, fetches);
    }
  }

  /**
   * One FI data session through an Account Aggregator: its id, the consent it was opened under, the
   * FI data range asked for, when the data was fetched and the FI types it brought.
   */
  public record FetchRef(
      String sessionId,
      String consentId,
      OffsetDateTime fiDataFrom,
      OffsetDateTime fiDataTo,
      OffsetDateTime fetchedAt,
      List<String> fiTypes) {
    public FetchRef {
      Objects.requireNonNull(sessionId, "sessionId");
      fiTypes = List.copyOf(fiTypes);
    }
  }

  /** The consent a decision used, and its FI data range (the records read were dated inside it). */
  public record ConsentRef(
      String id,
      int purposeCode,
      String purposeText,
      OffsetDateTime expiry,
      LocalDate fiDataFrom,
      LocalDate fiDataTo) {}

  public DecisionRecord {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(data, "data");
    observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
  }
}
