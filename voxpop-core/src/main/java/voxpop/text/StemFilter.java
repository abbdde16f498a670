package voxpop.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Sets {@link StemAttribute} from the lower-cased surface in {@link CharTermAttribute}, which it
 * leaves untouched. Most word forms repeat across millions of questions, so stems are cached per
 * analyzer thread (bounded: the cache is dropped when full, no eviction bookkeeping). Not
 * thread-safe.
 */
final class StemFilter extends TokenFilter {
  static final int MAX_CACHED = 1 << 17;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final StemAttribute stemAtt = addAttribute(StemAttribute.class);
  private final WordStemmer stemmer;
  private final voxpop.util.CharIndex forms = new voxpop.util.CharIndex();
  private char[][] stems = new char[1024][];

  StemFilter(TokenStream in, WordStemmer stemmer) {
    super(in);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = termAtt.buffer();
    int len = termAtt.length();
    int id = forms.find(b, len);
    if (id >= 0) {
      char[] cached = stems[id];
      stemAtt.setStem(cached, 0, cached.length);
      return true;
    }
    stemmer.stem(b, len, stemAtt);
    if (forms.size() >= MAX_CACHED) {
      forms.clear();
    }
    id = forms.add(b, len);
    if (id == stems.length) {
      stems = Arrays.copyOf(stems, id * 2);
    }
    stems[id] = Arrays.copyOf(stemAtt.buffer(), stemAtt.length());
    return true;
  }
}
