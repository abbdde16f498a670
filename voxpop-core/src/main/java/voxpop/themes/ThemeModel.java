package voxpop.themes;

import java.util.List;
import voxpop.model.Language;

/**
 * The result of theme discovery, and the model that places new questions into it (the intake server
 * assigns each new question as it arrives; the same theme keeps its id).
 *
 * <p>Thread-safe: {@link #assign} may be called from many threads.
 */
public interface ThemeModel {
  /**
   * Sub-theme index of each input document (index into {@link #subthemes()}), or -1 for "other".
   */
  int[] subthemeOf();

  /** The sub-themes; {@code Subtheme.theme()} indexes {@link #themes()}. */
  List<Subtheme> subthemes();

  /** The top-level themes. */
  List<Theme> themes();

  /** The sub-theme a new question belongs to, or -1 when it fits none ("other"). */
  int assign(String text, Language language);

  /** What produced the model: method names, sizes, iterations, timings — for provenance. */
  java.util.Map<String, Object> provenance();

  /**
   * A top-level theme.
   *
   * @param index its index in {@link #themes()}
   * @param keyPhrases readable key phrases in the questions' own words, best first
   */
  record Theme(int index, List<String> keyPhrases) {}

  /**
   * A sub-theme.
   *
   * @param index its index in {@link #subthemes()}
   * @param theme the index of its theme
   * @param keyPhrases readable key phrases, best first
   */
  record Subtheme(int index, int theme, List<String> keyPhrases) {}
}
