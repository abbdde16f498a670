package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.eval.ClusteringScores;

class PredictionsTest {
  private static final Map<String, Integer> INDEX = Map.of("d0", 0, "d1", 1, "d2", 2, "d3", 3);

  @Test
  void aDocumentThePeerLeftOutIsOther(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("assignments.tsv"), "d0\tk1\nd2\tk1\nd3\tk0\n");
    Files.writeString(dir.resolve("clusters.tsv"), "k0\tgas pipe\nk1\tpension index\n");
    Predictions p = Predictions.readPeer(dir, INDEX);
    assertThat(p.clusterByDoc()).containsExactly("k1", "other", "k1", "k0");
    assertThat(p.clusterCount()).isEqualTo(2);
    assertThat(p.otherCount()).isEqualTo(1);
    assertThat(p.topLabels(10)).containsExactly("pension index", "gas pipe");
    assertThat(p.topLabels(1)).containsExactly("pension index");
  }

  @Test
  void clustersWithoutALabelShowTheirName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("assignments.tsv"), "d0\tc7\nd1\tc7\nd2\tc7\nd3\tc2\n");
    Predictions p = Predictions.readPeer(dir, INDEX);
    assertThat(p.labels()).isEmpty();
    assertThat(p.topLabels(5)).containsExactly("c7", "c2");
  }

  @Test
  void anUnknownIdOrALineWithoutATabIsAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("assignments.tsv"), "d0\tk1\nzz\tk1\n");
    assertThatThrownBy(() -> Predictions.readPeer(dir, INDEX))
        .hasMessageContaining("line 2: unknown document id");
    Files.writeString(dir.resolve("assignments.tsv"), "d0 k1\n");
    assertThatThrownBy(() -> Predictions.readPeer(dir, INDEX))
        .hasMessageContaining("line 1: expected id TAB cluster");
  }

  @Test
  void onlyDocumentsWithATrueLabelAreScoredAndOtherIsOneCluster() {
    Predictions p =
        new Predictions(new String[] {"a", "a", "other", "other", "b", "spam?"}, Map.of());
    ClusteringScores s = p.score(new String[] {"x", "x", "y", "y", "z", null});
    assertThat(s.n()).isEqualTo(5);
    assertThat(s.clusters()).isEqualTo(3);
    assertThat(s.nmi()).isCloseTo(1.0, within(1e-12));
    assertThat(s.matchedAccuracy()).isCloseTo(1.0, within(1e-12));
    Predictions all = new Predictions(new String[] {"a", "a", "a", "a"}, Map.of());
    ClusteringScores one = all.score(new String[] {"x", "y", "x", "y"});
    assertThat(one.nmi()).isZero();
    assertThat(one.matchedAccuracy()).isCloseTo(0.5, within(1e-12));
    assertThatThrownBy(() -> all.score(new String[] {"x"}))
        .hasMessageContaining("truth for 1 documents, predictions for 4");
  }

  @Test
  void writtenPredictionsReadBack(@TempDir Path dir) throws Exception {
    Predictions.write(
        dir,
        List.of("d0", "d1", "d2", "d3"),
        new String[] {"t1", "t0", "t1", "other"},
        new java.util.LinkedHashMap<>(Map.of("t0", "a\tb", "t1", "c")));
    Predictions p = Predictions.readPeer(dir, INDEX);
    assertThat(p.clusterByDoc()).containsExactly("t1", "t0", "t1", "other");
    assertThat(p.labels()).containsEntry("t0", "a b").containsEntry("t1", "c");
  }
}
