package voxpop.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeersOptionsTest {
  private static final Path REPO = Path.of("/repo");

  private static PeersOptions parse(String... args) {
    return PeersOptions.parse(List.of(args), REPO);
  }

  @Test
  void defaultsRunTheFullTableWithTwentyMinutesAndTheDoc() {
    PeersOptions o = parse();
    assertThat(o.sets())
        .containsExactly(
            "gen-10k",
            "gen-50k",
            "gen-1m",
            "gen-3m",
            "kursk-appeals",
            "agnews",
            "searchsnippets",
            "biomedical",
            "tweet",
            "banking77",
            "clinc150");
    assertThat(o.tools()).containsExactly(Tool.values());
    assertThat(o.timeLimit()).isEqualTo(Duration.ofMinutes(20));
    assertThat(o.timeLimitText()).isEqualTo("20 min");
    assertThat(o.heap()).isEqualTo("6g");
    assertThat(o.rssLimitMb()).isEqualTo(10 * 1024);
    assertThat(o.seed()).isEqualTo(42);
    assertThat(o.doc()).isEqualTo(REPO.resolve("docs/peers.md"));
    assertThat(o.skipAfterStop()).isTrue();
  }

  @Test
  void quickIsSmallShortAndLeavesTheDocAlone() {
    PeersOptions o = parse("--quick");
    assertThat(o.sets()).containsExactly("gen-10k", "tweet", "agnews");
    assertThat(o.timeLimit()).isEqualTo(Duration.ofMinutes(5));
    assertThat(o.doc()).isNull();
    assertThat(parse("--quick", "--doc", "x.md").doc()).isEqualTo(Path.of("x.md"));
  }

  @Test
  void setsToolsAndLimitsAreTakenAsGiven() {
    PeersOptions o =
        parse(
            "--sets",
            "gen-2500,tweet",
            "--tools",
            "voxpop,mallet",
            "--time-limit",
            "1.5",
            "--heap",
            "4G",
            "--rss-limit-gb",
            "3",
            "--no-doc",
            "--try-all");
    assertThat(o.sets()).containsExactly("gen-2500", "tweet");
    assertThat(o.tools()).containsExactly(Tool.VOXPOP, Tool.MALLET);
    assertThat(o.timeLimit()).isEqualTo(Duration.ofSeconds(90));
    assertThat(o.timeLimitText()).isEqualTo("90 s");
    assertThat(o.heap()).isEqualTo("4g");
    assertThat(o.rssLimitMb()).isEqualTo(3 * 1024);
    assertThat(o.doc()).isNull();
    assertThat(o.skipAfterStop()).isFalse();
  }

  @Test
  void badValuesFailNamingTheFlag() {
    assertThatThrownBy(() -> parse("--sets", "gen-10k,nosuch"))
        .hasMessageContaining("--sets: unknown set 'nosuch'");
    assertThatThrownBy(() -> parse("--sets", "gen-ten")).hasMessageContaining("gen-ten");
    assertThatThrownBy(() -> parse("--tools", "bertopic,lda"))
        .hasMessageContaining("--tools: unknown tool 'lda'; known: voxpop, voxpop-k, mallet");
    assertThatThrownBy(() -> parse("--time-limit", "0")).hasMessageContaining("--time-limit: 0");
    assertThatThrownBy(() -> parse("--time-limit", "soon"))
        .hasMessageContaining("not a number: 'soon'");
    assertThatThrownBy(() -> parse("--heap", "6")).hasMessageContaining("--heap");
    assertThatThrownBy(() -> parse("--threads")).hasMessageContaining("missing value of --threads");
    assertThatThrownBy(() -> parse("--colour", "red")).hasMessageContaining("unknown option");
    assertThatThrownBy(() -> parse("extra")).hasMessageContaining("unknown argument: extra");
  }

  @Test
  void generatedNamesStandForCounts() {
    assertThat(Generated.count("gen-10k")).isEqualTo(10_000);
    assertThat(Generated.count("gen-3m")).isEqualTo(3_000_000);
    assertThat(Generated.count("gen-2500")).isEqualTo(2_500);
    assertThatThrownBy(() -> Generated.count("gen-5")).hasMessageContaining("outside");
    assertThat(PeersBench.ordered(List.of("tweet", "gen-3m", "gen-10k", "agnews")))
        .containsExactly("gen-10k", "gen-3m", "tweet", "agnews");
  }

  @Test
  void aStoppedRunTellsHowFarItGot() {
    assertThat(
            PeersBench.progressHint(
                "INFO: <900> LL/token: -7.09925\nNov 26\nINFO: <910> LL/token: -7.09918\n"))
        .isEqualTo(" (at iteration 910 of 1000)");
    assertThat(
            PeersBench.progressHint(
                "bertopic_style: read done in 2.0 s, peak resident 900 MB\n"
                    + "bertopic_style: vectors done in 60.0 s, peak resident 5000 MB\n"))
        .isEqualTo(" (after its vectors stage)");
    assertThat(PeersBench.progressHint("")).isEmpty();
  }
}
