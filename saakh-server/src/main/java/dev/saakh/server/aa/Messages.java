package dev.saakh.server.aa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.saakh.server.aa.crypto.KeyMaterial;
import java.util.List;

/**
 * The messages of ReBIT's AA API 2.0.0 that an FIU sends and receives, as records whose JSON names
 * are the specification's ({@code ver}, {@code ConsentDetail}, {@code FIDataRange} …). Timestamps
 * and dates stay text, as sent: {@link Rebit} checks them, so a malformed one is a refusal naming
 * the field, not a mapping error.
 */
public final class Messages {
  private Messages() {}

  /** POST /Consent: the FIU asks the AA for the customer's consent. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ConsentRequest(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("ConsentDetail") ConsentDetail consentDetail) {}

  /** What the FIU asks the customer to consent to. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ConsentDetail(
      @JsonProperty("consentStart") String consentStart,
      @JsonProperty("consentExpiry") String consentExpiry,
      @JsonProperty("consentMode") String consentMode,
      @JsonProperty("fetchType") String fetchType,
      @JsonProperty("consentTypes") List<String> consentTypes,
      @JsonProperty("fiTypes") List<String> fiTypes,
      @JsonProperty("DataConsumer") Entity dataConsumer,
      @JsonProperty("Customer") Customer customer,
      @JsonProperty("Purpose") Purpose purpose,
      @JsonProperty("FIDataRange") Range fiDataRange,
      @JsonProperty("DataLife") Span dataLife,
      @JsonProperty("Frequency") Span frequency,
      @JsonProperty("DataFilter") List<DataFilter> dataFilter) {}

  /**
   * The consent as the AA signed it: the payload of {@code signedConsent} (a compact JWS). It
   * cannot change after the customer approved it.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SignedConsentDetail(
      @JsonProperty("consentStart") String consentStart,
      @JsonProperty("consentExpiry") String consentExpiry,
      @JsonProperty("consentMode") String consentMode,
      @JsonProperty("fetchType") String fetchType,
      @JsonProperty("consentTypes") List<String> consentTypes,
      @JsonProperty("fiTypes") List<String> fiTypes,
      @JsonProperty("DataConsumer") Entity dataConsumer,
      @JsonProperty("DataProvider") Entity dataProvider,
      @JsonProperty("Customer") Customer customer,
      @JsonProperty("Accounts") List<LinkedAccount> accounts,
      @JsonProperty("Purpose") Purpose purpose,
      @JsonProperty("FIDataRange") Range fiDataRange,
      @JsonProperty("DataLife") Span dataLife,
      @JsonProperty("Frequency") Span frequency,
      @JsonProperty("DataFilter") List<DataFilter> dataFilter) {}

  /** A party: {@code id} and {@code type} (FIU, AA, FIP, USER). */
  public record Entity(@JsonProperty("id") String id, @JsonProperty("type") String type) {}

  /** The customer at the AA: {@code id} like {@code 9876543210@finvu}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Customer(
      @JsonProperty("id") String id, @JsonProperty("Identifiers") List<Identifier> identifiers) {}

  /** A customer identifier: type MOBILE, EMAIL or OTHERS. */
  public record Identifier(
      @JsonProperty("type") String type, @JsonProperty("value") String value) {}

  /** Why the FIU asks: ReBIT purpose code (103: aggregated statement, for underwriting). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Purpose(
      @JsonProperty("code") String code,
      @JsonProperty("refUri") String refUri,
      @JsonProperty("text") String text,
      @JsonProperty("Category") Category category) {}

  /** A purpose's category. */
  public record Category(@JsonProperty("type") String type) {}

  /** A date-time range ({@code from}, {@code to}), ISO 8601 text. */
  public record Range(@JsonProperty("from") String from, @JsonProperty("to") String to) {}

  /** A unit and a count: DataLife (DAY, MONTH, YEAR, INF) or Frequency (HOUR … YEAR, INF). */
  public record Span(@JsonProperty("unit") String unit, @JsonProperty("value") int value) {}

  /** A filter on the transactions the FIU may receive. */
  public record DataFilter(
      @JsonProperty("type") String type,
      @JsonProperty("operator") String operator,
      @JsonProperty("value") String value) {}

  /** An account the customer linked to the consent. */
  public record LinkedAccount(
      @JsonProperty("fiType") String fiType,
      @JsonProperty("fipId") String fipId,
      @JsonProperty("accType") String accType,
      @JsonProperty("linkRefNumber") String linkRefNumber,
      @JsonProperty("maskedAccNumber") String maskedAccNumber) {}

