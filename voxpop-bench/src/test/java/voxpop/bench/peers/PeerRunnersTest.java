package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peers' glue on a small literal corpus of two obvious topics: each writes one assignment per
 * document and labels, and the same input gives the same output.
 */
class PeerRunnersTest {
  private static final String[] GAS = {
    "gas pipeline to the village is not built", "no gas pipeline in our village",
    "when will the gas pipeline reach the village", "village waits for the gas pipeline",
    "gas pipeline promised to the village years ago", "the village needs the gas pipeline now",
    "gas pipeline construction in the village stopped", "our village still has no gas pipeline",
    "please build the gas pipeline to our village", "gas pipeline for the village delayed again",
  };
  private static final String[] PENSION = {
    "pension indexation for working pensioners", "working pensioners want pension indexation",
    "return pension indexation to working pensioners", "pension indexation stopped for pensioners",
    "pensioners ask about pension indexation", "pension indexation is too small for pensioners",
    "when is the next pension indexation for pensioners", "pension indexation for rural pensioners",
    "pensioners lose money without pension indexation", "pension indexation must cover pensioners",
  };

  private static Path docs;
  private static Map<String, Integer> index;
  private static String[] truth;

  @BeforeAll
  static void corpus(@TempDir Path dir) throws Exception {
    docs = dir.resolve("docs.tsv");
    index = new HashMap<>();
    List<String> t = new ArrayList<>();
    try (Docs.Writer w = new Docs.Writer(docs)) {
      for (int i = 0; i < GAS.length; i++) {
        w.write("g" + i, GAS[i]);
        index.put("g" + i, index.size());
        t.add("gas");
        w.write("p" + i, PENSION[i]);
        index.put("p" + i, index.size());
        t.add("pension");
      }
    }
    truth = t.toArray(String[]::new);
  }

  @Test
  void malletPlacesEveryDocumentReproducibly(@TempDir Path dir) throws Exception {
    MalletPeer.run(new String[] {docs.toString(), dir.resolve("a").toString(), "2", "42", "1"});
    MalletPeer.run(new String[] {docs.toString(), dir.resolve("b").toString(), "2", "42", "1"});
    Predictions p = Predictions.readPeer(dir.resolve("a"), index);
    assertThat(p.clusterCount()).isEqualTo(2);
    assertThat(p.otherCount()).isZero();
    assertThat(p.score(truth).nmi()).isGreaterThan(0.5);
    assertThat(String.join(" ", p.topLabels(2))).contains("gas").contains("pension");
    assertThat(Files.readString(dir.resolve("a/assignments.tsv")))
        .isEqualTo(Files.readString(dir.resolve("b/assignments.tsv")));
    assertThat(Files.readString(dir.resolve("a/peer.json"))).contains("\"iterations\": 1000");
  }

  @Test
  void lingoAndStcAssignDocumentsToTheirFirstCluster(@TempDir Path dir) throws Exception {
    for (String algorithm : List.of("lingo", "stc")) {
      Path out = dir.resolve(algorithm);
      Carrot2Peer.main(new String[] {algorithm, docs.toString(), out.toString(), "2", "English"});
      Predictions p = Predictions.readPeer(out, index);
      assertThat(p.clusterCount()).as(algorithm).isPositive();
      assertThat(Files.readString(out.resolve("peer.json"))).contains("clusters_returned");
      Path again = dir.resolve(algorithm + "-again");
      Carrot2Peer.main(new String[] {algorithm, docs.toString(), again.toString(), "2", "English"});
      assertThat(Files.readString(again.resolve("assignments.tsv")))
          .isEqualTo(Files.readString(out.resolve("assignments.tsv")));
    }
  }

  @Test
  void lingoKeepsItsDefaultUnlessKNeedsMore() {
    assertThat(Carrot2Peer.lingoDesiredCount(4, 8000)).isEqualTo(30);
    assertThat(Carrot2Peer.lingoDesiredCount(161, 2000)).isEqualTo(37);
    assertThat(Carrot2Peer.lingoDesiredCount(150, 100)).isEqualTo(100);
  }

  @Test
  void theSklearnPipelineRunsWhereDebiansSklearnIs(@TempDir Path dir) throws Exception {
    Path python = Path.of("/usr/bin/python3");
    assumeTrue(Files.isExecutable(python), "no /usr/bin/python3: BERTopic-style peer skipped");
    Process check = new ProcessBuilder(python.toString(), "-c", "import sklearn").start();
    assumeTrue(
        check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0,
        "python3-sklearn is not installed (apt-get install python3-sklearn):"
            + " BERTopic-style peer skipped");
    Path script = Path.of("src/main/python/bertopic_style.py").toAbsolutePath();
    Path out = dir.resolve("bt");
    Process p =
        new ProcessBuilder(
                python.toString(),
                script.toString(),
                docs.toString(),
                out.toString(),
                "--k",
                "2",
                "--seed",
                "42",
                "--umap",
                "off")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    Predictions pr = Predictions.readPeer(out, index);
    assertThat(pr.clusterCount()).isEqualTo(2);
    assertThat(pr.score(truth).nmi()).isGreaterThan(0.5);
    assertThat(Files.readString(out.resolve("peer.json"))).contains("\"umap\": false");
  }
}
