package voxpop.themes;

import java.util.List;

/**
 * The third replaceable stage: names each sub-theme and theme with key phrases in the questions'
 * own words. Implementations are stateless and thread-safe.
 */
public interface Labeller {
  /**
   * Labels the groups of a run.
   *
   * @param subthemeOf the sub-theme of each input question, or -1
   * @param themeOf the theme of each sub-theme
   */
  Labels label(ThemeInput input, int[] subthemeOf, int[] themeOf, int themes, FitContext context);

  /** Key phrases, best first, per sub-theme and per theme. */
  record Labels(List<List<String>> subthemes, List<List<String>> themes) {}
}
