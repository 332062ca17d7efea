package dev.saakh.core.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple4;

/** Any statement gives every feature either null with a note or a finite value in its range. */
class FeaturePropertiesTest {
  private static final LocalDate DAY0 = LocalDate.parse("2024-01-01");

  @Property(tries = 200)
  void everyFeatureIsNullWithANoteOrInItsRange(
      @ForAll("entries") List<Tuple4<Integer, Boolean, Long, Category>> entries) {
    TestingStatement s = new TestingStatement("A");
    entries.stream()
        .sorted((a, b) -> a.get1().compareTo(b.get1()))
        .forEach(
            e ->
                s.add(
                    DAY0.plusDays(e.get1()).toString(),
                    e.get2()
                        ? dev.saakh.core.bank.TxnType.CREDIT
                        : dev.saakh.core.bank.TxnType.DEBIT,
                    e.get3(),
                    e.get4(),
                    e.get3() % 3 == 0 ? "RAVI" : "SHOP" + e.get3() % 5,
                    e.get3() % 2 == 0 ? Channel.UPI : Channel.NEFT));
    FeatureVector v = BehaviouralFeatures.of(s.entries(), DAY0, DAY0.plusDays(400));
    v.features()
        .forEach(
            (name, f) -> {
              if (f.value() == null) {
                assertThat(f.note()).as(name).isNotBlank();
              } else if (name.equals(FeatureVector.WEEK1_VS_WEEK4_SPENDING_RATIO)) {
                assertThat(f.value()).as(name).isFinite().isGreaterThanOrEqualTo(0);
              } else {
                assertThat(f.value()).as(name).isBetween(0.0, 1.0);
              }
            });
    assertThat(v.value(FeatureVector.CIRCULAR_TRANSACTION_RISK)).isLessThanOrEqualTo(0.3);
    assertThat(v.value(FeatureVector.P2P_MANIPULATION_RISK)).isLessThanOrEqualTo(0.2);
    assertThat(v.value(FeatureVector.BALANCE_MANIPULATION_RISK)).isLessThanOrEqualTo(0.2);
  }

  @Provide
  Arbitrary<List<Tuple4<Integer, Boolean, Long, Category>>> entries() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 400),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 500_000),
            Arbitraries.of(Category.values()))
        .as(Tuple::of)
        .list()
        .ofMaxSize(120);
  }
}
