package voxpop.themes;

import voxpop.model.Language;

/**
 * Turns a text into its content words with their surface form and stem, in text order, as {@code
 * voxpop.text.TermExtractor} does. The labeller reads labels from it, so its stems must be those of
 * the run's {@code TermSource}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SurfaceSource {
  /** Calls {@code sink} once per content word; the sequences are valid only during the call. */
  void tokens(String text, Language language, TokenSink sink);

  /** Receives one content word. */
  @FunctionalInterface
  interface TokenSink {
    /**
     * @param position the word's position, counting removed stop words, so gaps show where they
     *     were
     * @param surface the word as written in the text
     * @param stem its stem
     */
    void accept(int position, CharSequence surface, CharSequence stem);
  }
}
