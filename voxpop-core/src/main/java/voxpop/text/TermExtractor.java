package voxpop.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import voxpop.model.Language;

/**
 * The engine's tokenizer for themes, duplicates and labels: the content words of a text with their
 * positions, lower-cased surfaces and stems, through one {@link VoxpopAnalyzer} per language —
 * Russian (Snowball Russian stemmer), English (Snowball English, i.e. Porter2), Ukrainian (lemmas
 * of the morfologik dictionary that Lucene's {@code UkrainianMorfologikAnalyzer} uses), and {@link
 * Language#OTHER} (every stop list, no stemming).
 *
 * <p>Stop words, the genre's fillers ("здравствуйте", "Владимир Владимирович", "хочу спросить") and
 * numbers are not emitted, but positions count them. Thread-safe: Lucene keeps one analysis chain
 * per thread, each with its own stem cache (up to {@value StemFilter#MAX_CACHED} forms); build one
 * extractor per run and share it, so the caches warm up once.
 */
public final class TermExtractor {
  private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

  /** Builds the analyzers; the first instance in a JVM also loads the word lists. */
  public TermExtractor() {
    for (Language l : Language.values()) {
      analyzers.put(l, new VoxpopAnalyzer(LanguageProfiles.of(l)));
    }
  }

  /**
   * Emits the content words of {@code text} to {@code sink}.
   *
   * @param text normalised text ({@link TextNormalizer}); {@code null} emits nothing
   * @param lang the language from {@link LanguageDetector}; {@code null} means {@code OTHER}
   */
  public void extract(String text, Language lang, TokenSink sink) {
    if (text == null || text.isEmpty()) {
      return;
    }
    Analyzer a = analyzers.get(lang == null ? Language.OTHER : lang);
    try (TokenStream ts = a.tokenStream("", text)) {
      CharTermAttribute term = ts.getAttribute(CharTermAttribute.class);
      StemAttribute stem = ts.getAttribute(StemAttribute.class);
      PositionIncrementAttribute inc = ts.getAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        sink.accept(position, term, stem);
      }
      ts.end();
    } catch (IOException e) {
      // Reading from a String cannot fail; keep the cause for the impossible case.
      throw new UncheckedIOException("text analysis failed", e);
    }
  }
}
