package voxpop.server;

import java.util.ArrayList;
import java.util.List;
import voxpop.dedup.ExactKey;
import voxpop.model.Appeal;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.screen.PersonalDataMasker;
import voxpop.screen.Screener;
import voxpop.text.LanguageDetector;
import voxpop.text.QuestionSplitter;
import voxpop.text.TextNormalizer;

/**
 * The worker's processor built from the engine's stages, in the engine's order:
 *
 * <ol>
 *   <li>{@link TextNormalizer#normalize} — HTML, control characters, whitespace, punctuation runs;
 *   <li>{@link LanguageDetector#detect} on the appeal;
 *   <li>{@link Screener#screenAppeal} — an appeal refused as a whole (spam, abuse, gibberish,
 *       empty) is one question with that verdict;
 *   <li>{@link QuestionSplitter#split} an accepted appeal, then per question {@link
 *       LanguageDetector#detect} and {@link Screener#screenQuestion};
 *   <li>{@link ExactKey} (letters and digits, case and punctuation folded, hashed) as the duplicate
 *       key of each accepted question;
 *   <li>the question's text is stored through {@link PersonalDataMasker#mask} (the appeal's raw
 *       text stays in the appeal).
 * </ol>
 *
 * Theme ids stay empty until the incremental theme model is wired in (by overriding {@link
 * #processBatch}). Thread-safe: the stages are.
 */
public final class EngineAppealProcessor implements AppealProcessor {
  private final Screener screener;

  public EngineAppealProcessor(Screener screener) {
    this.screener = screener;
  }

  /** With the screener's declared defaults. */
  public EngineAppealProcessor() {
    this(Screener.withDefaults());
  }

  @Override
  public List<Question> process(Appeal appeal) {
    String text = TextNormalizer.normalize(appeal.text());
    Language lang = LanguageDetector.detect(text);
    Screening whole = screener.screenAppeal(text, lang);
    if (!whole.accepted()) {
      return List.of(new Question(PersonalDataMasker.mask(text), lang, whole, "", ""));
    }
    List<String> parts = QuestionSplitter.split(text);
    if (parts.isEmpty()) {
      parts = List.of(text);
    }
    List<Question> out = new ArrayList<>(parts.size());
    for (String part : parts) {
      Language l = parts.size() == 1 ? lang : LanguageDetector.detect(part);
      Screening s = screener.screenQuestion(part, l);
      if (s.accepted() && !"ok".equals(whole.reason()) && "ok".equals(s.reason())) {
        s = whole;
      }
      String key = s.accepted() ? Long.toHexString(ExactKey.of(part)) : "";
      out.add(new Question(PersonalDataMasker.mask(part), l, s, key, ""));
    }
    return out;
  }
}
