package dev.saakh.core.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.bank.Bank;
import dev.saakh.core.bank.HolderRole;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * ReBIT DEPOSIT fields to the lake's raw record fields (docs/datasets.md), values kept as the
 * source wrote them: parsing them is the cleaner's work.
 */
final class RebitRecords {
  /** Decimal numbers written plainly up to this scale and precision, in E notation beyond. */
  private static final int PLAIN_DIGITS = 64;

  private RebitRecords() {}

  /**
   * A raw {@code accounts} record without {@code account_id} and {@code customer_id}, from an
   * account's {@code Profile} and {@code Summary}: the first holder, role INDIVIDUAL.
   */
  static ObjectNode account(String masked, JsonNode profile, JsonNode summary, String path) {
    JsonNode holders = profile.path("Holders").path("Holder");
    JsonNode holder = holders.isArray() ? holders.path(0) : holders;
    String holderPath = path + ".Profile.Holders.Holder" + (holders.isArray() ? "[0]" : "");
    String summaryPath = path + ".Summary";
    String ifsc = either(summary, "ifscCode", "ifsc", summaryPath);
    Bank bank = Bank.fromIfsc(ifsc);
    String facility = facility(text(summary, "facility", summaryPath));
    boolean hasFacility = facility != null && !facility.isBlank();
    String currency = text(summary, "currency", summaryPath);
    ObjectNode o = LakeJson.mapper().createObjectNode();
    o.put("bank", bank == null ? null : bank.name());
    o.put("masked_acc_number", masked);
    o.put("ifsc", ifsc);
    o.put("branch", text(summary, "branch", summaryPath));
    o.put("type", text(summary, "type", summaryPath));
    o.put("facility", hasFacility ? facility : null);
    o.put("sanctioned_limit", hasFacility ? text(summary, "currentODLimit", summaryPath) : null);
    o.put("opening_date", text(summary, "openingDate", summaryPath));
    o.put("current_balance", text(summary, "currentBalance", summaryPath));
    o.put("balance_date", text(summary, "balanceDateTime", summaryPath));
    o.put("currency", currency == null || currency.isBlank() ? "INR" : currency);
    o.put("holder_name", text(holder, "name", holderPath));
    o.put("holder_pan", text(holder, "pan", holderPath));
    o.put("holder_mobile", text(holder, "mobile", holderPath));
    o.put("holder_role", HolderRole.INDIVIDUAL.name());
    return o;
  }

  /**
   * A raw {@code transactions} record without {@code transaction_id}, {@code account_id} and {@code
   * customer_id}.
   */
  static ObjectNode transaction(JsonNode t, String path) {
    String timestamp = text(t, "transactionTimestamp", path);
    String valueDate = text(t, "valueDate", path);
    ObjectNode o = LakeJson.mapper().createObjectNode();
    o.put("date", timestamp == null || timestamp.isBlank() ? valueDate : timestamp);
    o.put("amount", text(t, "amount", path));
    o.put("narration", text(t, "narration", path));
    o.put("balance", either(t, "currentBalance", "transactionalBalance", path));
    o.put("type", text(t, "type", path));
    o.put("mode", text(t, "mode", path));
    o.put("value_date", valueDate);
    o.put("reference", text(t, "reference", path));
    return o;
  }

  /** The first of two fields that holds a non-blank value, else the first's value. */
  static String either(JsonNode node, String field, String other, String path) {
    String v = text(node, field, path);
    return v == null || v.isBlank() ? firstNonNull(text(node, other, path), v) : v;
  }

  private static String firstNonNull(String a, String b) {
    return a == null ? b : a;
  }

  /**
   * A facility as the lake writes it: {@code OVERDRAFT} becomes {@code OD}, {@code CASH_CREDIT} or
   * {@code CASH CREDIT} becomes {@code CC}, case ignored; blank is none; anything else is kept for
   * the cleaner to judge.
   */
  static String facility(String f) {
    if (f == null || f.isBlank()) {
      return null;
    }
    String u = f.strip().toUpperCase(Locale.ROOT);
    return switch (u) {
      case "OVERDRAFT", "OD" -> "OD";
      case "CASH_CREDIT", "CASH CREDIT", "CASHCREDIT", "CC" -> "CC";
      default -> f;
    };
  }

  /**
   * A scalar field as text: null when absent or null, numbers and booleans as written; an object or
   * array where a value belongs is refused with its JSON path.
   */
  static String text(JsonNode node, String field, String path) {
    JsonNode v = node.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    if (v.isContainerNode()) {
      throw new StatementException(
          Code.BAD_RECORD,
          path
              + "."
              + field
              + ": expected a value, found "
              + (v.isArray() ? "an array" : "an object"));
    }
    if (v.isBigDecimal()) {
      BigDecimal d = v.decimalValue();
      boolean plain = Math.abs(d.scale()) <= PLAIN_DIGITS && d.precision() <= PLAIN_DIGITS;
      return plain ? d.toPlainString() : d.toString();
    }
    return v.asText();
  }
}
