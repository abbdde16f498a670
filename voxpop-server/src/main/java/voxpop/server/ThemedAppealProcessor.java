package voxpop.server;

import java.util.ArrayList;
import java.util.List;
import voxpop.model.Appeal;

/**
 * The engine's processor plus themes: each accepted question gets the stable id of the theme the
 * current model places it in (empty before the first fit or for an outlier), and is remembered for
 * the next refit. Thread-safe if the delegate is.
 */
public final class ThemedAppealProcessor implements AppealProcessor {
  private final AppealProcessor delegate;
  private final ThemeRefitter themes;

  public ThemedAppealProcessor(AppealProcessor delegate, ThemeRefitter themes) {
    this.delegate = delegate;
    this.themes = themes;
  }

  @Override
  public List<Question> process(Appeal appeal) {
    return withThemes(delegate.process(appeal), themes.current());
  }

  @Override
  public List<List<Question>> processBatch(List<Appeal> appeals) {
    LiveThemes current = themes.current();
    List<List<Question>> found = delegate.processBatch(appeals);
    List<List<Question>> out = new ArrayList<>(found.size());
    for (List<Question> qs : found) {
      out.add(withThemes(qs, current));
    }
    return out;
  }

  private List<Question> withThemes(List<Question> qs, LiveThemes current) {
    List<Question> out = new ArrayList<>(qs.size());
    for (Question q : qs) {
      if (!q.screening().accepted()) {
        out.add(q);
        continue;
      }
      String id = current.assign(q.text(), q.language());
      themes.offer(q.text(), q.language(), id);
      out.add(new Question(q.text(), q.language(), q.screening(), q.duplicateKey(), id));
    }
    return out;
  }
}
