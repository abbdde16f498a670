package voxpop.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

/**
 * The engine's analysis chain for one language, composed the Lucene way, one decorator per concern:
 *
 * <ol>
 *   <li>{@link WordTokenizer} — words, hyphenated words kept whole;
 *   <li>{@link LowerCaseFoldingFilter} (lower case, ё → е), {@link ParticleSuffixFilter} ({@code
 *       какой-то} → {@code какой}), English possessives;
 *   <li>{@link FillerPhraseFilter} — "добрый день", "Владимир Владимирович";
 *   <li>{@link NumberFilter} and {@link LengthFilter} (one-letter words) — positions still count;
 *   <li>{@link StopFilter} — Lucene's list for the language plus the genre's fillers;
 *   <li>{@link StemFilter} — Snowball stemmer or dictionary lemma into {@link StemAttribute},
 *       cached;
 *   <li>{@link StemStopFilter} — fillers in every inflection.
 * </ol>
 *
 * Thread-safe, as every Lucene {@link Analyzer}: the components are reused per thread.
 */
final class VoxpopAnalyzer extends Analyzer {
  private final LanguageProfile profile;

  VoxpopAnalyzer(LanguageProfile profile) {
    this.profile = profile;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new WordTokenizer();
    TokenStream ts = new LowerCaseFoldingFilter(source);
    if (profile.english()) {
      ts = new EnglishPossessiveFilter(ts);
    } else {
      ts = new ParticleSuffixFilter(ts);
    }
    if (!profile.phrases().isEmpty()) {
      ts = new FillerPhraseFilter(ts, profile.phrases());
    }
    ts = new NumberFilter(ts);
    ts = new LengthFilter(ts, 2, WordTokenizer.MAX_WORD);
    ts = new StopFilter(ts, profile.stopWords());
    ts = new StemFilter(ts, profile.stemmer().get());
    ts = new StemStopFilter(ts, profile.stopStems());
    return new TokenStreamComponents(source, ts);
  }
}
