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
  void laterIdsSortAfterEarlierOnesWhateverTheRandomPart() {
    java.util.Random r = new java.util.Random(7);
    long t = Receipts.EPOCH_MILLIS + 60_000_000_000L;
    String previous = Receipts.newId(t, r);
    for (int i = 1; i <= 1_000; i++) {
      String id = Receipts.newId(t + i, r);
      assertThat(Receipts.isWellFormed(id)).as(id).isTrue();
      assertThat(id).as("id of ms %d", i).isGreaterThan(previous);
      previous = id;
    }
  }

  @Test
  void idsOfOneMillisecondDifferInTheirRandomHalf() {
    java.util.Random r = new java.util.Random(7);
    long t = Receipts.EPOCH_MILLIS + 12_345L;
    String a = Receipts.newId(t, r);
    String b = Receipts.newId(t, r);
    assertThat(a.substring(0, 9)).isEqualTo(b.substring(0, 9));
    assertThat(a).isNotEqualTo(b);
    assertThat(a.substring(10)).isNotEqualTo(b.substring(10));
  }

  @Test
  void timeBeforeTheEpochIsClampedNotNegative() {
    String id = Receipts.newId(0, new java.util.Random(1));
    assertThat(id).startsWith("0000-0000-");
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
