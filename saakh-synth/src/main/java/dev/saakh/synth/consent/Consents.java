package dev.saakh.synth.consent;

import dev.saakh.core.consent.ConsentArtefact;
import dev.saakh.core.consent.ConsentMode;
import dev.saakh.core.consent.ConsentStatus;
import dev.saakh.core.consent.ConsentType;
import dev.saakh.core.consent.FetchType;
import dev.saakh.core.consent.FiType;
import dev.saakh.core.consent.Purpose;
import dev.saakh.core.consent.TimeUnit;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.Segment;
import dev.saakh.synth.model.Window;
import dev.saakh.synth.random.Rng;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Grants the default underwriting consent: ACTIVE, purpose 103, valid six months from as-of. */
public final class Consents {
  /** The data consumer (FIU) id the generated consents name. */
  public static final String DATA_CONSUMER = "SAAKH-FIU-DEMO";

  private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

  private Consents() {}

  public static ConsentArtefact grant(Customer c, Window window, Rng rng) {
    // granted the day before the as-of date (the data was fetched under it on the as-of date), so a
    // lake generated today can be underwritten at any time today
    OffsetDateTime start =
        window
            .asOf()
            .minusDays(1)
            .atTime(rng.between(9, 11), rng.between(0, 59), rng.between(0, 59))
            .atOffset(IST);
    List<FiType> types = new ArrayList<>(List.of(FiType.values()));
    types.remove(FiType.TERM_DEPOSIT);
    if (c.segment() == Segment.CONSUMER) {
      types.remove(FiType.GSTR1_3B);
    }
    String id =
        String.format(
            Locale.ROOT,
            "%08x-%04x-4%03x-a%03x-%012x",
            rng.nextLong() & 0xffffffffL,
            rng.nextInt(0x10000),
            rng.nextInt(0x1000),
            rng.nextInt(0x1000),
            rng.nextLong() & 0xffffffffffffL);
    return new ConsentArtefact(
        id,
        c.customerId(),
        c.aaHandle(),
        start,
        start.plusMonths(6),
        ConsentMode.STORE,
        FetchType.ONETIME,
        List.of(ConsentType.PROFILE, ConsentType.SUMMARY, ConsentType.TRANSACTIONS),
        types,
        DATA_CONSUMER,
        Purpose.AGGREGATED_STATEMENT.code(),
        Purpose.AGGREGATED_STATEMENT.text(),
        window.gstStart().atDay(1),
        window.asOf(),
        TimeUnit.MONTH,
        6,
        TimeUnit.MONTH,
        1,
        ConsentStatus.ACTIVE);
  }
}
