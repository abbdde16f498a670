package voxpop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlotsTest {
  @Test
  void russianPluralFormsFollowTheLastDigits() {
    int[][] cases = {
      {1, 0}, {2, 1}, {4, 1}, {5, 2}, {11, 2}, {12, 2}, {14, 2}, {21, 0}, {22, 1}, {25, 2},
      {101, 0}, {111, 2}, {0, 2}
    };
    for (int[] c : cases) {
      assertThat(Slots.pluralForm(c[0])).as("n=%d", c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void sumsAreRoundedAndGroupedAsPeopleQuoteThem() {
    StringBuilder sb = new StringBuilder();
    Slots.money(14_537, 24_000, sb);
    assertThat(sb.toString()).isEqualTo("14 500");
    sb.setLength(0);
    Slots.money(1_234_567, 5_000_000, sb);
    assertThat(sb.toString()).isEqualTo("1 230 000");
    sb.setLength(0);
    Slots.money(999, 3_000, sb);
    assertThat(sb.toString()).isEqualTo("999");
  }

  @Test
  void transliterationFollowsThePassportStyle() {
    assertThat(Transliteration.latin("Железногорск")).isEqualTo("Zheleznogorsk");
    assertThat(Transliteration.latin("Щёкино")).isEqualTo("Shchekino");
    assertThat(Transliteration.latin("Улан-Удэ")).isEqualTo("Ulan-Ude");
    assertThat(Transliteration.latin("")).isEmpty();
  }

  @Test
  void weightedDrawsNeverPickAZeroWeight() {
    Weighted w = new Weighted(new double[] {0, 3, 0, 1});
    Rng rng = new Rng(5);
    int[] hits = new int[4];
    for (int i = 0; i < 40_000; i++) {
      hits[w.draw(rng)]++;
    }
    assertThat(hits[0]).isZero();
    assertThat(hits[2]).isZero();
    assertThat(hits[1] / 40_000.0).isCloseTo(0.75, org.assertj.core.data.Offset.offset(0.02));
    assertThat(w.share(3)).isEqualTo(0.25);
  }

  @Test
  void weightsMustBeUsable() {
    assertThatThrownBy(() -> new Weighted(new double[] {0, 0}))
        .hasMessage("at least one weight must be positive");
    assertThatThrownBy(() -> new Weighted(new double[] {1, -1}))
        .hasMessage("weight 1 is not a finite non-negative number");
    assertThatThrownBy(() -> new Weighted(new double[0]))
        .hasMessage("at least one weight must be positive");
  }

  @Test
  void aReseededGeneratorRepeatsItsSequence() {
    Rng a = new Rng(99);
    long first = a.nextLong();
    a.nextLong();
    assertThat(a.reseed(99).nextLong()).isEqualTo(first);
    assertThat(Rng.mix(1, 2)).isNotEqualTo(Rng.mix(2, 1));
  }
}
