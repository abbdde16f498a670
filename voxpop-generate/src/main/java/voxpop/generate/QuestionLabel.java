package voxpop.generate;

import java.util.List;

/**
 * The ground truth of one question of a generated appeal: one row of the labels file.
 *
 * @param appealId the appeal's id in the corpus
 * @param questionNo the 1-based index of the question inside the appeal, in text order
 * @param labelClass {@code accepted}, {@code spam}, {@code abuse}, {@code gibberish} or {@code
 *     empty}
 * @param category the top-level category key such as {@code social}; empty when screened out
 * @param theme the theme key such as {@code pensions}; empty when screened out
 * @param subtheme the sub-theme key such as {@code pensions.indexation_working}; empty when
 *     screened out
 * @param campaignId the campaign such as {@code c007}; empty when none
 * @param duplicate empty, {@code repeat} (same sender again), {@code paraphrase} (near-duplicate of
 *     an earlier question) or {@code exact} (the same text as an earlier question of another
 *     sender)
 * @param language {@code ru}, {@code uk} or {@code en}
 */
public record QuestionLabel(
    String appealId,
    int questionNo,
    String labelClass,
    String category,
    String theme,
    String subtheme,
    String campaignId,
    String duplicate,
    String language) {

  /** The columns of the labels file, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "appeal_id",
          "question_no",
          "class",
          "category",
          "theme",
          "subtheme",
          "campaign_id",
          "duplicate",
          "language");

  public static final String ACCEPTED = "accepted";
  public static final String SPAM = "spam";
  public static final String ABUSE = "abuse";
  public static final String GIBBERISH = "gibberish";
  public static final String EMPTY = "empty";

  public static final String REPEAT = "repeat";
  public static final String PARAPHRASE = "paraphrase";
  public static final String EXACT = "exact";
}
