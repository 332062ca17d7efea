package dev.saakh.core.pipeline;

import dev.saakh.core.analytics.Analysis;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanResult;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.customer.Segment;
import dev.saakh.core.decide.Decider;
import dev.saakh.core.decide.Decision;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.policy.Policy;
import dev.saakh.core.score.Observations;
import dev.saakh.core.score.RiskScore;
import dev.saakh.core.score.Scoring;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Underwrites one customer from its raw lines (cleaned in memory) or from what the clean stage
 * kept: consent check, analyze, score, decide. A customer without a usable consent is stopped
 * before anything is analysed, and nothing is returned for it but the reason. Otherwise only the
 * records in the used consent's {@link ConsentScope} (its FI types and FI data range) reach
 * analytics, observations, scoring and the decision; what was left out is recorded in the decision
 * record's {@code data.excluded}. Lines that could not be read ({@link InputGap}) cap the decision
 * at REFER.
 */
public final class Underwriting {
  /** Decision times are written in India Standard Time. */
  public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private final ThreadLocal<Cleaner> cleaners = ThreadLocal.withInitial(Cleaner::withDefaults);
  private final Policy policy;
  private final Clock clock;

  /** Safe to share between threads: each thread cleans with its own cleaner. */
  public Underwriting(Policy policy, Clock clock) {
    this.policy = java.util.Objects.requireNonNull(policy, "policy");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** The outcome of one run: a decision record, or the reason the customer was stopped. */
  public sealed interface Result permits Decided, Stopped {}

  public record Decided(DecisionRecord record) implements Result {}

  /** No decision: why, and when (the decision clock's time). */
  public record Stopped(String customerId, String reason, OffsetDateTime at) implements Result {}

  /** Underwrites from raw lines read from the lake's raw files, with no lake-wide gaps. */
  public Result run(String customerId, Map<Dataset, List<RawLine>> raw, Decider.Request request) {
    return run(
        customerId, raw, request, DecisionRecord.DataRef.lake(DataSource.LAKE_RAW, List.of()));
  }

  /**
   * Underwrites from raw lines (cleaned here, in memory); {@code data} says where they came from
   * and which lake-wide gaps may hide some of them.
   */
  public Result run(
      String customerId,
      Map<Dataset, List<RawLine>> raw,
      Decider.Request request,
      DecisionRecord.DataRef data) {
    CleanResult clean = cleaners.get().clean(customerId, raw);
    List<Quarantined> quarantined = new ArrayList<>();
    clean.datasets().values().forEach(d -> quarantined.addAll(d.quarantined()));
    return decide(customerId, CustomerData.of(clean), quarantined, inputHash(raw), data, request);
  }

  /** Underwrites from what {@code saakh clean} kept of a customer (its raw lines deleted). */
  public Result run(StoredClean stored, Decider.Request request, DecisionRecord.DataRef data) {
    return decide(
        stored.customerId(), stored.data(), stored.quarantined(), stored.sha256(), data, request);
  }

  private Result decide(
      String customerId,
      CustomerData all,
      List<Quarantined> quarantined,
      String inputs,
      DecisionRecord.DataRef source,
      Decider.Request request) {
    Instant now = clock.instant();
    ConsentCheck.Verdict gate =
        ConsentCheck.usable(all.consents(), Gaps.consents(quarantined), now);
    ConsentArtefact consent = gate.consent();
    if (consent == null) {
      return new Stopped(customerId, gate.refusal(), OffsetDateTime.ofInstant(now, IST));
    }
    ScopedData scoped = ConsentScope.of(consent).apply(all);
    CustomerData data = scoped.data();
    DecisionRecord.DataRef ref =
        source.withGaps(Gaps.lostLines(quarantined)).withExcluded(scoped.excluded());
    Segment segment = segment(customerId, data);
    Map<String, Object> reports = Analysis.run(data, consent);
    LocalDate today = LocalDate.ofInstant(now, IST);
    Observations obs = Observations.of(reports, today);
    RiskScore score = Scoring.score(segment, obs);
    Decision decision =
        Decider.decide(segment, obs, score, policy, request, Gaps.rules(ref.gaps()));
    OffsetDateTime at = OffsetDateTime.ofInstant(now, IST);
    String id =
        UUID.nameUUIDFromBytes(
                (customerId + '|' + inputs + '|' + policy.sha256() + '|' + at + '|' + request)
                    .getBytes(StandardCharsets.UTF_8))
            .toString();
    return new Decided(
        new DecisionRecord(
            id,
            customerId,
            segment.name(),
            at,
            engineVersion(),
            new DecisionRecord.PolicyRef(policy.policyId(), policy.version(), policy.sha256()),
            new DecisionRecord.ConsentRef(
                consent.consentId(),
                consent.purposeCode(),
                consent.purposeText(),
                consent.consentExpiry(),
                consent.fiDataFrom(),
                consent.fiDataTo()),
            inputs,
            ref,
            request.amount(),
            request.tenureMonths(),
            obs.values(),
            decision));
  }

  private static Segment segment(String customerId, CustomerData data) {
    if (!data.customers().isEmpty()) {
      return data.customers().get(0).segment();
    }
    return customerId.startsWith(Segment.MSME.idPrefix()) ? Segment.MSME : Segment.CONSUMER;
  }

  /** SHA-256 over every raw line, datasets in their fixed order, each line ending in a newline. */
  static String inputHash(Map<Dataset, List<RawLine>> raw) {
    MessageDigest d = sha256();
    for (Dataset ds : Dataset.values()) {
      for (RawLine l : raw.getOrDefault(ds, List.of())) {
        addLine(d, l.text());
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** Adds one input line to an input hash: its UTF-8 bytes, then a newline. */
  static void addLine(MessageDigest digest, String line) {
    digest.update(line.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  static String engineVersion() {
    String v = Underwriting.class.getPackage().getImplementationVersion();
    return "saakh " + (v == null ? "development" : v);
  }
}
