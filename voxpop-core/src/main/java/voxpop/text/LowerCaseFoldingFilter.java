package voxpop.text;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases a token and folds {@code ё} into {@code е}: Russian writers use the two letters
 * interchangeably ({@code ещё}/{@code еще}, {@code всё}/{@code все}), and the stemmer and the stop
 * lists should see one form. The same result as Lucene's {@code LowerCaseFilter} followed by a
 * {@code ё} fold, in one pass that answers ASCII and Cyrillic without the JDK's Unicode tables
 * ({@link Letters#lower}); a token holding a surrogate pair goes through Lucene's code-point path.
 * Not thread-safe.
 */
final class LowerCaseFoldingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  LowerCaseFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = termAtt.buffer();
    int n = termAtt.length();
    for (int i = 0; i < n; i++) {
      char c = b[i];
      if (Character.isSurrogate(c)) {
        CharacterUtils.toLowerCase(b, i, n);
        foldYo(b, i, n);
        return true;
      }
      b[i] = Letters.lower(c);
    }
    return true;
  }

  private static void foldYo(char[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == 'ё') {
        b[i] = 'е';
      }
    }
  }
}
