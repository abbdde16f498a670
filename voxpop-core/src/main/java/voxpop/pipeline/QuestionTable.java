package voxpop.pipeline;

import java.util.BitSet;
import java.util.List;
import voxpop.model.Language;
import voxpop.model.Verdict;

/**
 * One row per question of a run, stored by column so that millions of questions cost a few dozen
 * bytes each: the source of {@code questions.csv}. Filled by the pipeline's stages; treat as
 * read-only once the run has returned.
 *
 * @param appealIds the id of every appeal, by appeal index
 * @param appeal the appeal index of each question
 * @param questionNo the 1-based position of each question in its appeal
 * @param language each question's language ({@link Language} ordinal)
 * @param verdict each question's screening verdict ({@link Verdict} ordinal)
 * @param reason each question's reason code ({@code ok} when accepted)
 * @param duplicateGroup each accepted question's duplicate group (-1 for screened-out questions)
 * @param campaign questions whose group is a coordinated campaign
 * @param theme each question's theme index into {@link #themeIds} (-1 = other; -2 = screened out)
 * @param subtheme each question's sub-theme index into {@link #subthemeIds} (-1 = none)
 * @param themeIds theme ids by theme index ({@code t01}, ...)
 * @param subthemeIds sub-theme ids by sub-theme index ({@code t01.2}, ...)
 */
public record QuestionTable(
    List<String> appealIds,
    int[] appeal,
    int[] questionNo,
    byte[] language,
    byte[] verdict,
    String[] reason,
    int[] duplicateGroup,
    BitSet campaign,
    int[] theme,
    int[] subtheme,
    List<String> themeIds,
    List<String> subthemeIds) {

  /** Theme index of an outlier. */
  public static final int OTHER = -1;

  /** Theme index of a screened-out question. */
  public static final int SCREENED = -2;

  public int size() {
    return appeal.length;
  }

  /** The question id: {@code <appeal_id>-<question_no>}. */
  public String questionId(int q) {
    return appealIds.get(appeal[q]) + "-" + questionNo[q];
  }

  public Language languageOf(int q) {
    return Language.values()[language[q]];
  }

  public Verdict verdictOf(int q) {
    return Verdict.values()[verdict[q]];
  }

  /** The theme id of a question: {@code t03}, {@code other}, or empty when screened out. */
  public String themeIdOf(int q) {
    int t = theme[q];
    return t >= 0 ? themeIds.get(t) : t == OTHER ? "other" : "";
  }

  /** The sub-theme id of a question, or {@code other}/empty like {@link #themeIdOf}. */
  public String subthemeIdOf(int q) {
    int s = subtheme[q];
    if (s >= 0) {
      return subthemeIds.get(s);
    }
    return theme[q] == SCREENED ? "" : "other";
  }

  /** The duplicate group id ({@code g000042}) or empty for screened-out questions. */
  public String duplicateGroupOf(int q) {
    int g = duplicateGroup[q];
    return g < 0 ? "" : String.format(java.util.Locale.ROOT, "g%06d", g);
  }
}
