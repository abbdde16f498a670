package voxpop.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdSetTest {

  @Test
  void addsOnceAndGrows() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 100_000; i++) {
      assertThat(ids.add("id-" + i)).isTrue();
    }
    assertThat(ids.size()).isEqualTo(100_000);
    for (int i = 0; i < 100_000; i += 997) {
      assertThat(ids.add("id-" + i)).isFalse();
    }
    assertThat(ids.add("")).isTrue();
    assertThat(ids.add("")).isFalse();
  }

  @Test
  void hashIsNeverTheEmptyMarker() {
    assertThat(IdSet.hash("")).isNotZero();
    assertThat(IdSet.hash("a")).isNotEqualTo(IdSet.hash("b"));
  }
}
