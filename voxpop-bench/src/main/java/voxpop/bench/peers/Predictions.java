package voxpop.bench.peers;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import voxpop.eval.ClusteringMetrics;
import voxpop.eval.ClusteringScores;

/**
 * What one tool predicted for every document: a cluster name per document ({@link #OTHER} for none)
 * and a label per cluster.
 *
 * <p>A peer writes two files into its output folder: {@code assignments.tsv} ({@code id TAB
 * cluster}, one line per document it placed; a document it left out counts as {@link #OTHER}) and
 * {@code clusters.tsv} ({@code cluster TAB label}, best-ranked first, optional). Not thread-safe.
 *
 * @param clusterByDoc the cluster of each document by index
 * @param labels the label of each cluster, in the tool's own order
 */
public record Predictions(String[] clusterByDoc, Map<String, String> labels) {
  /** The cluster of a document the tool placed nowhere (outliers, no cluster). */
  public static final String OTHER = "other";

  /** The cluster of a document whose first question voxpop screened out (spam, abuse...). */
  public static final String SCREENED = "(screened out)";

  public static final String ASSIGNMENTS = "assignments.tsv";
  public static final String CLUSTERS = "clusters.tsv";

  /** Reads a peer's two files; documents absent from {@code assignments.tsv} are {@link #OTHER}. */
  public static Predictions readPeer(Path dir, Map<String, Integer> index) throws IOException {
    String[] byDoc = new String[index.size()];
    Map<String, String> canonical = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(dir.resolve(ASSIGNMENTS), StandardCharsets.UTF_8)) {
      String line;
      long no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IOException(ASSIGNMENTS + " line " + no + ": expected id TAB cluster");
        }
        Integer doc = index.get(line.substring(0, tab));
        if (doc == null) {
          throw new IOException(ASSIGNMENTS + " line " + no + ": unknown document id");
        }
        String c = line.substring(tab + 1);
        byDoc[doc] = canonical.computeIfAbsent(c, x -> x);
      }
    }
    for (int i = 0; i < byDoc.length; i++) {
      if (byDoc[i] == null) {
        byDoc[i] = OTHER;
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Path clusters = dir.resolve(CLUSTERS);
    if (Files.exists(clusters)) {
      for (String line : Files.readAllLines(clusters, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          labels.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    return new Predictions(byDoc, labels);
  }

  /** Writes the two files of a peer (used by the Java peers). */
  public static void write(
      Path dir, List<String> ids, String[] clusterByDoc, Map<String, String> labels)
      throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve(ASSIGNMENTS), StandardCharsets.UTF_8)) {
      for (int i = 0; i < ids.size(); i++) {
        w.write(ids.get(i) + "\t" + clusterByDoc[i] + "\n");
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve(CLUSTERS), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : labels.entrySet()) {
        w.write(e.getKey() + "\t" + Docs.clean(e.getValue()) + "\n");
      }
    }
  }

  /** Documents per cluster, largest first, ties by name. */
  public List<Map.Entry<String, Long>> sizes() {
    Map<String, Long> n = new HashMap<>();
    for (String c : clusterByDoc) {
      n.merge(c, 1L, Long::sum);
    }
    List<Map.Entry<String, Long>> out = new ArrayList<>(n.entrySet());
    out.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return out;
  }

  /** Clusters the tool formed: every distinct cluster but {@link #OTHER} and {@link #SCREENED}. */
  public int clusterCount() {
    int n = 0;
    for (Map.Entry<String, Long> e : sizes()) {
      if (!e.getKey().equals(OTHER) && !e.getKey().equals(SCREENED)) {
        n++;
      }
    }
    return n;
  }

  /** Documents in {@link #OTHER}. */
  public long otherCount() {
    long n = 0;
    for (String c : clusterByDoc) {
      if (c.equals(OTHER)) {
        n++;
      }
    }
    return n;
  }

  /** The labels of the largest {@code n} clusters (not {@link #OTHER}), largest first. */
  public List<String> topLabels(int n) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : sizes()) {
      if (out.size() == n) {
        break;
      }
      if (e.getKey().equals(OTHER) || e.getKey().equals(SCREENED)) {
        continue;
      }
      out.add(labels.getOrDefault(e.getKey(), e.getKey()));
    }
    return out;
  }

  /**
   * Scores the documents with a true label against it. {@link #OTHER} is one cluster, and so is
   * {@link #SCREENED}: leaving a document out costs quality instead of vanishing.
   */
  public ClusteringScores score(String[] truth) {
    if (truth.length != clusterByDoc.length) {
      throw new IllegalArgumentException(
          "truth for " + truth.length + " documents, predictions for " + clusterByDoc.length);
    }
    List<String> t = new ArrayList<>();
    List<String> p = new ArrayList<>();
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] != null) {
        t.add(truth[i]);
        p.add(clusterByDoc[i]);
      }
    }
    return ClusteringMetrics.score(t, p);
  }
}
