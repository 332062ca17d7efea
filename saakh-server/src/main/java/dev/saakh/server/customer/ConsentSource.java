package dev.saakh.server.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.saakh.core.clean.Cleaner;
import dev.saakh.core.clean.RawLine;
import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.pipeline.DataSource;
import dev.saakh.server.consent.ConsentStore;
import dev.saakh.server.store.CustomerStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the gate's consents come from. Data fetched through an AA: the artefacts the AA signed,
 * with the status held now (a PAUSED or REVOKED notification stops their use at the next request,
 * nothing cached). Any other data: the consent records among the customer's data (clean lines after
 * a clean, else the raw lines cleaned), read once per version of that data: the cache key is the
 * SHA-256 of what they were read from, so a new fetch or clean is seen at once.
 */
final class ConsentSource {
  private final CustomerStore store;
  private final ConsentStore aaConsents;
  private final ThreadLocal<Cleaner> cleaners;
  private final Map<String, List<ConsentArtefact>> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ConsentArtefact>> eldest) {
          return size() > 10_000;
        }
      };

  ConsentSource(CustomerStore store, ConsentStore aaConsents, ThreadLocal<Cleaner> cleaners) {
    this.store = store;
    this.aaConsents = aaConsents;
    this.cleaners = cleaners;
  }

  List<ConsentArtefact> of(String id, CustomerStore.Customer c) {
    if (c.source() == DataSource.AA) {
      return aaConsents.byCustomer(id).stream()
          .filter(r -> r.artefact() != null)
          .map(ConsentStore::artefact)
          .toList();
    }
    String key =
        id + '|' + (c.cleanedAt() != null ? "clean " + c.cleanSha256() : "raw " + c.rawSha256());
    synchronized (cache) {
      List<ConsentArtefact> hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    List<ConsentArtefact> read = read(id, c);
    synchronized (cache) {
      cache.put(key, read);
    }
    return read;
  }

  private List<ConsentArtefact> read(String id, CustomerStore.Customer c) {
    if (c.cleanedAt() != null) {
      return store.cleanLines(id, Dataset.CONSENTS).stream().map(ConsentSource::parse).toList();
    }
    Map<Dataset, List<RawLine>> raw = Map.of(Dataset.CONSENTS, store.raw(id, Dataset.CONSENTS));
    return cleaners.get().clean(id, raw).records(Dataset.CONSENTS, ConsentArtefact.class);
  }

  private static ConsentArtefact parse(String line) {
    try {
      return LakeJson.mapper().readValue(line, ConsentArtefact.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored ConsentArtefact is unreadable", e);
    }
  }
}
