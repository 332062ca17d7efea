package dev.saakh.server.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.saakh.core.analytics.CustomerData;
import dev.saakh.core.clean.CleanFiles;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.ConsentScope;
import dev.saakh.server.store.CustomerStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a customer's records of one dataset may be served inside a consent and a date window:
 * core's {@link ConsentScope} decides for clean records; a raw line is served only when cleaning
 * read it into a record the scope keeps (matched by the dataset's id field), since only then is its
 * date known. Everything else is counted, never read out.
 */
final class Selection {
  private final CustomerStore store;
  private final Cleaner cleaner;

  Selection(CustomerStore store, Cleaner cleaner) {
    this.store = store;
    this.cleaner = cleaner;
  }

  /** The records to serve, how many were kept back, and why (null when none). */
  record Picked(List<JsonNode> records, long withheld, String why) {}

  Picked pick(
      CustomerStore.Customer c,
      ConsentArtefact consent,
      Dataset dataset,
      String type,
      LocalDate from,
      LocalDate to) {
    String id = c.customerId();
    ConsentScope window = ConsentScope.of(narrowed(consent, from, to));
    List<JsonNode> out = new ArrayList<>();
    switch (type) {
      case "clean" -> {
        CustomerData data =
            c.cleanedAt() != null
                ? store.storedClean(id).orElseThrow().data()
                : CustomerData.of(cleaner.clean(id, store.raw(id)));
        List<? extends Record> kept = window.apply(data).data().records(dataset);
        kept.forEach(r -> out.add(tree(CleanFiles.line(r))));
        long withheld = data.records(dataset).size() - kept.size();
        return new Picked(
            out,
            withheld,
            withheld == 0 ? null : "outside the consent's FI types or the asked date range");
      }
      case "raw" -> {
        Map<Dataset, List<RawLine>> raw = store.raw(id);
        Set<String> ids = new HashSet<>();
        for (Record r :
            window.apply(CustomerData.of(cleaner.clean(id, raw))).data().records(dataset)) {
          ids.add(idOf(dataset, tree(CleanFiles.line(r))));
        }
        long withheld = 0;
        for (RawLine l : raw.get(dataset)) {
          JsonNode node = tree(l.text());
          if (ids.contains(idOf(dataset, node))) {
            out.add(node);
          } else {
            withheld++;
          }
        }
        return new Picked(
            out,
            withheld,
            withheld == 0
                ? null
                : "raw lines are served only when cleaning could read them and date them inside"
                    + " the consent (see type=quarantine for the rest)");
      }
      default -> {
        store.quarantineLines(id, dataset).forEach(l -> out.add(tree(l)));
        return new Picked(out, 0, null);
      }
    }
  }

  /** The consent with its FI data range cut down to [from, to]. */
  static ConsentArtefact narrowed(ConsentArtefact c, LocalDate from, LocalDate to) {
    LocalDate f = from.isAfter(c.fiDataFrom()) ? from : c.fiDataFrom();
    LocalDate t = to.isBefore(c.fiDataTo()) ? to : c.fiDataTo();
    if (t.isBefore(f)) {
      t = f;
    }
    return new ConsentArtefact(
        c.consentId(),
        c.customerId(),
        c.aaHandle(),
        c.consentStart(),
        c.consentExpiry(),
        c.consentMode(),
        c.fetchType(),
        c.consentTypes(),
        c.fiTypes(),
        c.dataConsumerId(),
        c.purposeCode(),
        c.purposeText(),
        f,
        t,
        c.dataLifeUnit(),
        c.dataLifeValue(),
        c.frequencyUnit(),
        c.frequencyValue(),
        c.status());
  }

  private static String idOf(Dataset d, JsonNode node) {
    JsonNode v = node.get(d.idField());
    return v == null || v.isNull() ? null : v.asText();
  }

  static JsonNode tree(String text) {
    try {
      return LakeJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(text);
    }
  }
}
