package voxpop.themes;

/**
 * Maps a question of the run to a vector of unit length (or zero, when nothing of it is known), for
 * clustering the fit sample. Immutable and thread-safe. An embedding may read the question's stems
 * ({@link ThemeInput#terms()}) or its text ({@link ThemeInput#texts()}), so a sentence encoder fits
 * here as well as LSA.
 */
public interface DocEmbedding {
  /** The length of every vector. */
  int dimension();

  /** Writes the vector of question {@code doc} of {@code input} into {@code out}. */
  void embed(ThemeInput input, int doc, float[] out);

  /** A short description for provenance: method and sizes. */
  String describe();
}
