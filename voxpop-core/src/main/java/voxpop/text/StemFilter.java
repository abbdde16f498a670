package voxpop.text;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
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
  private final CharArrayMap<char[]> cache = new CharArrayMap<>(1024, false);

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
    char[] cached = cache.get(b, 0, len);
    if (cached != null) {
      stemAtt.setStem(cached, 0, cached.length);
      return true;
    }
    stemmer.stem(b, len, stemAtt);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(Arrays.copyOf(b, len), Arrays.copyOf(stemAtt.buffer(), stemAtt.length()));
    return true;
  }
}
