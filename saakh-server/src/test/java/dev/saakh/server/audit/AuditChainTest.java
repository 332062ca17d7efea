package dev.saakh.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final Instant AT = Instant.parse("2026-12-03T10:15:30.123456789Z");
  private static final AuditEntry E =
      new AuditEntry(
          "underwriter", "UNDERWRITER", "CUST_MSM_00001", 103, "C-1", "report.read x", "OK", null);

  @Test
  void everyFieldAndThePreviousHashChangeTheHash() {
    Set<String> hashes = new HashSet<>();
    hashes.add(AuditChain.hash(1, AT, E, AuditChain.GENESIS));
    hashes.add(AuditChain.hash(2, AT, E, AuditChain.GENESIS));
    hashes.add(AuditChain.hash(1, AT.plusNanos(1000), E, AuditChain.GENESIS));
    hashes.add(AuditChain.hash(1, AT, E, "1".repeat(64)));
    hashes.add(AuditChain.hash(1, AT, E.denied("no"), AuditChain.GENESIS));
    hashes.add(AuditChain.hash(1, AT, E.detail("x"), AuditChain.GENESIS));
    hashes.add(AuditChain.hash(1, AT, E.consent("C-2", 103), AuditChain.GENESIS));
    hashes.add(
        AuditChain.hash(
            1,
            AT,
            new AuditEntry(
                "underwriter", "ADMIN", "CUST_MSM_00001", 103, "C-1", "report.read x", "OK", null),
            AuditChain.GENESIS));
    assertThat(hashes).hasSize(8).allMatch(h -> h.matches("[0-9a-f]{64}"));
  }

  @Test
  void fieldBoundariesCannotBeShiftedAndNullIsNotEmpty() {
    AuditEntry a = new AuditEntry("ab", "c", null, null, null, "x", "OK", null);
    AuditEntry b = new AuditEntry("a", "bc", null, null, null, "x", "OK", null);
    AuditEntry empty = new AuditEntry("ab", "c", "", null, null, "x", "OK", null);
    String g = AuditChain.GENESIS;
    assertThat(AuditChain.hash(1, AT, a, g)).isNotEqualTo(AuditChain.hash(1, AT, b, g));
    assertThat(AuditChain.hash(1, AT, a, g)).isNotEqualTo(AuditChain.hash(1, AT, empty, g));
  }

  @Test
  void aStoredRowHashesAsItWasWrittenToTheMicrosecond() {
    String written = AuditChain.hash(7, AT, E, AuditChain.GENESIS);
    AuditChain.Row row =
        new AuditChain.Row(
            7,
            AuditChain.stored(AT),
            "underwriter",
            "UNDERWRITER",
            "CUST_MSM_00001",
            103,
            "C-1",
            "report.read x",
            "OK",
            null,
            AuditChain.GENESIS,
            written);
    assertThat(AuditChain.hash(row)).isEqualTo(written);
  }
}
