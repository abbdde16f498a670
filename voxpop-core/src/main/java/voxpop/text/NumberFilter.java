package voxpop.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens without a letter ({@code 2024}, {@code 2.5}, {@code 10,000}): numbers vary between
 * people asking the same thing and name no topic. Positions still count them. Not thread-safe.
 */
final class NumberFilter extends FilteringTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  NumberFilter(TokenStream in) {
    super(in);
  }

  @Override
  protected boolean accept() {
    char[] b = termAtt.buffer();
    for (int i = 0, n = termAtt.length(); i < n; i++) {
      if (Letters.isLetter(b[i])) {
        return true;
      }
    }
    return false;
  }
}
