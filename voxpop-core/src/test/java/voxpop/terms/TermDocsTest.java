package voxpop.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TermDocsTest {
  @Test
  void jaccardAtLeastAgreesWithJaccardOnSeededSets() {
    SplittableRandom random = new SplittableRandom(42);
    double[] thresholds = {0.3, 0.5, 0.6, 2.0 / 3, 0.7, 0.75, 0.8, 0.9, 1.0};
    for (int trial = 0; trial < 20_000; trial++) {
      int[] a = randomSet(random);
      int[] b = random.nextInt(4) == 0 ? a.clone() : randomSet(random);
      for (double t : thresholds) {
        assertThat(TermDocs.jaccardAtLeast(a, b, t))
            .as("trial %d threshold %s", trial, t)
            .isEqualTo(TermDocs.jaccard(a, b) >= t);
      }
    }
  }

  @Test
  void jaccardAtLeastOfEmptySets() {
    assertThat(TermDocs.jaccardAtLeast(new int[] {}, new int[] {}, 1.0)).isTrue();
    assertThat(TermDocs.jaccardAtLeast(new int[] {}, new int[] {1}, 0.3)).isFalse();
    assertThat(TermDocs.jaccardAtLeast(new int[] {1, 2, 3}, new int[] {2, 3, 4}, 0.5)).isTrue();
    assertThat(TermDocs.jaccardAtLeast(new int[] {1, 2, 3}, new int[] {2, 3, 4}, 0.51)).isFalse();
  }

  /** A sorted set of up to 12 ids out of 16, so that overlaps of every size occur. */
  private static int[] randomSet(SplittableRandom random) {
    int size = random.nextInt(13);
    return IntStream.generate(() -> random.nextInt(16)).distinct().limit(size).sorted().toArray();
  }
}
