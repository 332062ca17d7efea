package dev.saakh.server.consent;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.lake.LakeJson;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The {@code aa_consent} table: one row per consent request, and its artefact once approved. */
@Component
public class ConsentStore {
  private static final String COLUMNS =
      "consent_handle, consent_id, customer_id, aa_id, aa_customer_id, txnid, status, status_at,"
          + " requested, signed_consent, artefact, created_by, created_at, last_fetch_at";

  private static final RowMapper<Row> ROW =
      (rs, n) ->
          new Row(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              rs.getString(6),
              rs.getString(7),
              rs.getObject(8, OffsetDateTime.class),
              rs.getString(9),
              rs.getString(10),
              rs.getString(11),
              rs.getString(12),
              rs.getObject(13, OffsetDateTime.class),
              rs.getObject(14, OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  public ConsentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One consent as the FIU holds it.
   *
   * @param requested the ConsentDetail asked for (ReBIT JSON)
   * @param signedConsent the AA's compact JWS, once fetched
   * @param artefact the verified artefact as core reads it (lake JSON), once fetched
   */
  public record Row(
      String consentHandle,
      String consentId,
      String customerId,
      String aaId,
      String aaCustomerId,
      String txnid,
      String status,
      OffsetDateTime statusAt,
      String requested,
      String signedConsent,
      String artefact,
      String createdBy,
      OffsetDateTime createdAt,
      OffsetDateTime lastFetchAt) {}

  public void insert(Row r) {
    jdbc.update(
        "INSERT INTO aa_consent ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.consentHandle(),
        r.consentId(),
        r.customerId(),
        r.aaId(),
        r.aaCustomerId(),
        r.txnid(),
        r.status(),
        r.statusAt(),
        r.requested(),
        r.signedConsent(),
        r.artefact(),
        r.createdBy(),
        r.createdAt(),
        r.lastFetchAt());
  }

  public Optional<Row> byHandle(String handle) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM aa_consent WHERE consent_handle = ?", ROW, handle)
        .stream()
        .findFirst();
  }

  public Optional<Row> byId(String consentId) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM aa_consent WHERE consent_id = ?", ROW, consentId)
        .stream()
        .findFirst();
  }

  /** The customer's consents, newest request first. */
  public List<Row> byCustomer(String customerId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM aa_consent WHERE customer_id = ? ORDER BY created_at DESC",
        ROW,
        customerId);
  }

  /** Consents in a status (e.g. ACTIVE ones, for periodic fetches). */
  public List<Row> withStatus(String status) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM aa_consent WHERE status = ? ORDER BY created_at", ROW, status);
  }

  /** A new status; returns false when the consent is not held. */
  public boolean status(String handle, String status, OffsetDateTime at) {
    return jdbc.update(
            "UPDATE aa_consent SET status = ?, status_at = ? WHERE consent_handle = ?",
            status,
            at,
            handle)
        == 1;
  }

  /**
   * The approved consent: its id, the signed artefact, the artefact as core reads it, its status.
   */
  public void approved(
      String handle,
      String consentId,
      String signed,
      String artefact,
      String status,
      OffsetDateTime at) {
    jdbc.update(
        "UPDATE aa_consent SET consent_id = ?, signed_consent = ?, artefact = ?, status = ?,"
            + " status_at = ? WHERE consent_handle = ?",
        consentId,
        signed,
        artefact,
        status,
        at,
        handle);
  }

  /** Data was fetched under the consent at {@code at}. */
  public void fetched(String consentId, OffsetDateTime at) {
    jdbc.update("UPDATE aa_consent SET last_fetch_at = ? WHERE consent_id = ?", at, consentId);
  }

  /**
   * The artefact of a held consent, with the status held now (a notification may have changed it).
   */
  public static ConsentArtefact artefact(ConsentStore.Row r) {
    try {
      ConsentArtefact a = LakeJson.mapper().readValue(r.artefact(), ConsentArtefact.class);
      dev.saakh.core.consent.ConsentStatus status =
          switch (r.status()) {
            case "ACTIVE" -> dev.saakh.core.consent.ConsentStatus.ACTIVE;
            case "PAUSED" -> dev.saakh.core.consent.ConsentStatus.PAUSED;
            case "EXPIRED" -> dev.saakh.core.consent.ConsentStatus.EXPIRED;
            default -> dev.saakh.core.consent.ConsentStatus.REVOKED;
          };
      return status == a.status() ? a : withStatus(a, status);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "the stored artefact of consent " + r.consentId() + " is unreadable", e);
    }
  }

  private static ConsentArtefact withStatus(
      ConsentArtefact a, dev.saakh.core.consent.ConsentStatus s) {
    return new ConsentArtefact(
        a.consentId(),
        a.customerId(),
        a.aaHandle(),
        a.consentStart(),
        a.consentExpiry(),
        a.consentMode(),
        a.fetchType(),
        a.consentTypes(),
        a.fiTypes(),
        a.dataConsumerId(),
        a.purposeCode(),
        a.purposeText(),
        a.fiDataFrom(),
        a.fiDataTo(),
        a.dataLifeUnit(),
        a.dataLifeValue(),
        a.frequencyUnit(),
        a.frequencyValue(),
        s);
  }
}
