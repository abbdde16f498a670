package voxpop.server;

import java.util.ArrayList;
import java.util.List;
import voxpop.model.Appeal;
import voxpop.model.Language;
import voxpop.model.Screening;

/**
 * What the background worker asks of the engine for stored appeals: split each into questions,
 * detect the language, screen, key exact duplicates and (once a theme model is wired) assign a
 * theme. Implementations must be thread-safe or used by one worker thread only (the default).
 */
public interface AppealProcessor {

  /**
   * One question's result.
   *
   * @param text the question's text
   * @param language the detected language
   * @param screening the verdict and its reason
   * @param duplicateKey the key that groups exact duplicates; empty when not accepted
   * @param themeId the theme id; empty when no theme model is wired
   */
  record Question(
      String text, Language language, Screening screening, String duplicateKey, String themeId) {}

  /** The questions of one appeal, in order; empty when it has none. */
  List<Question> process(Appeal appeal);

  /**
   * The questions of a batch of appeals, one list per appeal in the same order. A theme model that
   * vectorises in batches overrides this; the default processes one at a time.
   */
  default List<List<Question>> processBatch(List<Appeal> appeals) {
    List<List<Question>> out = new ArrayList<>(appeals.size());
    for (Appeal a : appeals) {
      out.add(process(a));
    }
    return out;
  }
}
