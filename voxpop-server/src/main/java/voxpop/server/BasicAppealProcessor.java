package voxpop.server;

import java.util.List;
import voxpop.dedup.ExactKey;
import voxpop.model.Appeal;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.model.Verdict;

/**
 * The processor the worker uses until the engine's normaliser, language detector, question
 * splitter, screener and incremental theme model are wired in through {@link AppealProcessor}:
 *
 * <ol>
 *   <li>the appeal is one question (the door has already removed control characters);
 *   <li>its language is guessed from its letters: Ukrainian-only letters (і ї є ґ) mean {@code uk},
 *       other Cyrillic {@code ru}, Latin {@code en}, none {@code other};
 *   <li>a text with no letter or digit is {@link Verdict#EMPTY} ({@code empty.no_words}); any other
 *       is accepted;
 *   <li>the engine's {@link ExactKey} (letters and digits, case and punctuation folded, hashed) is
 *       the duplicate key.
 * </ol>
 *
 * Theme ids stay empty. Thread-safe and stateless.
 */
public final class BasicAppealProcessor implements AppealProcessor {
  @Override
  public List<Question> process(Appeal appeal) {
    String text = appeal.text().strip();
    if (ExactKey.fold(text).isEmpty()) {
      return List.of(
          new Question(
              text, Language.OTHER, new Screening(Verdict.EMPTY, "empty.no_words"), "", ""));
    }
    return List.of(
        new Question(text, language(text), Screening.OK, Long.toHexString(ExactKey.of(text)), ""));
  }

  /** The language by script, as described in the class comment. */
  static Language language(String text) {
    int cyrillic = 0;
    int latin = 0;
    boolean ukrainian = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c >= 'а' && c <= 'я' || c == 'ё') {
        cyrillic++;
      } else if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
        cyrillic++;
        ukrainian = true;
      } else if (c >= 'a' && c <= 'z') {
        latin++;
      }
    }
    if (cyrillic == 0 && latin == 0) {
      return Language.OTHER;
    }
    if (cyrillic >= latin) {
      return ukrainian ? Language.UK : Language.RU;
    }
    return Language.EN;
  }
}
