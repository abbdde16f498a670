package voxpop.terms;

import voxpop.model.Language;

/**
 * Turns a text into its content-word stems, in text order. The engine's implementation is {@code
 * voxpop.text.TermExtractor} (Lucene analyzers per language); tests may pass a simpler one.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface TermSource {
  /** Calls {@code sink} once per content word of {@code text}; the sequence is valid only then. */
  void stems(String text, Language language, StemSink sink);

  /** Receives one stem. */
  @FunctionalInterface
  interface StemSink {
    void accept(CharSequence stem);
  }
}
