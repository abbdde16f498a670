package voxpop.screen;

import java.util.List;
import voxpop.params.Param;

/** The tunables of screening, declared once (names, defaults, ranges, units, descriptions). */
public final class ScreeningParams {
  /** Questions with fewer letters are {@code too_short}; "Когда пенсии?" has 11. */
  public static final Param<Integer> MIN_QUESTION_LETTERS =
      Param.ofInt(
          "minQuestionLetters",
          8,
          0,
          200,
          "letters",
          "a question with fewer letters than this is screened out as too_short");

  /** Evidence needed to call an appeal spam (links, contacts, advertising words, weighted). */
  public static final Param<Double> SPAM_THRESHOLD =
      Param.ofDouble(
          "spamThreshold",
          1.0,
          0.1,
          20.0,
          "score",
          "weighted spam evidence (links, contacts in advertising context, advertising words) at"
              + " which an appeal is spam");

  /** Whether insults alone (without obscene words) make an appeal abusive. */
  public static final Param<Boolean> FLAG_INSULTS =
      Param.ofBoolean(
          "flagInsults",
          true,
          "screen out appeals with insults (дебил, идиот, мразь ...) as abuse; obscene words are"
              + " always screened out");

  /** Long appeals with an occasional insult are complaints, not abuse. */
  public static final Param<Integer> RUDE_APPEAL_WORDS =
      Param.ofInt(
          "rudeAppealWords",
          40,
          0,
          100_000,
          "words",
          "an appeal with at least one word in this many for each insult it holds, and no obscene"
              + " word, is accepted with reason ok.rude (a complaint quoting or calling someone"
              + " names); 0 screens out every insult");

  /** Share of letters in junk words at which a text is gibberish. */
  public static final Param<Double> GIBBERISH_SHARE =
      Param.ofDouble(
          "gibberishShare",
          0.5,
          0.05,
          1.0,
          "share",
          "share of a text's letters in junk words (keyboard runs, no vowels, impossible letter"
              + " pairs) at which the text is gibberish");

  /** Every screening parameter, in declaration order. */
  public static final List<Param<?>> ALL =
      List.of(
          MIN_QUESTION_LETTERS, SPAM_THRESHOLD, FLAG_INSULTS, RUDE_APPEAL_WORDS, GIBBERISH_SHARE);

  private ScreeningParams() {}
}
