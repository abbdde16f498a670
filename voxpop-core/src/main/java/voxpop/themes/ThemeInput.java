package voxpop.themes;

import java.util.List;
import java.util.Objects;
import voxpop.model.Language;
import voxpop.terms.TermDocs;

/**
 * What theme discovery works on: the distinct accepted questions of a run (exact duplicates already
 * collapsed by the duplicate stage), each with its language and the number of distinct people who
 * asked it.
 *
 * @param texts normalised question texts (never logged)
 * @param languages the language of each text
 * @param weights distinct people asking each text (≥ 1); ranks themes and may weight clustering
 * @param terms the stems of each text, analysed once by the pipeline for duplicates and themes
 */
public record ThemeInput(List<String> texts, Language[] languages, int[] weights, TermDocs terms) {
  public ThemeInput {
    Objects.requireNonNull(texts, "texts");
    if (languages.length != texts.size()
        || weights.length != texts.size()
        || terms.size() != texts.size()) {
      throw new IllegalArgumentException(
          "texts, languages and weights differ in length: "
              + texts.size()
              + ", "
              + languages.length
              + ", "
              + weights.length
              + ", "
              + terms.size());
    }
  }

  public int size() {
    return texts.size();
  }
}
