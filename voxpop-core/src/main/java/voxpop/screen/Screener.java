package voxpop.screen;

import java.util.List;
import java.util.Set;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.model.Verdict;
import voxpop.params.Param;
import voxpop.params.Params;
import voxpop.text.Letters;
import voxpop.text.WordLists;

/**
 * Screens appeals and the questions split from them. Each verdict carries a dotted reason an editor
 * can read and overrule.
 *
 * <p>An appeal, in order: {@code empty} (no letter or digit: "", "…", "?", emoji only), {@code
 * empty.filler} (only greetings, thanks, "ок", "test"); spam — {@code spam.link}, {@code
 * spam.contact}, {@code spam.advertising} ({@link SpamDetector}); abuse — {@code abuse.obscene},
 * {@code abuse.insult} (Russian and English vocabulary with its morphology and disguises, {@link
 * AbuseDetector}); gibberish — {@code gibberish.keyboard}, {@code gibberish.random}, {@code
 * gibberish.no_words} ({@link GibberishDetector}).
 *
 * <p>A question: {@code empty}, {@code empty.filler}; {@code too_short} (fewer letters than {@code
 * minQuestionLetters}); gibberish.
 *
 * <p>Scanners are linear in the text (no backtracking regular expressions). Thread-safe and
 * immutable; build one per run and share it.
 */
public final class Screener {
  /** Screen reasons (codes written to {@code questions.csv}). */
  public static final String EMPTY = "empty";

  public static final String TOO_SHORT = "too_short";

  /** An appeal or question made only of greetings, thanks, "ok" or "test". */
  public static final Screening FILLER = new Screening(Verdict.EMPTY, "empty.filler");

  /** An accepted long complaint that calls someone names (see {@code rudeAppealWords}). */
  public static final Screening RUDE = new Screening(Verdict.ACCEPTED, "ok.rude");

  private static final class Lexicons {
    static final AbuseDetector ABUSE =
        new AbuseDetector(
            WordLists.read("/voxpop/screen/abuse.txt"),
            WordLists.read("/voxpop/screen/abuse-phrases.txt"));
    static final PhraseLexicon SPAM = new PhraseLexicon(WordLists.read("/voxpop/screen/spam.txt"));
    static final List<String> SPAM_HOSTS = WordLists.read("/voxpop/screen/spam-hosts.txt");
    static final Set<String> FILLER = Set.copyOf(WordLists.read("/voxpop/screen/filler.txt"));
    static final Set<String> ABBREVIATIONS =
        Set.copyOf(WordLists.read("/voxpop/screen/abbreviations.txt"));
  }

  /**
   * Per thread: word facts computed once per form (forms repeat across millions of appeals), and
   * the text prepared last, which the question of a single-question appeal is.
   */
  private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

  private static final class Workspace {
    final WordFactsCache facts = new WordFactsCache();
    ScreenText last;
  }

  private final int minLetters;
  private final double spamThreshold;
  private final boolean flagInsults;
  private final double gibberishShare;
  private final int rudeAppealWords;
  private final AbuseDetector abuse;
  private final SpamDetector spam;
  private final GibberishDetector gibberish;

  /**
   * @param params values of {@link #parameters()} (other stages' parameters may be there too)
   * @throws IllegalArgumentException when a screening parameter is not declared in {@code params}
   */
  public Screener(Params params) {
    this.minLetters = params.get(ScreeningParams.MIN_QUESTION_LETTERS);
    this.spamThreshold = params.get(ScreeningParams.SPAM_THRESHOLD);
    this.flagInsults = params.get(ScreeningParams.FLAG_INSULTS);
    this.gibberishShare = params.get(ScreeningParams.GIBBERISH_SHARE);
    this.rudeAppealWords = params.get(ScreeningParams.RUDE_APPEAL_WORDS);
    this.abuse = Lexicons.ABUSE;
    this.spam = new SpamDetector(Lexicons.SPAM, Lexicons.SPAM_HOSTS);
    this.gibberish = new GibberishDetector(Lexicons.ABBREVIATIONS);
  }

