package dev.saakh.core.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An AA consent artefact, flattened to the fields underwriting needs.
 *
 * @param aaHandle the customer's AA id, like {@code 9876543210@finvu}
 * @param fiDataFrom start of the FI data range the FIU may fetch
 * @param fiDataTo end of that range
 */
public record ConsentArtefact(
    String consentId,
    String customerId,
    String aaHandle,
    OffsetDateTime consentStart,
    OffsetDateTime consentExpiry,
    ConsentMode consentMode,
    FetchType fetchType,
    List<ConsentType> consentTypes,
    List<FiType> fiTypes,
    String dataConsumerId,
    int purposeCode,
    String purposeText,
    LocalDate fiDataFrom,
    LocalDate fiDataTo,
    TimeUnit dataLifeUnit,
    int dataLifeValue,
    TimeUnit frequencyUnit,
    int frequencyValue,
    ConsentStatus status) {

  public ConsentArtefact {
    Objects.requireNonNull(consentId, "consentId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(aaHandle, "aaHandle");
    Objects.requireNonNull(consentStart, "consentStart");
    Objects.requireNonNull(consentExpiry, "consentExpiry");
    Objects.requireNonNull(consentMode, "consentMode");
    Objects.requireNonNull(fetchType, "fetchType");
    consentTypes = List.copyOf(Objects.requireNonNull(consentTypes, "consentTypes"));
    fiTypes = List.copyOf(Objects.requireNonNull(fiTypes, "fiTypes"));
    Objects.requireNonNull(dataConsumerId, "dataConsumerId");
    Objects.requireNonNull(purposeText, "purposeText");
    Objects.requireNonNull(fiDataFrom, "fiDataFrom");
    Objects.requireNonNull(fiDataTo, "fiDataTo");
    Objects.requireNonNull(dataLifeUnit, "dataLifeUnit");
    Objects.requireNonNull(frequencyUnit, "frequencyUnit");
    Objects.requireNonNull(status, "status");
    if (!consentExpiry.isAfter(consentStart)) {
      throw new IllegalArgumentException("consentExpiry must be after consentStart");
    }
    if (fiDataTo.isBefore(fiDataFrom)) {
      throw new IllegalArgumentException("fiDataTo must not be before fiDataFrom");
    }
  }
}
