package voxpop.eval.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The real data sets of {@code ../shared/data} (see its {@code DATA.md} and each folder's {@code
 * SOURCE.md}), loaded from a root folder given by the caller. Nothing is copied or cached: each
 * call reads the files. Thread-safe.
 *
 * <p>The clustering sets, by the names {@link #clustering(String)} takes: {@code kursk-appeals}
 * (2,000 Russian appeals; 161 themes, 17 categories), {@code agnews} (8,000; 4), {@code
 * searchsnippets} (12,340; 8), {@code biomedical} (20,000; 20), {@code tweet} (2,472; 89), {@code
 * banking77} (13,083; 77), {@code clinc150} (22,500 in scope; 150 intents in 10 domains).
 */
public final class DataSets {
  /** The environment variable naming the root (surefire sets it to {@code ../shared/data}). */
  public static final String ENV = "VOXPOP_SHARED_DATA";

  /** The clustering sets {@link #clustering(String)} knows, in the order of the quality table. */
  public static final List<String> CLUSTERING_SETS =
      List.of(
          "kursk-appeals",
          "agnews",
          "searchsnippets",
          "biomedical",
          "tweet",
          "banking77",
          "clinc150");

  private final Path root;

  public DataSets(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** The root named by {@value #ENV}, when it names an existing folder. */
  public static Optional<Path> sharedRoot() {
    String v = System.getenv(ENV);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    Path p = Path.of(v);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  public Path root() {
    return root;
  }

  /**
   * A clustering set by name (see the class comment).
   *
   * @throws IllegalArgumentException naming the known sets
   * @throws IOException when the set's files are missing or malformed
   */
  public ClusteringSet clustering(String name) throws IOException {
    return switch (name) {
      case "kursk-appeals" -> kurskAppeals();
      case "agnews" -> agNews();
      case "searchsnippets" -> searchSnippets();
      case "biomedical" -> biomedical();
      case "tweet" -> tweet();
      case "banking77" -> banking77();
      case "clinc150" -> clinc150();
      default ->
          throw new IllegalArgumentException(
              "unknown clustering set '"
                  + name
                  + "'; known: "
                  + String.join(", ", CLUSTERING_SETS));
    };
  }

  /** Kursk appeals, train: fine label {@code Тематика}, coarse label {@code Категория}. */
  public ClusteringSet kurskAppeals() throws IOException {
    return AppealSets.kursk(root);
  }

  /** Kursk appeals, test: 1,000 unlabelled texts. */
  public List<LabelledText> kurskAppealsTest() throws IOException {
    return AppealSets.kurskTest(root);
  }

  /** Troitsk: 1,005 unlabelled questions to the town head (title, line break, message). */
  public List<LabelledText> troitsk() throws IOException {
    return AppealSets.troitsk(root);
  }

  public ClusteringSet agNews() throws IOException {
    return EnglishSets.shortText(root, "agnews", "agnewsdataraw-8000");
  }

  public ClusteringSet searchSnippets() throws IOException {
    return EnglishSets.shortText(
        root, "searchsnippets", "search_snippets/search_snippets_true_text");
  }

  public ClusteringSet biomedical() throws IOException {
    return EnglishSets.shortText(root, "biomedical", "biomedical/biomedical_true_text");
  }

  /** Tweet (CRLF line ends). */
  public ClusteringSet tweet() throws IOException {
    return EnglishSets.shortText(root, "tweet", "tweet-original-order.txt");
  }

  /** BANKING77, train and test together; one label level. */
  public ClusteringSet banking77() throws IOException {
    return EnglishSets.banking77(root);
  }

  /** CLINC150 in scope: intents as fine labels, their domains as coarse labels. */
  public ClusteringSet clinc150() throws IOException {
    return EnglishSets.clinc150(root, false);
  }

  /** CLINC150's out-of-scope queries, kept apart (label {@code oos}). */
  public List<LabelledText> clinc150OutOfScope() throws IOException {
    return EnglishSets.clinc150(root, true).texts();
  }

  /** UCI SMS spam collection; {@code positive} is spam. */
  public List<BinaryText> smsSpam() throws IOException {
    return EnglishSets.smsSpam(root);
  }

  /** Quora question pairs (81,000); label {@link TextPair#DUPLICATE} or {@link TextPair#NON}. */
  public List<TextPair> quoraQuestionPairs() throws IOException {
    return PairSets.quora(root);
  }

  /** ParaPhraser train pairs (7,227); label non, loose or strict. */
  public List<TextPair> ruParaphraserTrain() throws IOException {
    return PairSets.paraphraser(root, false);
  }

  /** ParaPhraser gold (test) pairs (1,924); label non, loose or strict. */
  public List<TextPair> ruParaphraserGold() throws IOException {
    return PairSets.paraphraser(root, true);
  }

  /** ParaDetox: rude texts with their neutral rewrites (train, dev; test without rewrites). */
  public List<DetoxText> ruParadetox() throws IOException {
    return ToxicitySets.paradetox(root);
  }

  /** Appropriateness (Version 1, test and val); {@code positive} is inappropriate. */
  public List<BinaryText> ruAppropriateness() throws IOException {
    return ToxicitySets.appropriateness(root);
  }

  /** Sensitive topics (Version 2, test and val), 18 topics, multi-label. */
  public List<MultiLabelText> ruSensitiveTopics() throws IOException {
    return ToxicitySets.sensitiveTopics(root);
  }
}
