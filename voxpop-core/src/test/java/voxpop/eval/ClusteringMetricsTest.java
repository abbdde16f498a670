package voxpop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import voxpop.testing.SeededCases;

class ClusteringMetricsTest {
  private static final double EPS = 1e-12;

  private static ClusteringScores score(String truth, String predicted) {
    return ClusteringMetrics.score(
        Arrays.asList(truth.split(" ")), Arrays.asList(predicted.split(" ")));
  }

  @Test
  void perfectMatchUnderRenamedClusters() {
    ClusteringScores s = score("a a b b c", "x x z z y");
    assertThat(s.nmi()).isCloseTo(1.0, offset(EPS));
    assertThat(s.ari()).isCloseTo(1.0, offset(EPS));
    assertThat(s.vMeasure()).isCloseTo(1.0, offset(EPS));
    assertThat(s.matchedAccuracy()).isEqualTo(1.0);
    assertThat(s.classes()).isEqualTo(3);
    assertThat(s.clusters()).isEqualTo(3);
    assertThat(s.n()).isEqualTo(5);
  }

  @Test
  void independentLabelingsScoreZero() {
    // a a b b against x y x y: every cluster holds both classes equally.
    ClusteringScores s = score("a a b b", "x y x y");
    assertThat(s.nmi()).isZero();
    assertThat(s.homogeneity()).isZero();
    assertThat(s.completeness()).isZero();
    assertThat(s.vMeasure()).isZero();
    // ordered pairs: tp 0, fp 4, fn 4, tn 4 → 2(0·4 − 4·4) / ((0+4)(4+4) + (0+4)(4+4)) = −0.5
    assertThat(s.ari()).isCloseTo(-0.5, offset(EPS));
    assertThat(s.matchedAccuracy()).isEqualTo(0.5);
  }

  @Test
  void handComputedSplitOfOneClass() {
    // truth a a b b; predicted x x y z: homogeneous (h = 1), class b split in two.
    // H(C) = ln 2, H(K) = 1.5 ln 2, MI = ln 2 → c = 2/3, v = 0.8, NMI = ln2 / (1.25 ln2) = 0.8
    ClusteringScores s = score("a a b b", "x x y z");
    assertThat(s.homogeneity()).isCloseTo(1.0, offset(EPS));
    assertThat(s.completeness()).isCloseTo(2.0 / 3, offset(EPS));
    assertThat(s.vMeasure()).isCloseTo(0.8, offset(EPS));
    assertThat(s.nmi()).isCloseTo(0.8, offset(EPS));
    // ordered pairs: tp 2, fp 0, fn 2, tn 8 → 2(2·8 − 0) / ((2+2)(2+8) + (2+0)(0+8)) = 32/56
    assertThat(s.ari()).isCloseTo(4.0 / 7, offset(EPS));
    assertThat(s.matchedAccuracy()).isEqualTo(0.75);
  }

  @Test
  void moreClustersThanClassesMatchEachClassOnce() {
    // every item its own cluster: each class is matched to one singleton.
    ClusteringScores s = score("a a a b b", "1 2 3 4 5");
    assertThat(s.matchedAccuracy()).isEqualTo(2.0 / 5);
    assertThat(s.homogeneity()).isCloseTo(1.0, offset(EPS));
  }

  @Test
  void moreClassesThanClustersMatchEachClusterOnce() {
    ClusteringScores s = score("a b c d d", "x x x x y");
    assertThat(s.matchedAccuracy()).isEqualTo(2.0 / 5);
  }

  @Test
  void emptyAndSingleItemFollowScikitLearn() {
    ClusteringScores empty = ClusteringMetrics.score(List.of(), List.of());
    assertThat(empty.n()).isZero();
    assertThat(empty.nmi()).isEqualTo(1.0);
    assertThat(empty.ari()).isEqualTo(1.0);
    assertThat(empty.vMeasure()).isEqualTo(1.0);
    ClusteringScores one = ClusteringMetrics.score(List.of("a"), List.of("x"));
    assertThat(one.nmi()).isEqualTo(1.0);
    assertThat(one.ari()).isEqualTo(1.0);
    assertThat(one.matchedAccuracy()).isEqualTo(1.0);
    assertThat(one.classes()).isEqualTo(1);
  }

  @Test
  void oneClusterForSeveralClasses() {
    ClusteringScores s = score("a b c", "x x x");
    assertThat(s.nmi()).isZero();
    assertThat(s.ari()).isZero();
    assertThat(s.completeness()).isEqualTo(1.0);
    assertThat(s.homogeneity()).isZero();
  }

  @Test
  void agreesWithScikitLearnOnReferenceCases() throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/voxpop/eval/sklearn-cases.txt"),
                StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        if (!l.startsWith("#")) {
          lines.add(l);
        }
      }
    }
    assertThat(lines).hasSize(18);
    for (int i = 0; i < lines.size(); i += 3) {
      ClusteringScores s = score(lines.get(i), lines.get(i + 1));
      double[] want =
          Arrays.stream(lines.get(i + 2).split(" ")).mapToDouble(Double::parseDouble).toArray();
      String c = "case " + (i / 3);
      assertThat(s.nmi()).as(c + " nmi").isCloseTo(want[0], offset(1e-9));
      assertThat(s.ari()).as(c + " ari").isCloseTo(want[1], offset(1e-9));
      assertThat(s.homogeneity()).as(c + " homogeneity").isCloseTo(want[2], offset(1e-9));
      assertThat(s.completeness()).as(c + " completeness").isCloseTo(want[3], offset(1e-9));
      assertThat(s.vMeasure()).as(c + " v").isCloseTo(want[4], offset(1e-9));
      assertThat(s.matchedAccuracy()).as(c + " accuracy").isCloseTo(want[5], offset(1e-12));
    }
  }

  @Test
  void scoresAreSymmetricWhereTheyShouldBeAndBounded() {
    SeededCases.run(
        20251219L,
        200,
        rnd -> {
          List<String> t =
              IntStream.range(0, SeededCases.between(rnd, 1, 60))
                  .mapToObj(i -> String.valueOf(rnd.nextInt(6)))
                  .toList();
          List<String> p = t.stream().map(x -> "k" + rnd.nextInt(7)).toList();
          ClusteringScores a = ClusteringMetrics.score(t, p);
          ClusteringScores b = ClusteringMetrics.score(p, t);
          assertThat(a.nmi()).isCloseTo(b.nmi(), offset(1e-9)).isBetween(0.0, 1.0 + 1e-9);
          assertThat(a.ari()).isCloseTo(b.ari(), offset(1e-9)).isBetween(-0.5 - 1e-9, 1.0 + 1e-9);
          assertThat(a.homogeneity()).isCloseTo(b.completeness(), offset(1e-9));
          assertThat(a.vMeasure()).isCloseTo(a.nmi(), offset(1e-9));
          assertThat(a.matchedAccuracy()).isCloseTo(b.matchedAccuracy(), offset(1e-12));
          assertThat(a.matchedAccuracy()).isGreaterThanOrEqualTo(1.0 / t.size());
        });
  }
}
