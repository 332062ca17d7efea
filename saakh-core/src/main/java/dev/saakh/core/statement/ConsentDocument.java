package dev.saakh.core.statement;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ReBIT consent JSON read into a {@link ConsentArtefact}: either a ConsentArtefact ({@code
 * consentId}, {@code status}, and {@code ConsentDetail} or only {@code signedConsent}, a JWS whose
 * payload is the ConsentDetail) or a bare ConsentDetail ({@code consentStart}, {@code
 * consentExpiry}, …).
 *
 * <p>The JWS signature is not verified here: core holds no AA key. A bare ConsentDetail has no id
 * or status of its own: its id is {@code DETAIL-} and 16 hex digits of the SHA-256 of its text, its
 * status {@code ACTIVE}. Timestamps take {@code Z}, {@code +05:30} or {@code +0530}; one without an
 * offset is IST, as ReBIT writes them. The FI data range's ends are their IST dates. The customer
 * id is the root's {@code customer_id}, else {@link BankStatementFile#ANONYMOUS_CUSTOMER}. Every
 * field that is missing or not what the spec allows is a {@link Code#BAD_RECORD} naming it.
 */
public final class ConsentDocument {
  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  private static final Pattern COMPACT_OFFSET =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+)([+-]\\d{2})(\\d{2})");

  private final String source;

  private ConsentDocument(String source) {
    this.source = source;
  }

  /** Whether a JSON root is a consent: a ConsentArtefact or a bare ConsentDetail. */
  static boolean isConsent(JsonNode root) {
    return root.isObject()
        && (root.has("ConsentDetail")
            || root.has("signedConsent")
            || (root.has("consentStart") && root.has("consentExpiry")));
  }

  /**
   * Reads a consent.
   *
   * @param source how messages name the input
   * @throws StatementException naming the source and the field when a field is missing or wrong
   */
  public static ConsentArtefact read(JsonNode root, String source) {
    return new ConsentDocument(source).artefact(root);
  }

  private ConsentArtefact artefact(JsonNode root) {
    if (!root.isObject()) {
      throw bad("$", "expected a ReBIT ConsentArtefact or ConsentDetail object");
    }
    boolean bare = !root.has("ConsentDetail") && !root.has("signedConsent");
    String prefix = bare ? "" : "ConsentDetail.";
    JsonNode d = bare ? root : detail(root);
    String consentId = bare ? "DETAIL-" + digest(root.toString()) : text(root, "consentId");
    ConsentStatus status =
        bare ? ConsentStatus.ACTIVE : choice(ConsentStatus.class, root.path("status"), "status");
    String customerId = customer(root.path("customer_id"));
    JsonNode range = d.path("FIDataRange");
    try {
      return new ConsentArtefact(
          consentId,
          customerId,
          text(d.path("Customer"), prefix + "Customer.id", "id"),
          time(d.path("consentStart"), prefix + "consentStart"),
          time(d.path("consentExpiry"), prefix + "consentExpiry"),
          choice(ConsentMode.class, d.path("consentMode"), prefix + "consentMode"),
          choice(FetchType.class, d.path("fetchType"), prefix + "fetchType"),
          list(ConsentType.class, d.path("consentTypes"), prefix + "consentTypes"),
          list(FiType.class, d.path("fiTypes"), prefix + "fiTypes"),
          text(d.path("DataConsumer"), prefix + "DataConsumer.id", "id"),
          number(d.path("Purpose").path("code"), prefix + "Purpose.code"),
          optional(d.path("Purpose").path("text")),
          date(range.path("from"), prefix + "FIDataRange.from"),
          date(range.path("to"), prefix + "FIDataRange.to"),
          choice(TimeUnit.class, d.path("DataLife").path("unit"), prefix + "DataLife.unit"),
          number(d.path("DataLife").path("value"), prefix + "DataLife.value"),
          choice(TimeUnit.class, d.path("Frequency").path("unit"), prefix + "Frequency.unit"),
          number(d.path("Frequency").path("value"), prefix + "Frequency.value"),
          status);
    } catch (IllegalArgumentException e) {
      throw bad(prefix.isEmpty() ? "$" : "ConsentDetail", e.getMessage());
    }
  }

  private String customer(JsonNode v) {
    if (v.isMissingNode() || v.isNull()) {
      return BankStatementFile.ANONYMOUS_CUSTOMER;
    }
    try {
      CustomerId.parse(v.asText());
      return v.asText();
    } catch (IllegalArgumentException e) {
      throw bad("customer_id", e.getMessage());
    }
  }

  /** The ConsentDetail object, or the payload of the signed consent when there is none. */
  private JsonNode detail(JsonNode root) {
    JsonNode d = root.path("ConsentDetail");
    if (d.isObject()) {
      return d;
    }
    if (!d.isMissingNode() && !d.isNull()) {
      throw bad("ConsentDetail", "expected an object, found " + kind(d));
    }
    JsonNode jws = root.path("signedConsent");
    String[] parts = jws.isTextual() ? jws.asText().split("\\.", -1) : new String[0];
    if (parts.length != 3) {
      throw bad("signedConsent", "expected a JWS (header.payload.signature), found " + kind(jws));
    }
    try {
      JsonNode payload = LakeJson.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (payload == null || !payload.isObject()) {
        throw bad("signedConsent", "its payload is not a JSON object");
      }
      return payload.path("ConsentDetail").isObject() ? payload.path("ConsentDetail") : payload;
    } catch (IllegalArgumentException e) {
      throw bad("signedConsent", "its payload is not base64url");
    } catch (IOException e) {
      throw bad("signedConsent", "its payload is not JSON");
    }
  }

  private String text(JsonNode o, String field) {
    return text(o, field, field);
  }

  private String text(JsonNode o, String name, String field) {
    JsonNode v = o.path(field);
    if (!v.isValueNode() || v.isNull() || v.asText().isBlank()) {
      throw bad(name, "missing or not a value (found " + kind(v) + ")");
    }
    return v.asText();
  }

  private static String optional(JsonNode v) {
    return v.isValueNode() && !v.isNull() ? v.asText() : "";
  }

  private int number(JsonNode v, String name) {
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isTextual()) {
      try {
        return Integer.parseInt(v.asText().strip());
      } catch (NumberFormatException e) {
        throw bad(name, "'" + clip(v.asText()) + "' is not a whole number");
      }
    }
    throw bad(name, "expected a whole number, found " + kind(v));
  }

  private <E extends Enum<E>> E choice(Class<E> type, JsonNode v, String name) {
    if (!v.isTextual()) {
      throw bad(name, "expected one of " + names(type) + ", found " + kind(v));
    }
    String s = v.asText().strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw bad(name, "'" + clip(v.asText()) + "' is not one of " + names(type));
  }

  private <E extends Enum<E>> List<E> list(Class<E> type, JsonNode v, String name) {
    if (!v.isArray()) {
      throw bad(name, "expected an array of " + names(type) + ", found " + kind(v));
    }
    List<E> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      E e = choice(type, v.get(i), name + "[" + i + "]");
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private OffsetDateTime time(JsonNode v, String name) {
    if (!v.isTextual()) {
      throw bad(name, "expected an ISO 8601 timestamp, found " + kind(v));
    }
    String s = offset(v.asText().strip());
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException offsetMissing) {
      try {
        return LocalDateTime.parse(s).atOffset(IST);
      } catch (DateTimeParseException e) {
        throw bad(name, "'" + clip(v.asText()) + "' is not an ISO 8601 timestamp");
      }
    }
  }

  /** A timestamp whose offset is written {@code +0530} rewritten {@code +05:30}, as ISO allows. */
  private static String offset(String timestamp) {
    Matcher m = COMPACT_OFFSET.matcher(timestamp);
    return m.matches() ? m.group(1) + m.group(2) + ":" + m.group(3) : timestamp;
  }

  private LocalDate date(JsonNode v, String name) {
    if (v.isTextual() && v.asText().strip().length() == "2025-01-01".length()) {
      try {
        return LocalDate.parse(v.asText().strip());
      } catch (DateTimeParseException e) {
        throw bad(name, "'" + clip(v.asText()) + "' is not a date");
      }
    }
    return time(v, name).atZoneSameInstant(IST).toLocalDate();
  }

  private static String names(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return String.join(", ", names);
  }

  private static String kind(JsonNode v) {
    if (v.isMissingNode()) {
      return "nothing";
    }
    return v.isTextual()
        ? "'" + clip(v.asText()) + "'"
        : v.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static String digest(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private StatementException bad(String field, String what) {
    return new StatementException(Code.BAD_RECORD, source + ": " + field + ": " + what);
  }
}
