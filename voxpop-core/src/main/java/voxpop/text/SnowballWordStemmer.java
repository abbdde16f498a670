package voxpop.text;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A Snowball stemmer (Russian or English, from Lucene's {@code lucene-analysis-common}). Words of
 * the other script go to the stemmer of their own script: Latin words inside Russian text ({@code
 * WhatsApp}, {@code apps}) get the English stemmer, Cyrillic ones are left to the Russian one. Not
 * thread-safe.
 */
final class SnowballWordStemmer implements WordStemmer {
  private final SnowballStemmer primary;
  private final boolean primaryIsLatin;
  private final SnowballStemmer latin;
  private char[] scratch = new char[32];

  SnowballWordStemmer(SnowballStemmer primary, boolean primaryIsLatin) {
    this.primary = primary;
    this.primaryIsLatin = primaryIsLatin;
    this.latin = primaryIsLatin ? primary : new EnglishStemmer();
  }

  @Override
  public void stem(char[] word, int len, StemAttribute out) {
    SnowballStemmer s = primary;
    if (!primaryIsLatin && len > 0 && word[0] < 0x250 && Character.isLetter(word[0])) {
      s = latin;
    } else if (primaryIsLatin && len > 0 && word[0] >= 0x400 && word[0] <= 0x4FF) {
      out.setStem(word, 0, len);
      return;
    }
    // Snowball works in the array it is given; the surface must survive for labels.
    if (scratch.length < len + 8) {
      scratch = new char[len + 16];
    }
    System.arraycopy(word, 0, scratch, 0, len);
    s.setCurrent(scratch, len);
    s.stem();
    out.setStem(s.getCurrentBuffer(), 0, s.getCurrentBufferLength());
    scratch = s.getCurrentBuffer();
  }
}
