package voxpop.bench.peers;

import java.util.Arrays;
import java.util.List;

/** The tools measured side by side, by the names {@code --tools} takes. */
public enum Tool {
  /** {@code voxpop analyze}: the whole pipeline, the number of themes found by itself. */
  VOXPOP("voxpop", "voxpop (automatic)", false),
  /** {@code voxpop analyze --themes K}: the whole pipeline with K = the true classes. */
  VOXPOP_K("voxpop-k", "voxpop --themes K", false),
  /** MALLET 2.0.8 {@code ParallelTopicModel}, K topics, each document to its likeliest topic. */
  MALLET("mallet", "MALLET LDA (K)", true),
  /** Carrot2 4.5.1 Lingo, its defaults with room for K; each document to its first cluster. */
  LINGO("lingo", "Carrot2 Lingo", true),
  /** Carrot2 4.5.1 STC, its defaults with room for K; each document to its first cluster. */
  STC("stc", "Carrot2 STC", true),
  /** The BERTopic recipe from Debian's scikit-learn (and umap-learn): see bertopic_style.py. */
  BERTOPIC("bertopic", "BERTopic-style (sklearn)", true);

  private final String id;
  private final String title;
  private final boolean peer;

  Tool(String id, String title, boolean peer) {
    this.id = id;
    this.title = title;
    this.peer = peer;
  }

  /** The name on the command line and in result folders. */
  public String id() {
    return id;
  }

  /** The name in the table. */
  public String title() {
    return title;
  }

  /** Whether it is a peer (reads the documents file and writes assignments), not voxpop. */
  public boolean peer() {
    return peer;
  }

  static List<String> names() {
    return Arrays.stream(values()).map(Tool::id).toList();
  }

  /**
   * The tool of a name.
   *
   * @throws IllegalArgumentException naming the known tools
   */
  static Tool byName(String name) {
    for (Tool t : values()) {
      if (t.id.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "--tools: unknown tool '" + name + "'; known: " + String.join(", ", names()));
  }
}
