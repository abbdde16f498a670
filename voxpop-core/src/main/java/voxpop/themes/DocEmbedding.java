package voxpop.themes;

import voxpop.model.Language;
import voxpop.terms.TermDocs;

/**
 * Maps a question to a vector of unit length (or zero, when nothing of it is known). Immutable and
 * thread-safe: the intake server embeds new questions from many threads.
 */
public interface DocEmbedding {
  /** The length of every vector. */
  int dimension();

  /** Writes the vector of document {@code doc} of the run into {@code out}. */
  void embed(TermDocs terms, int doc, float[] out);

  /** Writes the vector of a new text into {@code out}. */
  void embedText(String text, Language language, float[] out);

  /** A short description for provenance: method and sizes. */
  String describe();
}
