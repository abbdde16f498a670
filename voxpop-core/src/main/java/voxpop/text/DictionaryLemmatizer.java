package voxpop.text;

import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas from a morfologik dictionary (Ukrainian: the one {@code UkrainianMorfologikAnalyzer}
 * uses). Lucene's {@code MorfologikFilter} stacks every lemma at one position; the engine wants one
 * term per word, so this takes the first lemma the dictionary gives. Unknown words stay as they
 * are. Not thread-safe ({@link DictionaryLookup} keeps buffers).
 */
final class DictionaryLemmatizer implements WordStemmer {
  private final DictionaryLookup lookup;
  private final StringBuilder scratch = new StringBuilder(32);

  DictionaryLemmatizer(Dictionary dictionary) {
    this.lookup = new DictionaryLookup(dictionary);
  }

  @Override
  public void stem(char[] word, int len, StemAttribute out) {
    scratch.setLength(0);
    scratch.append(word, 0, len);
    List<WordData> lemmas = lookup.lookup(scratch);
    if (lemmas.isEmpty()) {
      out.setStem(word, 0, len);
      return;
    }
    CharSequence lemma = lemmas.getFirst().getStem();
    boolean lower = true;
    for (int i = 0; i < lemma.length(); i++) {
      if (Character.isUpperCase(lemma.charAt(i))) {
        lower = false;
        break;
      }
    }
    out.setStem(lower ? lemma : lemma.toString().toLowerCase(Locale.ROOT));
  }
}
