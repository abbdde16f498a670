package voxpop.text;

/** Receives the content words of a text from {@link TermExtractor}, in text order. */
@FunctionalInterface
public interface TokenSink {
  /**
   * One content word.
   *
   * @param position the index of the word among all words of the text (stop words and numbers count
   *     too), so that adjacent content words have adjacent positions
   * @param surface the word as written, lower-cased, {@code ё} as {@code е}
   * @param stem its normalised form (Snowball stem or dictionary lemma)
   *     <p>Both sequences are valid only during the call; copy them to keep them.
   */
  void accept(int position, CharSequence surface, CharSequence stem);
}
