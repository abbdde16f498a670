package voxpop.screen;

import java.util.Arrays;
import voxpop.text.Letters;
import voxpop.util.CharIndex;

/**
 * A bounded map from a lower-cased word form to its {@link WordFacts}. The screens look every word
 * up here and compute the facts of a form only once; when the map holds {@value #MAX_FORMS} forms
 * it starts afresh (no eviction bookkeeping). Not thread-safe: {@link Screener} keeps one per
 * thread.
 */
final class WordFactsCache {
  static final int MAX_FORMS = 1 << 18;

  private final CharIndex forms = new CharIndex();
  private WordFacts[] facts = new WordFacts[4096];
  private final Skeleton skeleton = new Skeleton();
  private char[] key = new char[32];

  /** The facts of every word of {@code t}, in word order. */
  WordFacts[] of(
      ScreenText t, AbuseDetector abuse, GibberishDetector gibberish, PhraseLexicon spam) {
    WordFacts[] out = new WordFacts[t.words];
    for (int k = 0; k < t.words; k++) {
      out[k] = get(t.text, t.starts[k], t.ends[k], abuse, gibberish, spam);
    }
    return out;
  }

  private WordFacts get(
      String text,
      int start,
      int end,
      AbuseDetector abuse,
      GibberishDetector gibberish,
      PhraseLexicon spam) {
    int len = end - start;
    if (key.length < len) {
      key = new char[len * 2];
    }
    for (int i = 0; i < len; i++) {
      key[i] = Letters.lower(text.charAt(start + i));
    }
    int id = forms.find(key, len);
    if (id >= 0) {
      return facts[id];
    }
    WordFacts f = compute(text, start, end, key, len, abuse, gibberish, spam);
    if (forms.size() >= MAX_FORMS) {
      forms.clear();
    }
    id = forms.add(key, len);
    if (id == facts.length) {
      facts = Arrays.copyOf(facts, id * 2);
    }
    facts[id] = f;
    return f;
  }

  private WordFacts compute(
      String text,
      int start,
      int end,
      char[] lower,
      int len,
      AbuseDetector abuse,
      GibberishDetector gibberish,
      PhraseLexicon spam) {
    boolean number = true;
    int letters = 0;
    double logSum = 0;
    int logLetters = 0;
    char[] onlyLetters = new char[len];
    for (int i = 0; i < len; i++) {
      char c = lower[i];
      if (!Letters.isDigit(c)) {
        number = false;
      }
      if (Letters.isLetter(c)) {
        onlyLetters[letters++] = c;
        double l = LetterFrequencies.log2p(c);
        if (!Double.isNaN(l)) {
          logSum += l;
          logLetters++;
        }
      }
    }
    char[] skel;
    if (number) {
      skel = Arrays.copyOf(lower, len);
    } else {
      skeleton.of(text, start, end, false, false);
      skel = Arrays.copyOf(skeleton.chars, skeleton.length);
    }
    int kind = abuse.word(skeleton, text, start, end);
    int junk = gibberish.junk(onlyLetters, letters);
    return new WordFacts(
        kind,
        junk,
        letters,
        logSum,
        logLetters,
        skel,
        number,
        spam.startingWith(skel, number),
        abuse.phrases().startingWith(skel, number));
  }
}
