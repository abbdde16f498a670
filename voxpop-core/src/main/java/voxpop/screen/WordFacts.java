package voxpop.screen;

/**
 * What the screens need to know about one word, computed once per distinct word form and cached per
 * thread ({@link WordFactsCache}): most forms repeat across millions of appeals. Immutable after
 * construction.
 */
final class WordFacts {
  /** {@link AbuseDetector#NONE}, {@link AbuseDetector#INSULT} or {@link AbuseDetector#OBSCENE}. */
  final byte abuse;

  /** 0, {@link GibberishDetector#KEYBOARD} or {@link GibberishDetector#RANDOM}. */
  final byte junk;

  /** Letters in the word. */
  final int letters;

  /** Sum and count of the letters' log2 probabilities ({@link LetterFrequencies}). */
  final double logSum;

  final int logLetters;

  /** The skeleton for phrase matching ({@link Skeleton}, double letters kept), or the digits. */
  final char[] skeleton;

  /** Digits only. */
  final boolean number;

  /** The advertising phrases ({@code spam.txt}) and abusive phrases this word may start. */
  final PhraseLexicon.Entry[] spamStarts;

  final PhraseLexicon.Entry[] abuseStarts;

  WordFacts(
      int abuse,
      int junk,
      int letters,
      double logSum,
      int logLetters,
      char[] skeleton,
      boolean number,
      PhraseLexicon.Entry[] spamStarts,
      PhraseLexicon.Entry[] abuseStarts) {
    this.abuse = (byte) abuse;
    this.junk = (byte) junk;
    this.letters = letters;
    this.logSum = logSum;
    this.logLetters = logLetters;
    this.skeleton = skeleton;
    this.number = number;
    this.spamStarts = spamStarts;
    this.abuseStarts = abuseStarts;
  }
}
