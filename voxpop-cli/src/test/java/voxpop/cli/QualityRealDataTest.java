package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import voxpop.eval.data.DataSets;

/**
 * {@code voxpop quality} on the real sets of {@code ../shared/data}, when they are there (skipped
 * with the reason otherwise): the run completes, nothing is skipped, and every score and share is
 * in [0, 1] (ARI in [-0.5, 1]). The floors themselves are asserted by the engine's own tests; the
 * figures are in {@code docs/quality.md}. The smaller sets of each section keep the test to about a
 * minute of a shared machine; {@code voxpop quality} with no {@code --sets} runs them all.
 */
class QualityRealDataTest {
  private static final String SETS =
      "kursk-appeals,tweet,en-sms-spam-uci,ru-paradetox,troitsk-appeals-unlabeled,ru-paraphraser";
  private static final Set<String> UNIT =
      Set.of(
          "nmi",
          "v_measure",
          "homogeneity",
          "completeness",
          "matched_accuracy",
          "precision",
          "recall",
          "f1",
          "share",
          "toxic_share",
          "rewrites_share",
          "screened_share",
          "nmi_mean",
          "nmi_min",
          "nmi_max",
          "accuracy_mean",
          "accuracy_min",
          "accuracy_max");

  @TempDir Path dir;

  @Test
  void runsTheRealSetsAndEveryFigureIsAShare() throws IOException {
    Optional<Path> root = DataSets.sharedRoot();
    assumeTrue(
        root.isPresent(),
        "the real data sets are absent: set " + DataSets.ENV + " to the shared/data folder");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new QualityCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    Path json = dir.resolve("quality.json");
    int status =
        cl.execute("--data", root.get().toString(), "--sets", SETS, "--json", json.toString());
    assertThat(status).as(err.toString()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
    assertThat(report.get("skipped")).as(out.toString()).isEmpty();
    assertThat(report.get("themes")).hasSize(2);
    assertThat(report.get("given")).hasSize(1);
    assertThat(report.get("toxicity")).hasSize(1);
    assertThat(report.get("spam")).hasSize(1);
    assertThat(report.get("appeals")).hasSize(2);
    assertThat(report.get("duplicates")).hasSize(1);
    int[] checked = {0};
    walk(report, "", checked);
    assertThat(checked[0]).isGreaterThan(100);
  }

  private static void walk(JsonNode node, String name, int[] checked) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), e.getKey(), checked);
      }
    } else if (node.isArray()) {
      node.forEach(n -> walk(n, name, checked));
    } else if (node.isNumber() && (UNIT.contains(name) || name.equals("ari"))) {
      double lo = name.equals("ari") ? -0.5 : 0.0;
      assertThat(node.asDouble()).as(name).isBetween(lo, 1.0);
      checked[0]++;
    }
  }
}
