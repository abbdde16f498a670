package voxpop.text;

/**
 * Reduces one lower-cased word to its normalised form. Implementations are not thread-safe: each
 * analyzer thread builds its own through a {@link java.util.function.Supplier}.
 */
interface WordStemmer {
  /** Stems {@code word[0..len)} into {@code out}; {@code word} itself is left unchanged. */
  void stem(char[] word, int len, StemAttribute out);
}
