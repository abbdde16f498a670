package voxpop.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds {@code ё} into {@code е} (after lower-casing): Russian writers use the two letters
 * interchangeably ({@code ещё}/{@code еще}, {@code всё}/{@code все}), and the stemmer and the stop
 * lists should see one form. Not thread-safe.
 */
final class YoFoldingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  YoFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = termAtt.buffer();
    for (int i = 0, n = termAtt.length(); i < n; i++) {
      if (b[i] == 'ё') {
        b[i] = 'е';
      }
    }
    return true;
  }
}
