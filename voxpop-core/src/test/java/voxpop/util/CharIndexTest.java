package voxpop.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CharIndexTest {
  @Test
  void givesDenseIdsInFirstSeenOrder() {
    CharIndex d = new CharIndex();
    assertThat(d.idOf("пенс")).isZero();
    assertThat(d.idOf(new StringBuilder("дорог"))).isEqualTo(1);
    assertThat(d.idOf("пенс")).isZero();
    assertThat(d.idOf("")).isEqualTo(2);
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.term(1)).isEqualTo("дорог");
    assertThat(d.term(2)).isEmpty();
  }

  @Test
  void agreesWithAHashMapOnManyRandomWords() {
    SplittableRandom random = new SplittableRandom(7);
    CharIndex d = new CharIndex();
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      int len = random.nextInt(0, 9);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < len; k++) {
        sb.append((char) ('а' + random.nextInt(0, 6)));
      }
      String w = sb.toString();
      int id = d.idOf(sb);
      Integer before = expected.putIfAbsent(w, expected.size());
      assertThat(id).isEqualTo(before == null ? expected.size() - 1 : before);
    }
    expected.forEach((w, id) -> assertThat(d.term(id)).isEqualTo(w));
    expected.forEach((w, id) -> assertThat(d.find(w.toCharArray(), w.length())).isEqualTo(id));
  }

  @Test
  void findsAndAddsCharArraysAndClears() {
    CharIndex d = new CharIndex();
    char[] buf = "дорогами".toCharArray();
    assertThat(d.find(buf, 5)).isEqualTo(-1);
    assertThat(d.add(buf, 5)).isZero();
    assertThat(d.find(buf, 5)).isZero();
    assertThat(d.idOf("дорог")).isZero();
    assertThat(d.find(buf, 8)).isEqualTo(-1);
    d.clear();
    assertThat(d.size()).isZero();
    assertThat(d.find(buf, 5)).isEqualTo(-1);
  }
}