  /** The AA's answer to POST /Consent: a handle to follow the request by. */
  public record ConsentResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("Customer") Customer customer,
      @JsonProperty("ConsentHandle") String consentHandle)
      implements AaClient.Envelope {}

  /** POST /Consent/handle: what became of a consent request. */
  public record ConsentHandleRequest(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("ConsentHandle") String consentHandle) {}

  /** The answer: the consent's id once approved, and the request's status. */
  public record ConsentHandleResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("ConsentHandle") String consentHandle,
      @JsonProperty("ConsentStatus") HandleStatus consentStatus)
      implements AaClient.Envelope {}

  /** A consent request's status: PENDING, READY (approved), REJECTED, FAILED … and its id. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HandleStatus(
      @JsonProperty("id") String id, @JsonProperty("status") String status) {}

  /** POST /Consent/fetch: the signed consent artefact of an approved consent. */
  public record ConsentFetchRequest(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("consentId") String consentId) {}

  /** The consent artefact: its status now, and the consent the AA signed. */
  public record ConsentArtefact(
      @JsonProperty("ver") String ver,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("consentId") String consentId,
      @JsonProperty("status") String status,
      @JsonProperty("createTimestamp") String createTimestamp,
      @JsonProperty("signedConsent") String signedConsent,
      @JsonProperty("ConsentUse") ConsentUse consentUse) {}

  /** How the consent has been used. */
  public record ConsentUse(
      @JsonProperty("logUri") String logUri,
      @JsonProperty("count") int count,
      @JsonProperty("lastUseDateTime") String lastUseDateTime) {}

  /** POST /FI/request: open a data session under a consent, with the FIU's key material. */
  public record FiRequest(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("FIDataRange") Range fiDataRange,
      @JsonProperty("Consent") ConsentRef consent,
      @JsonProperty("KeyMaterial") KeyMaterial keyMaterial) {}

  /** The consent a data request is made under, and its signature (the JWS signature part). */
  public record ConsentRef(
      @JsonProperty("id") String id, @JsonProperty("digitalSignature") String digitalSignature) {}

  /** The AA's answer to POST /FI/request: the session to fetch from. */
  public record FiResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("consentId") String consentId,
      @JsonProperty("sessionId") String sessionId)
      implements AaClient.Envelope {}

  /** POST /FI/fetch: the encrypted FI data of a session (optionally of one FIP or account). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FiFetchRequest(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("sessionId") String sessionId,
      @JsonProperty("fipId") String fipId,
      @JsonProperty("linkRefNumber") List<LinkRef> linkRefNumber) {}

  /** An account by its link reference. */
  public record LinkRef(@JsonProperty("id") String id) {}

  /** The FI data: per FIP, each account's document encrypted, and the FIP's key material. */
  public record FiFetchResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("FI") List<FipData> fi)
      implements AaClient.Envelope {}

  /** One FIP's part of the FI data. */
  public record FipData(
      @JsonProperty("fipID") String fipId,
      @JsonProperty("data") List<EncryptedFi> data,
      @JsonProperty("KeyMaterial") KeyMaterial keyMaterial) {}

  /** One account's FI document, encrypted for the FIU. */
  public record EncryptedFi(
      @JsonProperty("linkRefNumber") String linkRefNumber,
      @JsonProperty("maskedAccNumber") String maskedAccNumber,
      @JsonProperty("encryptedFI") String encryptedFi) {}

  /** POST /Consent/Notification: a consent's status changed (either direction). */
  public record ConsentNotification(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("Notifier") Entity notifier,
      @JsonProperty("ConsentStatusNotification") ConsentStatusNotification notification) {}

  /** The consent (by id or handle) and its new status. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ConsentStatusNotification(
      @JsonProperty("consentId") String consentId,
      @JsonProperty("consentHandle") String consentHandle,
      @JsonProperty("consentStatus") String consentStatus) {}

  /** POST /FI/Notification: a data session's status, per FIP and account. */
  public record FiNotification(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("Notifier") Entity notifier,
      @JsonProperty("FIStatusNotification") FiStatusNotification notification) {}

  /** A session's status: ACTIVE, COMPLETED, EXPIRED or FAILED, with each account's. */
  public record FiStatusNotification(
      @JsonProperty("sessionId") String sessionId,
      @JsonProperty("sessionStatus") String sessionStatus,
      @JsonProperty("FIStatusResponse") List<FipStatus> fiStatusResponse) {}

  /** One FIP's accounts and their status. */
  public record FipStatus(
      @JsonProperty("fipID") String fipId,
      @JsonProperty("Accounts") List<AccountStatus> accounts) {}

  /** One account's FI status: READY, DENIED, PENDING, DELIVERED or TIMEOUT. */
  public record AccountStatus(
      @JsonProperty("linkRefNumber") String linkRefNumber,
      @JsonProperty("FIStatus") String fiStatus,
      @JsonProperty("description") String description) {}

  /** The answer to a notification. */
  public record NotificationResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("response") String response) {}

  /** Any party's refusal: an error code of the specification and a message. */
  public record ErrorResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("txnid") String txnid,
      @JsonProperty("errorCode") String errorCode,
      @JsonProperty("errorMsg") String errorMsg) {}

  /** GET /Heartbeat. */
  public record HeartbeatResponse(
      @JsonProperty("ver") String ver,
      @JsonProperty("timestamp") String timestamp,
      @JsonProperty("Status") String status) {}
}
