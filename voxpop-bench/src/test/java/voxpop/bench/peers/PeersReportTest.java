package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.eval.ClusteringScores;

class PeersReportTest {
  private static final PeersOptions OPTIONS = PeersOptions.parse(List.of(), Path.of("/repo"));

  private static ClusteringScores nmi(double v, int clusters) {
    return new ClusteringScores(100, 4, clusters, v, v / 2, v, v, v, v);
  }

  private static RunResult done(String set, Tool tool, double wall, double nmi, int clusters) {
    return new RunResult(
        set,
        tool.id(),
        "DONE",
        "",
        wall,
        500,
        3.5,
        4.0,
        100,
        4,
        clusters,
        0,
        nmi(nmi, clusters),
        tool == Tool.VOXPOP ? nmi(nmi + 0.01, clusters * 3) : null,
        tool == Tool.VOXPOP ? clusters * 3 : 0,
        null,
        List.of("label " + tool.id()),
        Map.of(),
        "cmd");
  }

  private static RunResult stopped(String set, Tool tool) {
    return new RunResult(
        set,
        tool.id(),
        "TIME_LIMIT",
        "stopped: time limit 20 min",
        1200,
        900,
        5,
        5,
        100,
        4,
        0,
        0,
        null,
        null,
        0,
        null,
        List.of(),
        Map.of(),
        "cmd");
  }

  private static List<RunResult> results() {
    return List.of(
        done("gen-50k", Tool.VOXPOP, 10, 0.80, 40),
        done("gen-50k", Tool.VOXPOP_K, 12, 0.85, 48),
        done("gen-50k", Tool.MALLET, 300, 0.70, 48),
        done("gen-50k", Tool.BERTOPIC, 200, 0.78, 48),
        done("gen-50k", Tool.STC, 20, 0.30, 48),
        done("gen-3m", Tool.VOXPOP, 60, 0.80, 40),
        stopped("gen-3m", Tool.MALLET),
        RunResult.notRun(
            "gen-3m",
            Tool.BERTOPIC,
            3_000_000,
            48,
            "not started: stopped at gen-1m (time limit 20 min)"),
        done("tweet", Tool.VOXPOP_K, 5, 0.85, 89),
        done("tweet", Tool.BERTOPIC, 50, 0.84, 89),
        done("agnews", Tool.VOXPOP_K, 5, 0.50, 4),
        done("agnews", Tool.MALLET, 50, 0.55, 4));
  }

  @Test
  void theSpeedCheckTakesTheFastestPeerOfComparableQuality() {
    List<RunResult> at50k = results().subList(0, 5);
    assertThat(PeersReport.speedCheck(at50k))
        .isEqualTo(
            "gen-50k: the fastest peer within 90% of voxpop's best NMI (0.850) is"
                + " BERTopic-style (sklearn) (NMI 0.780, 200.0 s): voxpop (10.0 s) is 20.0× faster.");
    List<RunResult> weak = List.of(at50k.get(0), at50k.get(1), at50k.get(4));
    assertThat(PeersReport.speedCheck(weak))
        .startsWith(
            "gen-50k: no peer came within 90% of voxpop's best NMI (0.850); the fastest peer,"
                + " Carrot2 STC (NMI 0.300, 20.0 s), took 2.0× voxpop's 10.0 s.");
  }

  @Test
  void theTableHasEveryRunTheChecksAndTheLabels() {
    String md = PeersReport.render(results(), "2 cores", OPTIONS, "abc123");
    assertThat(md).startsWith(PeersReport.BEGIN).endsWith(PeersReport.END + "\n");
    assertThat(md).contains("voxpop commit `abc123`. Machine: 2 cores.");
    assertThat(md)
        .contains(
            "| gen-50k (100 docs, K 4) | voxpop (automatic) | 10.0 | 1.0 | 500 | 3.5 | 40 | 0.800 |")
        .contains("| | voxpop (automatic), sub-themes | 〃 | | | | 120 | 0.810 |")
        .contains("| | MALLET LDA (K) | 300.0 | 30.0 | 500 | 3.5 | 48 | 0.700 |")
        .contains(
            "| | MALLET LDA (K) | ≥ 1200.0 | ≥ 20.0 | 900 | 5.0 | | | | | | stopped: time limit 20 min |")
        .contains("| agnews (100 docs, K 4) | voxpop --themes K | 5.0 | | 500 | 3.5 | 4 | 0.500 |")
        .contains(
            "| | BERTopic-style (sklearn) | — | | | | | | | | | not started: stopped at gen-1m")
        .contains("- gen-3m completed by: voxpop (automatic).")
        .contains(
            "voxpop ahead of every peer on 1 of 2: tweet (voxpop --themes K 0.850, best peer"
                + " BERTopic-style (sklearn) 0.840); agnews (voxpop --themes K 0.500, best peer"
                + " MALLET LDA (K) 0.550).")
        .contains("<details><summary>gen-50k</summary>")
        .contains("- **Carrot2 STC**: label stc");
  }

  @Test
  void theGeneratedSectionIsReplacedAndTheProseKept(@TempDir Path dir) throws Exception {
    String section = PeersReport.BEGIN + "\nnew\n" + PeersReport.END + "\n";
    assertThat(PeersReport.replaced("", section)).isEqualTo(section);
    assertThat(PeersReport.replaced("# Peers\nintro", section))
        .isEqualTo("# Peers\nintro\n" + section);
    String doc = "# Peers\n" + PeersReport.BEGIN + "\nold\n" + PeersReport.END + "\n## Notes\n";
    assertThat(PeersReport.replaced(doc, section)).isEqualTo("# Peers\n" + section + "## Notes\n");
    Path f = dir.resolve("peers.md");
    Files.writeString(f, doc);
    PeersReport.replaceSection(f, section);
    PeersReport.replaceSection(f, section);
    assertThat(Files.readString(f)).isEqualTo("# Peers\n" + section + "## Notes\n");
  }

  @Test
  void resultsSurviveTheirJson(@TempDir Path dir) throws Exception {
    RunResult r = done("tweet", Tool.VOXPOP, 5, 0.8, 25);
    r.write(dir);
    assertThat(RunResult.read(dir.resolve(RunResult.FILE))).isEqualTo(r);
  }
}
