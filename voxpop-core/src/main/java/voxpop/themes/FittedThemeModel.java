package voxpop.themes;

import java.util.List;
import java.util.Map;
import voxpop.model.Language;

/**
 * The themes of one run and the classifier that places new questions into them. Immutable and
 * thread-safe; {@link #assign} allocates only small per-call buffers.
 */
final class FittedThemeModel implements ThemeModel {
  /** Places one new question; thread-safe. */
  @FunctionalInterface
  interface Assign {
    int subtheme(String text, Language language);
  }

  private final int[] subthemeOf;
  private final List<Subtheme> subthemes;
  private final List<Theme> themes;
  private final Assign assign;
  private final Map<String, Object> provenance;

  FittedThemeModel(
      int[] subthemeOf,
      List<Subtheme> subthemes,
      List<Theme> themes,
      Assign assign,
      Map<String, Object> provenance) {
    this.subthemeOf = subthemeOf;
    this.subthemes = List.copyOf(subthemes);
    this.themes = List.copyOf(themes);
    this.assign = assign;
    this.provenance = java.util.Collections.unmodifiableMap(provenance);
  }

  @Override
  public int[] subthemeOf() {
    return subthemeOf.clone();
  }

  @Override
  public List<Subtheme> subthemes() {
    return subthemes;
  }

  @Override
  public List<Theme> themes() {
    return themes;
  }

  @Override
  public int assign(String text, Language language) {
    return assign.subtheme(text, language);
  }

  @Override
  public Map<String, Object> provenance() {
    return provenance;
  }
}