  /** A screener with every parameter at its default. */
  public static Screener withDefaults() {
    return new Screener(Params.defaults(parameters()));
  }

  /** The screening parameters, declared once in {@link ScreeningParams}. */
  public static List<Param<?>> parameters() {
    return ScreeningParams.ALL;
  }

  /**
   * Screens a whole appeal for spam, abuse, gibberish and emptiness.
   *
   * @param normalizedText the appeal after {@code TextNormalizer}; {@code null} is empty
   * @param lang its language (the lexicons cover Russian and English whatever it says)
   */
  public Screening screenAppeal(String normalizedText, Language lang) {
    if (normalizedText == null || !hasLetterOrDigit(normalizedText)) {
      return new Screening(Verdict.EMPTY, EMPTY);
    }
    ScreenText t = prepare(normalizedText);
    if (isFiller(t)) {
      return FILLER;
    }
    SpamDetector.Result s = spam.score(t);
    if (s.score() >= spamThreshold) {
      return new Screening(Verdict.SPAM, s.reason());
    }
    AbuseDetector.Result a = abuse.detect(t, t.facts);
    if (a.kind() == AbuseDetector.OBSCENE) {
      return new Screening(Verdict.ABUSE, "abuse.obscene");
    }
    if (a.kind() == AbuseDetector.INSULT && flagInsults) {
      boolean complaint = rudeAppealWords > 0 && t.words >= (long) a.insults() * rudeAppealWords;
      return complaint ? RUDE : new Screening(Verdict.ABUSE, "abuse.insult");
    }
    String g = gibberish.reason(t, t.facts, gibberishShare);
    if (g != null) {
      return new Screening(Verdict.GIBBERISH, g);
    }
    return Screening.OK;
  }

  /**
   * Screens one question split from an accepted appeal: emptiness, length, gibberish.
   *
   * @param normalizedQuestion one element of {@code QuestionSplitter.split}
   * @param lang its language
   */
  public Screening screenQuestion(String normalizedQuestion, Language lang) {
    if (normalizedQuestion == null || !hasLetterOrDigit(normalizedQuestion)) {
      return new Screening(Verdict.EMPTY, EMPTY);
    }
    ScreenText t = prepare(normalizedQuestion);
    if (isFiller(t)) {
      return FILLER;
    }
    if (t.letters < minLetters) {
      return new Screening(Verdict.TOO_SHORT, TOO_SHORT);
    }
    String g = gibberish.reason(t, t.facts, gibberishShare);
    return g == null ? Screening.OK : new Screening(Verdict.GIBBERISH, g);
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Letters.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The evidence behind an appeal's screening, for diagnostics: spam score and phrases, abuse. */
  String explain(String normalizedText) {
    ScreenText t = prepare(normalizedText);
    SpamDetector.Result s = spam.score(t);
    return String.format(
        java.util.Locale.ROOT,
        "spam %.2f %s %s %s; abuse %s",
        s.score(),
        s.reason(),
        t.contacts.stream().map(ContactFinder.Span::kind).toList(),
        spam.phrasesFound(t),
        abuse.evidence(t));
  }

  /**
   * The text's words, contacts and word facts. Most appeals hold one question, screened right after
   * the appeal and equal to it, so the last text prepared on this thread is reused (a prepared text
   * depends on its characters only).
   */
  private ScreenText prepare(String text) {
    Workspace w = WORKSPACE.get();
    ScreenText t = w.last;
    if (t != null && t.text.equals(text)) {
      return t;
    }
    t = ScreenText.of(text);
    t.facts = w.facts.of(t, abuse, gibberish, Lexicons.SPAM);
    w.last = t;
    return t;
  }

  /** One to three words, all of them greetings, thanks, "ok", "test". */
  private static boolean isFiller(ScreenText t) {
    if (t.words == 0 || t.words > 3 || t.digits > 0) {
      return false;
    }
    for (int k = 0; k < t.words; k++) {
      String w = WordLists.fold(t.text.substring(t.starts[k], t.ends[k]));
      if (!Lexicons.FILLER.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
