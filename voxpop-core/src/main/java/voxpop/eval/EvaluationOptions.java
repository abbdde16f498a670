package voxpop.eval;

import java.util.Objects;

/**
 * What {@link Evaluation} compares.
 *
 * @param themeColumn the labels column holding the true theme (the coarse level)
 * @param subthemeColumn the labels column holding the true sub-theme (the fine level)
 * @param appealLevel score one question per appeal (its first accepted one), for labels given per
 *     appeal, so that documents and not their split parts are scored
 */
public record EvaluationOptions(String themeColumn, String subthemeColumn, boolean appealLevel) {
  public static final String DEFAULT_THEME_COLUMN = "theme";
  public static final String DEFAULT_SUBTHEME_COLUMN = "subtheme";

  public EvaluationOptions {
    Objects.requireNonNull(themeColumn, "themeColumn");
    Objects.requireNonNull(subthemeColumn, "subthemeColumn");
  }

  /** The generator's column names, question level. */
  public static EvaluationOptions defaults() {
    return new EvaluationOptions(DEFAULT_THEME_COLUMN, DEFAULT_SUBTHEME_COLUMN, false);
  }
}
