package voxpop.bench.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import voxpop.model.Language;
import voxpop.terms.TermSource;
import voxpop.themes.SurfaceSource;

/**
 * Stems and surface forms from Lucene's stock Russian (Snowball) and English (Porter) analyzers,
 * for the evaluation harness when {@code voxpop.text.TermExtractor} is not used. Thread-safe:
 * Lucene analyzers reuse per-thread components.
 */
final class LuceneTerms implements TermSource, SurfaceSource {
  private final Analyzer russian = new RussianAnalyzer();
  private final Analyzer english = new EnglishAnalyzer();

  @Override
  public void stems(String text, Language language, StemSink sink) {
    tokens(text, language, (position, surface, stem) -> sink.accept(stem));
  }

  @Override
  public void tokens(String text, Language language, TokenSink sink) {
    Analyzer a = language == Language.EN ? english : russian;
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        sink.accept(position, text.subSequence(offset.startOffset(), offset.endOffset()), term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
