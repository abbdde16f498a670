package voxpop.pipeline;

import java.util.List;
import voxpop.dedup.ExactKey;
import voxpop.model.Appeal;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.screen.Screener;
import voxpop.text.LanguageDetector;
import voxpop.text.QuestionSplitter;
import voxpop.text.TextNormalizer;

/**
 * Prepares one appeal: normalises its text, detects the language, screens the whole appeal (spam,
 * abuse and gibberish taint every question of it), splits it into questions and screens each
 * question (empty, too short). Thread-safe.
 */
final class QuestionPreparer {
  private final Screener screener;

  QuestionPreparer(Screener screener) {
    this.screener = screener;
  }

  /** Receives the questions of one appeal. */
  interface Sink {
    void question(String text, Language language, Screening screening, long exactKey);
  }

  void prepare(Appeal appeal, Sink sink) {
    String text = TextNormalizer.normalize(appeal.text());
    Language language = LanguageDetector.detect(text);
    Screening whole = screener.screenAppeal(text, language);
    List<String> parts = QuestionSplitter.split(text);
    for (String part : parts) {
      Language ql = parts.size() == 1 ? language : LanguageDetector.detect(part);
      if (ql == Language.OTHER) {
        ql = language;
      }
      Screening s = whole.accepted() ? screener.screenQuestion(part, ql) : whole;
      sink.question(part, ql, s, s.accepted() ? ExactKey.of(part) : 0L);
    }
  }
}
