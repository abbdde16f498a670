package voxpop.eval.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A labelled clustering data set: texts with a fine and a coarse label.
 *
 * @param name the set's name, as {@link DataSets#clustering(String)} knows it
 * @param language the texts' language code ({@code ru}, {@code en})
 * @param texts the texts, in the set's own order
 */
public record ClusteringSet(String name, String language, List<LabelledText> texts) {
  public ClusteringSet {
    texts = List.copyOf(texts);
  }

  /** The distinct fine labels, in order of first appearance. */
  public Set<String> labels() {
    Set<String> s = new LinkedHashSet<>();
    texts.forEach(t -> s.add(t.label()));
    return s;
  }

  /** The distinct coarse labels, in order of first appearance. */
  public Set<String> coarseLabels() {
    Set<String> s = new LinkedHashSet<>();
    texts.forEach(t -> s.add(t.coarseLabel()));
    return s;
  }
}
