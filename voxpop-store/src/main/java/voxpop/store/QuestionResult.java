package voxpop.store;

import java.util.Objects;
import voxpop.model.Language;
import voxpop.model.Screening;

/**
 * What the background worker found for one question of a stored appeal.
 *
 * @param appealSeq the appeal's sequence number
 * @param index the question's position in the appeal, from 0
 * @param text the question's text as split from the appeal
 * @param language the detected language
 * @param screening the verdict and its reason
 * @param duplicateKey the normalised key that groups exact duplicates; empty when not accepted
 * @param themeId the theme the question was assigned to; empty until a theme model is wired
 */
public record QuestionResult(
    long appealSeq,
    int index,
    String text,
    Language language,
    Screening screening,
    String duplicateKey,
    String themeId) {
  public QuestionResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(screening, "screening");
    duplicateKey = duplicateKey == null ? "" : duplicateKey;
    themeId = themeId == null ? "" : themeId;
    if (index < 0) {
      throw new IllegalArgumentException("question index " + index + " is negative");
    }
  }
}
