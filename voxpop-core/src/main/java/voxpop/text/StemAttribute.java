package voxpop.text;

import org.apache.lucene.util.Attribute;

/**
 * The normalised form (stem or dictionary lemma) of the current token, set by the stemming stage
 * while {@link org.apache.lucene.analysis.tokenattributes.CharTermAttribute} keeps the lower-cased
 * surface form, so that one pass yields both: stems for vectors and duplicates, surfaces for
 * readable labels.
 */
public interface StemAttribute extends Attribute, CharSequence {
  /** The stem's characters; valid up to {@link #length()}. */
  char[] buffer();

  /** Replaces the stem. */
  void setStem(char[] chars, int offset, int length);

  /** Replaces the stem. */
  void setStem(CharSequence chars);
}
