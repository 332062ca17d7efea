package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The flat hash table gives back, for every hash, exactly the values added under it. */
class HashSlotsTest {
  @Property(tries = 300)
  void everyValueAddedUnderAHashIsFoundUnderIt(
      @ForAll @Size(max = 400) List<@IntRange(min = -20, max = 20) Integer> hashes,
      @ForAll @IntRange(min = 0, max = 50) int expected) {
    HashSlots slots = new HashSlots(expected);
    Map<Long, List<Integer>> reference = new HashMap<>();
    for (int value = 0; value < hashes.size(); value++) {
      long hash = hashes.get(value) * 1_000_003L;
      slots.add(hash, value);
      reference.computeIfAbsent(hash, k -> new ArrayList<>()).add(value);
    }
    for (long hash = -25 * 1_000_003L; hash <= 25 * 1_000_003L; hash += 1_000_003L) {
      List<Integer> found = new ArrayList<>();
      for (int s = slots.first(hash); s >= 0; s = slots.next(hash, s)) {
        found.add(slots.value(s));
      }
      assertThat(found)
          .as("hash %d", hash)
          .containsExactlyInAnyOrderElementsOf(reference.getOrDefault(hash, List.of()));
    }
  }
}
