package dev.saakh.server.consent;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.pipeline.Underwriting;
import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.Rebit;
import dev.saakh.server.aa.RebitException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed consent turned into the artefact core's gate reads, after checking it is the consent
 * asked for: same customer, this FIU as the data consumer, the purpose asked, no FI type and no
 * data range beyond the request. Anything else is a refusal naming the field, and the consent is
 * not used.
 */
final class Artefacts {
  private Artefacts() {}

  static ConsentArtefact of(
      String consentId,
      String customerId,
      String status,
      Messages.SignedConsentDetail s,
      Messages.ConsentDetail asked,
      String fiuId) {
    require(
        s.customer() != null && asked.customer().id().equals(s.customer().id()),
        "the signed consent is for customer "
            + (s.customer() == null ? "none" : s.customer().id())
            + ", not "
            + asked.customer().id());
    require(
        s.dataConsumer() != null && fiuId.equals(s.dataConsumer().id()),
        "the signed consent's DataConsumer is not this FIU (" + fiuId + ")");
    require(
        s.purpose() != null && asked.purpose().code().equals(s.purpose().code()),
        "the signed consent's purpose is not the one asked (" + asked.purpose().code() + ")");
    require(
        s.fiTypes() != null && asked.fiTypes().containsAll(s.fiTypes()),
        "the signed consent names FI types "
            + s.fiTypes()
            + " beyond those asked "
            + asked.fiTypes());
    require(s.fiDataRange() != null, "the signed consent has no FIDataRange");
    OffsetDateTime from = at(s.fiDataRange().from(), "FIDataRange.from");
    OffsetDateTime to = at(s.fiDataRange().to(), "FIDataRange.to");
    require(
        !from.isBefore(at(asked.fiDataRange().from(), "asked from"))
            && !to.isAfter(at(asked.fiDataRange().to(), "asked to")),
        "the signed consent's FIDataRange is wider than the one asked");
    List<FiType> types = new ArrayList<>();
    for (String t : s.fiTypes()) {
      types.add(parse(FiType.class, t, "fiTypes"));
    }
    List<ConsentType> consentTypes = new ArrayList<>();
    for (String t : s.consentTypes() == null ? List.<String>of() : s.consentTypes()) {
      consentTypes.add(parse(ConsentType.class, t, "consentTypes"));
    }
    require(s.dataLife() != null && s.frequency() != null, "DataLife and Frequency are required");
    return new ConsentArtefact(
        consentId,
        customerId,
        s.customer().id(),
        at(s.consentStart(), "consentStart"),
        at(s.consentExpiry(), "consentExpiry"),
        parse(ConsentMode.class, s.consentMode(), "consentMode"),
        parse(FetchType.class, s.fetchType(), "fetchType"),
        consentTypes,
        types,
        s.dataConsumer().id(),
        code(s.purpose().code()),
        s.purpose().text() == null ? "" : s.purpose().text(),
        date(from),
        date(to),
        parse(TimeUnit.class, s.dataLife().unit(), "DataLife.unit"),
        s.dataLife().value(),
        parse(TimeUnit.class, s.frequency().unit(), "Frequency.unit"),
        s.frequency().value(),
        parse(ConsentStatus.class, status, "status"));
  }

  private static OffsetDateTime at(String text, String field) {
    return Rebit.instant(text, field, null).atZone(Underwriting.IST).toOffsetDateTime();
  }

  private static LocalDate date(OffsetDateTime t) {
    return t.atZoneSameInstant(Underwriting.IST).toLocalDate();
  }

  private static int code(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw Rebit.invalid("Purpose.code '" + Rebit.clip(text) + "' is not a number", null);
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
    }
    throw Rebit.invalid(field + " '" + Rebit.clip(value) + "' is not one this server reads", null);
  }

  private static void require(boolean ok, String why) {
    if (!ok) {
      throw RebitException.discarded(why, null);
    }
  }
}
