package voxpop.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiptsTest {
  @Test
  void newIdsAreWellFormedAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = Receipts.newId();
      assertThat(Receipts.isWellFormed(id)).as(id).isTrue();
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void malformedIdsAreRecognised() {
    assertThat(Receipts.isWellFormed(null)).isFalse();
    assertThat(Receipts.isWellFormed("")).isFalse();
    assertThat(Receipts.isWellFormed("K7QH-2M9X-D4TA-8B1Z")).isTrue();
    assertThat(Receipts.isWellFormed("K7QH-2M9X-D4TA-8B1")).isFalse();
    assertThat(Receipts.isWellFormed("K7QH-2M9X-D4TA-8BIZ")).isFalse();
    assertThat(Receipts.isWellFormed("k7qh-2m9x-d4ta-8b1z")).isFalse();
    assertThat(Receipts.isWellFormed("K7QH_2M9X-D4TA-8B1Z")).isFalse();
    assertThat(Receipts.isWellFormed("' OR 1=1 --  -xxxxx")).isFalse();
  }
}
