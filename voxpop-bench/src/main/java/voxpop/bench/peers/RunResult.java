package voxpop.bench.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import voxpop.eval.ClusteringScores;

/**
 * One tool on one set, as written to {@code result.json} in the run's folder and read back to build
 * the table.
 *
 * @param set the set's name
 * @param tool the tool's id ({@link Tool#id()})
 * @param status DONE, TIME_LIMIT, OUT_OF_MEMORY, FAILED or NOT_RUN
 * @param reason why it stopped or was not run; "returned no clusters" for a run without any
 * @param wallSeconds wall time of the whole process
 * @param peakRssMb peak resident memory of the process tree, MiB
 * @param loadBefore the 1-minute load average when it started
 * @param loadAfter the 1-minute load average when it ended
 * @param documents documents (appeals) in the input
 * @param k the true number of classes, given to the tools that take K
 * @param clusters clusters the tool formed (outliers and screened-out not counted)
 * @param other scored documents the tool left in no cluster
 * @param scores document-level scores against the truth, null when not scored
 * @param subthemes voxpop (automatic) only: the sub-theme level against the same truth
 * @param subthemeCount voxpop (automatic) only: the sub-themes it formed
 * @param questionLevel voxpop on generated corpora only: {@code voxpop evaluate}'s theme level over
 *     every accepted question
 * @param topLabels labels of the ten largest clusters, largest first
 * @param peer what the tool reported about itself (stage times, settings)
 * @param command the command line, with the repository's paths shortened
 */
public record RunResult(
    String set,
    String tool,
    String status,
    String reason,
    double wallSeconds,
    long peakRssMb,
    double loadBefore,
    double loadAfter,
    long documents,
    int k,
    int clusters,
    long other,
    ClusteringScores scores,
    ClusteringScores subthemes,
    int subthemeCount,
    ClusteringScores questionLevel,
    List<String> topLabels,
    Map<String, Object> peer,
    String command) {

  public static final String FILE = "result.json";
  static final String NOT_RUN = "NOT_RUN";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  public RunResult {
    topLabels = topLabels == null ? List.of() : List.copyOf(topLabels);
    peer = peer == null ? Map.of() : Map.copyOf(peer);
  }

  /** Whether the tool ran to the end. */
  public boolean done() {
    return status.equals(LimitedRun.Status.DONE.name());
  }

  /** A run that was not started, with the reason. */
  static RunResult notRun(String set, Tool tool, long documents, int k, String reason) {
    return new RunResult(
        set, tool.id(), NOT_RUN, reason, 0, 0, 0, 0, documents, k, 0, 0, null, null, 0, null, null,
        null, "");
  }

  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
  }

  public static RunResult read(Path file) throws IOException {
    return JSON.readValue(Files.readString(file), RunResult.class);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readPeerJson(Path file) throws IOException {
    return Files.exists(file) ? JSON.readValue(Files.readString(file), Map.class) : Map.of();
  }
}
