package dev.saakh.server.simulator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.saakh.server.aa.Messages;
import java.util.Objects;

/**
 * A consent request at the simulated AA and, once the customer approved it, the consent artefact.
 *
 * @param handleStatus the request's status: PENDING, READY (approved) or REJECTED
 * @param status the artefact's: null until approved, then ACTIVE, PAUSED, REVOKED or EXPIRED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Consent(
    @JsonProperty("consentHandle") String handle,
    @JsonProperty("aaCustomerId") String aaCustomerId,
    @JsonProperty("customerId") String customerId,
    @JsonIgnore Messages.ConsentDetail detail,
    @JsonProperty("createTimestamp") String created,
    @JsonProperty("handleStatus") String handleStatus,
    @JsonProperty("consentId") String consentId,
    @JsonProperty("status") String status,
    @JsonIgnore String signedConsent,
    @JsonProperty("useCount") int useCount,
    @JsonProperty("lastUseDateTime") String lastUse) {
  Consent {
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(aaCustomerId, "aaCustomerId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(handleStatus, "handleStatus");
  }

  static Consent pending(
      String handle,
      String aaCustomerId,
      String customerId,
      Messages.ConsentDetail detail,
      String created) {
    return new Consent(
        handle, aaCustomerId, customerId, detail, created, "PENDING", null, null, null, 0, null);
  }

  Consent approved(String id, String signed) {
    return new Consent(
        handle, aaCustomerId, customerId, detail, created, "READY", id, "ACTIVE", signed, 0, null);
  }

  Consent rejected() {
    return new Consent(
        handle, aaCustomerId, customerId, detail, created, "REJECTED", null, null, null, 0, null);
  }

  Consent withStatus(String next) {
    return new Consent(
        handle,
        aaCustomerId,
        customerId,
        detail,
        created,
        handleStatus,
        consentId,
        next,
        signedConsent,
        useCount,
        lastUse);
  }

  Consent used(String at) {
    return new Consent(
        handle,
        aaCustomerId,
        customerId,
        detail,
        created,
        handleStatus,
        consentId,
        status,
        signedConsent,
        useCount + 1,
        at);
  }

  @JsonProperty("fiTypes")
  java.util.List<String> fiTypes() {
    return detail.fiTypes();
  }

  @JsonProperty("FIDataRange")
  Messages.Range range() {
    return detail.fiDataRange();
  }
}
