package voxpop.bench.peers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * The Carrot2 peer (4.5.1): Lingo (Osiński, Stefanowski and Weiss 2004: SVD of the term-document
 * matrix, labels from frequent phrases) or STC (Zamir and Etzioni 1998: suffix-tree clustering).
 * Runs in its own JVM, started by {@link PeersBench}. Carrot2 is deterministic.
 *
 * <p>Its defaults, with room for at least the true K clusters: Lingo makes about {@code
 * desiredClusterCount / 10 * sqrt(documents)} clusters, so {@code desiredClusterCount} stays at its
 * default 30 unless {@code 10 K / sqrt(documents)} is larger (up to its maximum, 100); STC keeps at
 * most {@code maxClusters} = the larger of its default 15 and K. Cutting them down to K would only
 * hurt them: their largest clusters are built around frequent phrases, and fewer clusters leave
 * more documents in none. Language components are Carrot2's own (Snowball stemmer, stop words and
 * label filters) for English or Russian. A document goes to the first cluster (Carrot2's order:
 * score and size) that holds it, and to {@link Predictions#OTHER} when none does.
 *
 * <p>Usage: {@code Carrot2Peer lingo|stc DOCS_TSV OUT_DIR K LANGUAGE(English|Russian)}.
 */
public final class Carrot2Peer {
  private Carrot2Peer() {}

  /** One document as Carrot2 sees it: a single content field. */
  private record Text(int index, String content) implements Document {
    @Override
    public void visitFields(BiConsumer<String, String> fieldConsumer) {
      fieldConsumer.accept("content", content);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: Carrot2Peer lingo|stc DOCS_TSV OUT_DIR K English|Russian");
      System.exit(2);
    }
    String algorithm = args[0];
    Path docs = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int k = Integer.parseInt(args[3]);
    String language = args[4];

    long t0 = System.nanoTime();
    List<String> ids = new ArrayList<>();
    List<Text> texts = new ArrayList<>();
    Docs.forEach(
        docs,
        (id, text) -> {
          texts.add(new Text(ids.size(), text));
          ids.add(id);
        });
    LanguageComponents lang = LanguageComponents.loader().load().language(language);
    int setting;
    ClusteringAlgorithm algo;
    if (algorithm.equals("lingo")) {
      LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
      setting = lingoDesiredCount(k, texts.size());
      lingo.desiredClusterCount.set(setting);
      algo = lingo;
    } else if (algorithm.equals("stc")) {
      STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
      setting = Math.max(STC_DEFAULT_MAX_CLUSTERS, k);
      stc.maxClusters.set(setting);
      algo = stc;
    } else {
      throw new IllegalArgumentException("unknown algorithm " + algorithm + "; lingo or stc");
    }
    long t1 = System.nanoTime();
    List<Cluster<Text>> clusters = algo.cluster(texts.stream(), lang);
    long t2 = System.nanoTime();

    String[] cluster = new String[texts.size()];
    Map<String, String> labels = new LinkedHashMap<>();
    int[] c = {0};
    Map<Cluster<Text>, Boolean> seen = new IdentityHashMap<>();
    for (Cluster<Text> top : clusters) {
      assign(top, cluster, labels, c, seen);
    }
    for (int i = 0; i < cluster.length; i++) {
      if (cluster[i] == null) {
        cluster[i] = Predictions.OTHER;
      }
    }
    Predictions.write(out, ids, cluster, labels);
    Files.writeString(
        out.resolve("peer.json"),
        String.format(
            Locale.ROOT,
            "{\"read_s\": %.2f, \"fit_s\": %.2f, \"clusters_returned\": %d, \"%s\": %d}%n",
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            clusters.size(),
            algorithm.equals("lingo") ? "desiredClusterCount" : "maxClusters",
            setting));
  }

  static final int LINGO_DEFAULT_DESIRED = 30;
  static final int STC_DEFAULT_MAX_CLUSTERS = 15;

  /** Lingo's setting: its default, raised so that its heuristic makes at least {@code k}. */
  static int lingoDesiredCount(int k, int documents) {
    long v = (long) Math.ceil(10.0 * k / Math.sqrt(Math.max(1, documents)));
    return (int) Math.min(100, Math.max(LINGO_DEFAULT_DESIRED, v));
  }

  /** Depth first: a cluster, then its sub-clusters; a document keeps the first it meets. */
  private static void assign(
      Cluster<Text> cl,
      String[] cluster,
      Map<String, String> labels,
      int[] counter,
      Map<Cluster<Text>, Boolean> seen) {
    if (seen.put(cl, Boolean.TRUE) != null) {
      return;
    }
    String name = "c" + counter[0]++;
    labels.put(name, String.join(", ", cl.getLabels()));
    for (Text d : cl.getDocuments()) {
      if (cluster[d.index()] == null) {
        cluster[d.index()] = name;
      }
    }
    for (Cluster<Text> sub : cl.getClusters()) {
      assign(sub, cluster, labels, counter, seen);
    }
  }
}
