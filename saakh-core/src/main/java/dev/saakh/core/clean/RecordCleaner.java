package dev.saakh.core.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cleans the records of every dataset but transactions: JSON → normalised values → dataset repairs
 * → the typed record (whose constructor validates it); a record with the id of one already kept is
 * a duplicate when its clean form is equal, and a conflict otherwise. Not thread-safe.
 */
final class RecordCleaner {
  static final ObjectReader READER =
      LakeJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final FieldNormaliser normaliser = new FieldNormaliser();

  DatasetResult clean(String customerId, Dataset dataset, List<RawLine> lines) {
    Tally tally = new Tally();
    List<Record> clean = new ArrayList<>();
    List<Quarantined> quarantined = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    Map<String, Record> kept = new HashMap<>();
    RecordShape shape = RecordShape.of(dataset.cleanType());
    Map<String, String> rawById = new HashMap<>();
    for (RawLine line : lines) {
      Parsed p = parse(customerId, dataset, line);
      if (p.id() != null && p.node() != null) {
        String first = rawById.putIfAbsent(p.id(), line.text());
        if (first != null && sameJson(first, p.node())) {
          duplicates.add(duplicate(customerId, dataset, line, p.id()));
          continue;
        }
      }
      if (p.reasons().isEmpty()) {
        p.reasons().addAll(normaliser.normalise(p.node(), shape, "", tally));
      }
      if (p.reasons().isEmpty()) {
        Repairs.apply(dataset, p.node(), tally);
      }
      Record record = p.reasons().isEmpty() ? bind(dataset, p.node(), p.reasons()) : null;
      if (record == null) {
        quarantined.add(Quarantined.of(customerId, dataset, line, p.id(), p.reasons()));
        continue;
      }
      Record earlier = kept.putIfAbsent(p.id(), record);
      if (earlier == null) {
        clean.add(record);
      } else if (canonical(earlier).equals(canonical(record))) {
        duplicates.add(duplicate(customerId, dataset, line, p.id()));
      } else {
        quarantined.add(
            Quarantined.of(
                customerId,
                dataset,
                line,
                p.id(),
                List.of(new Reason(ReasonCode.DUPLICATE_ID_CONFLICT, dataset.idField(), p.id()))));
      }
    }
    return new DatasetResult(
        dataset, lines.size(), clean, quarantined, duplicates, tally.snapshot());
  }

  /**
   * Whether the first line kept for an id reads as the same JSON as {@code node}: re-read only when
   * an id repeats, so no copy of every raw tree is held.
   */
  private static boolean sameJson(String firstLine, JsonNode node) {
    try {
      return READER.readTree(firstLine).equals(node);
    } catch (JsonProcessingException e) {
      return false; // it was read once already, as an object
    }
  }

  /** A record's clean form as JSON, to compare two records of one id field by field. */
  private static JsonNode canonical(Record record) {
    return LakeJson.mapper().valueToTree(record);
  }

  private static Duplicate duplicate(String customerId, Dataset dataset, RawLine line, String id) {
    return new Duplicate(
        customerId, dataset.fileName(), line.number(), id, id, "same_id", line.text());
  }

  /** A raw line read as far as the envelope: JSON object, id and customer checked. */
  record Parsed(ObjectNode node, String id, List<Reason> reasons) {}

  static Parsed parse(String customerId, Dataset dataset, RawLine line) {
    List<Reason> reasons = new ArrayList<>();
    if (line.problem() != null) {
      reasons.add(new Reason(line.problem(), null, line.byteLength() + " bytes"));
      return new Parsed(null, RawIds.find(line.text(), dataset.idField()), reasons);
    }
    JsonNode node;
    try {
      node = READER.readTree(line.text());
    } catch (JsonProcessingException e) {
      reasons.add(new Reason(ReasonCode.NOT_JSON, null, firstLine(e.getOriginalMessage())));
      return new Parsed(null, RawIds.find(line.text(), dataset.idField()), reasons);
    }
    if (node == null || !node.isObject()) {
      reasons.add(new Reason(ReasonCode.NOT_AN_OBJECT, null, node == null ? "" : nodeKind(node)));
      return new Parsed(null, null, reasons);
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode idNode = object.get(dataset.idField());
    String id =
        idNode != null && idNode.isTextual() && !idNode.asText().isBlank()
            ? idNode.asText().trim()
            : null;
    if (id == null) {
      reasons.add(new Reason(ReasonCode.MISSING_ID, dataset.idField(), null));
    }
    JsonNode customer = object.get("customer_id");
    if (customer == null || !customer.isTextual() || customer.asText().isBlank()) {
      reasons.add(new Reason(ReasonCode.MISSING_CUSTOMER, "customer_id", null));
    } else if (!customer.asText().trim().equals(customerId)) {
      reasons.add(
          new Reason(
              ReasonCode.WRONG_CUSTOMER, "customer_id", FieldNormaliser.clip(customer.asText())));
    }
    return new Parsed(object, id, reasons);
  }

  private static Record bind(Dataset dataset, ObjectNode node, List<Reason> reasons) {
    ObjectMapper mapper = LakeJson.mapper();
    try {
      return mapper.treeToValue(node, dataset.cleanType());
    } catch (ValueInstantiationException e) {
      reasons.add(fromConstructor(e.getCause()));
    } catch (MismatchedInputException e) {
      reasons.add(new Reason(ReasonCode.INVALID_VALUE, path(e), firstLine(e.getOriginalMessage())));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      reasons.add(new Reason(ReasonCode.INVALID_VALUE, null, firstLine(e.getMessage())));
    }
    return null;
  }

  /** A record constructor's complaint: a null check names the field, anything else is invalid. */
  static Reason fromConstructor(Throwable cause) {
    if (cause instanceof NullPointerException && cause.getMessage() != null) {
      return new Reason(ReasonCode.MISSING_FIELD, RecordShape.jsonName(cause.getMessage()), null);
    }
    return new Reason(
        ReasonCode.INVALID_VALUE, null, cause == null ? null : firstLine(cause.getMessage()));
  }

  private static String path(MismatchedInputException e) {
    StringBuilder b = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int nl = message.indexOf('\n');
    return FieldNormaliser.clip(nl < 0 ? message : message.substring(0, nl));
  }

  private static String nodeKind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
