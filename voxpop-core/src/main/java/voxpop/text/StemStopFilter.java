package voxpop.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Drops tokens whose stem is a filler of the genre in any inflection ({@code вопрос}, {@code
 * вопросы}, {@code вопросом} all stem to {@code вопрос}); the surface stop list cannot list every
 * form. Runs after {@link StemFilter}. Not thread-safe.
 */
final class StemStopFilter extends FilteringTokenFilter {
  private final StemAttribute stemAtt = addAttribute(StemAttribute.class);
  private final CharArraySet stopStems;

  StemStopFilter(TokenStream in, CharArraySet stopStems) {
    super(in);
    this.stopStems = stopStems;
  }

  @Override
  protected boolean accept() {
    return !stopStems.contains(stemAtt.buffer(), 0, stemAtt.length());
  }
}
