package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StableIdsTest {
  @Test
  void theSameTransactionGetsTheSameIdInEverySource() {
    String a = new StableIds().next("ACC", "2026-06-01", "100.00", "DEBIT", "UPI/X", "900.00");
    String b = new StableIds().next("ACC", "2026-06-01", "100.00", "DEBIT", "UPI/X", "900.00");
    assertThat(a).isEqualTo(b).startsWith("ACC-H").hasSize("ACC-H".length() + 16);
  }

  @Test
  void anyDifferentFieldGivesAnotherId() {
    StableIds ids = new StableIds();
    String base = ids.next("ACC", "2026-06-01", "100.00", "DEBIT", "UPI/X", "900.00");
    assertThat(ids.next("ACC", "2026-06-02", "100.00", "DEBIT", "UPI/X", "900.00"))
        .isNotEqualTo(base);
    assertThat(ids.next("ACC", "2026-06-01", "100.01", "DEBIT", "UPI/X", "900.00"))
        .isNotEqualTo(base);
    assertThat(ids.next("ACC", "2026-06-01", "100.00", "CREDIT", "UPI/X", "900.00"))
        .isNotEqualTo(base);
    assertThat(ids.next("ACC", "2026-06-01", "100.00", "DEBIT", "UPI/Y", "900.00"))
        .isNotEqualTo(base);
    assertThat(ids.next("ACC", "2026-06-01", "100.00", "DEBIT", "UPI/X", null)).isNotEqualTo(base);
    assertThat(ids.next("AC", "C2026-06-01", "100.00", "DEBIT", "UPI/X", "900.00"))
        .isNotEqualTo(base);
  }

  @Test
  void identicalTransactionsInOneSourceAreNumberedInOrder() {
    StableIds first = new StableIds();
    String one = first.next("A", "d", "1", "DEBIT", "n", "b");
    String two = first.next("A", "d", "1", "DEBIT", "n", "b");
    assertThat(two).isEqualTo(one + "-2");
    StableIds second = new StableIds();
    second.next("A", "d", "1", "DEBIT", "n", "b");
    assertThat(second.next("A", "d", "1", "DEBIT", "n", "b")).isEqualTo(two);
  }

  @Test
  void maskedAndEmptyIdsAreUnusable() {
    assertThat(StableIds.unusable(null)).isTrue();
    assertThat(StableIds.unusable("  ")).isTrue();
    assertThat(StableIds.unusable("NA")).isTrue();
    assertThat(StableIds.unusable("n/a")).isTrue();
    assertThat(StableIds.unusable("XXXXXX")).isTrue();
    assertThat(StableIds.unusable("XXXXXXXX1234")).isTrue();
    assertThat(StableIds.unusable("****5678")).isTrue();
    assertThat(StableIds.unusable("S12345678")).isFalse();
    assertThat(StableIds.unusable("TXN-XX-1")).isFalse();
  }
}
