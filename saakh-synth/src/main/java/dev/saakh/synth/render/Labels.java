package dev.saakh.synth.render;

import dev.saakh.core.lake.Dataset;
import java.util.List;

/** Writes ground-truth label lines (see {@code docs/datasets.md}) into the customer's buffer. */
final class Labels {
  final JsonLine out;

  Labels(JsonLine out) {
    this.out = out;
  }

  void customer(String customerId, String segment, String profile, int directors) {
    out.beginObject()
        .field("kind", "customer")
        .field("customer_id", customerId)
        .field("segment", segment)
        .field("profile", profile)
        .field("directors", directors)
        .endLine();
  }

  void defect(
      String customerId,
      Dataset dataset,
      String recordId,
      String defect,
      String field,
      String raw,
      String truth,
      String duplicateOf) {
    out.beginObject()
        .field("kind", "defect")
        .field("customer_id", customerId)
        .field("dataset", dataset.fileName())
        .field("record_id", recordId)
        .field("defect", defect)
        .field("field", field)
        .field("raw", raw)
        .field("truth", truth)
        .field("duplicate_of", duplicateOf)
        .endLine();
  }

  void pattern(String customerId, String pattern, List<String> recordIds, String detail) {
    out.beginObject()
        .field("kind", "fraud")
        .field("customer_id", customerId)
        .field("pattern", pattern);
    out.beginArray("record_ids");
    for (String id : recordIds) {
      out.element(id);
    }
    out.endArray().field("detail", detail).endLine();
  }

  /** Starts a truth line; the caller writes the record object and calls {@link #endTruth()}. */
  JsonLine beginTruth(String customerId, Dataset dataset, String recordId) {
    out.beginObject()
        .field("kind", "truth")
        .field("customer_id", customerId)
        .field("dataset", dataset.fileName())
        .field("record_id", recordId);
    return out;
  }

  void endTruth() {
    out.endLine();
  }
}
