package voxpop.screen;

import java.util.List;

/**
 * Finds obscene words and insults in Russian and English with their morphology and disguises,
 * through two {@link RootLexicon}s over the {@code abuse.txt} list: one over skeletons that keep
 * double letters (so that {@code ссать} and {@code сать} stay apart), one over skeletons with every
 * run merged ({@code хууй}, {@code ссука}) for the patterns that have no double letter. Letters
 * written apart ({@code х у й}, {@code п.и.з.д.а}) are joined and read as a word. Thread-safe after
 * construction.
 */
final class AbuseDetector {
  static final int NONE = 0;
  static final int INSULT = 1;
  static final int OBSCENE = 2;

  private final RootLexicon keepDoubles = new RootLexicon();
  private final RootLexicon mergeRuns = new RootLexicon();

  private final PhraseLexicon phrases;

  /**
   * @param lines the root lexicon ({@code abuse.txt})
   * @param phraseLines abusive phrases ({@code abuse-phrases.txt}), one weighing 1.0 is an insult
   */
  AbuseDetector(List<String> lines, List<String> phraseLines) {
    this.phrases = new PhraseLexicon(phraseLines);
    String section = "";
    for (String line : lines) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      String merged = merge(line);
      switch (section) {
        case "[prefixes]" -> {
          keepDoubles.addPrefix(line);
          mergeRuns.addPrefix(merged);
        }
        case "[except]" -> {
          keepDoubles.addException(line);
          mergeRuns.addException(merged);
        }
        case "[obscene]", "[insult]" -> {
          int kind = section.equals("[obscene]") ? OBSCENE : INSULT;
          keepDoubles.add(line, kind);
          if (merged.equals(line)) {
            mergeRuns.add(line, kind);
          }
        }
        default -> throw new IllegalStateException("abuse list line outside a section: " + line);
      }
    }
  }

  /** What a text holds: the strongest class, and how many words (or phrases) are insults. */
  record Result(int kind, int insults) {}

  PhraseLexicon phrases() {
    return phrases;
  }

  /** Reads a text from its words' facts, spaced letters and phrases. */
  Result detect(ScreenText t, WordFacts[] facts) {
    int best = NONE;
    int insults = 0;
    for (int k = 0; k < facts.length && best < OBSCENE; k++) {
      int w = facts[k].abuse;
      best = Math.max(best, w);
      if (w == INSULT) {
        insults++;
      }
    }
    if (best < OBSCENE) {
      int spaced = spacedLetters(t);
      best = Math.max(best, spaced);
      if (spaced == INSULT) {
        insults++;
      }
    }
    double[] phraseScore = PhraseLexicon.scoreBySign(facts, f -> f.abuseStarts);
    if (best < OBSCENE && phraseScore[0] + phraseScore[1] >= 1.0) {
      best = Math.max(best, INSULT);
      insults++;
    }
    return new Result(best, insults);
  }

  /** The first word of the strongest class found, for explanations; null when none. */
  String evidence(ScreenText t) {
    Skeleton sk = new Skeleton();
    int best = NONE;
    String word = null;
    for (int k = 0; k < t.words; k++) {
      int w = word(sk, t.text, t.starts[k], t.ends[k]);
      if (w > best) {
        best = w;
        word = t.text.substring(t.starts[k], t.ends[k]);
      }
    }
    return word;
  }

  /** The class of one word of {@code text}. */
  int word(Skeleton sk, CharSequence text, int start, int end) {
    if (end - start < 2 || letters(text, start, end) < 2) {
      return NONE;
    }
    int best = matchBoth(sk, text, start, end, false);
    if (best < OBSCENE && sk.allLookalikes && end - start >= 3) {
      best = Math.max(best, matchBoth(sk, text, start, end, true));
    }
    return best;
  }

  private int matchBoth(Skeleton sk, CharSequence text, int start, int end, boolean cyr) {
    int best = matchBoth(sk, text, start, end, cyr, false);
    if (best < OBSCENE && sk.masked) {
      best = Math.max(best, matchBoth(sk, text, start, end, cyr, true));
    }
    return best;
  }

  private int matchBoth(
      Skeleton sk, CharSequence text, int start, int end, boolean cyr, boolean wild) {
    sk.of(text, start, end, false, cyr, wild);
    int a = keepDoubles.match(sk.chars, sk.length);
    if (a == OBSCENE) {
      return a;
    }
    sk.of(text, start, end, true, cyr, wild);
    return Math.max(a, mergeRuns.match(sk.chars, sk.length));
  }

  private static int letters(CharSequence text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Three or more one-letter words in a row, one separator apart ({@code с у к а}, {@code
   * с.у.к.а}); initials such as "З. Б. С." have two.
   */
  private int spacedLetters(ScreenText t) {
    Skeleton sk = null;
    int best = NONE;
    int k = 0;
    while (k < t.words) {
      int run = k;
      while (run < t.words
          && t.ends[run] - t.starts[run] == 1
          && (run == k || t.starts[run] - t.ends[run - 1] == 1)) {
        run++;
      }
      if (run - k >= 3) {
        if (sk == null) {
          sk = new Skeleton();
        }
        StringBuilder joined = new StringBuilder(run - k);
        for (int j = k; j < run; j++) {
          joined.append(t.text.charAt(t.starts[j]));
        }
        // The word may start anywhere in the run: "я е б а л".
        for (int from = 0; from + 3 <= joined.length() && best < OBSCENE; from++) {
          best = Math.max(best, word(sk, joined, from, joined.length()));
        }
      }
      k = Math.max(run, k + 1);
    }
    return best;
  }

  private static String merge(String s) {
    char[] c = s.toCharArray();
    int len = Skeleton.collapse(c, c.length, true);
    return new String(c, 0, len);
  }
}
