package voxpop.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts a hyphenated particle off a word ({@code какой-то} → {@code какой}, {@code когда-нибудь} →
 * {@code когда}, {@code все-таки} → {@code все}, {@code скажи-ка} → {@code скажи}) so that the stop
 * list and the stemmer see the word itself. Runs after lower-casing. Not thread-safe.
 */
final class ParticleSuffixFilter extends TokenFilter {
  private static final String[] PARTICLES = {
    "-то", "-нибудь", "-либо", "-таки", "-ка", "-небудь", "-будь"
  };

  private static final int LONGEST =
      java.util.Arrays.stream(PARTICLES).mapToInt(String::length).max().orElseThrow();

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  ParticleSuffixFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = termAtt.length();
    char[] b = termAtt.buffer();
    if (!hasDashNearEnd(b, len)) {
      return true;
    }
    for (String p : PARTICLES) {
      int pl = p.length();
      if (len > pl + 1 && endsWith(b, len, p)) {
        termAtt.setLength(len - pl);
        break;
      }
    }
    return true;
  }

  /** Every particle starts with a hyphen, and most words have none within a particle's reach. */
  private static boolean hasDashNearEnd(char[] b, int len) {
    for (int i = Math.max(0, len - LONGEST); i < len; i++) {
      if (b[i] == '-') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] b, int len, String suffix) {
    int off = len - suffix.length();
    for (int i = 0; i < suffix.length(); i++) {
      if (b[off + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
