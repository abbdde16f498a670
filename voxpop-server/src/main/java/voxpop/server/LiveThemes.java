package voxpop.server;

import java.util.List;
import java.util.Map;
import voxpop.model.Language;
import voxpop.themes.ThemeModel;

/**
 * One fitted theme model as the server uses it: the model that places a new question, and the
 * stable id of each of its themes (ids survive refits: see {@link ThemeRefitter}). Immutable and
 * thread-safe; {@link #NONE} until the first fit.
 *
 * @param model the fitted model, or null before the first fit
 * @param ids the stable id of each model theme, by the model's theme index
 * @param labels key phrases by stable id
 * @param fittedOn distinct questions the model was fitted on
 * @param generation how many fits have been made since start (0 = none)
 */
public record LiveThemes(
    ThemeModel model,
    List<String> ids,
    Map<String, List<String>> labels,
    int fittedOn,
    int generation) {
  /** No model yet: every question gets an empty theme id. */
  public static final LiveThemes NONE = new LiveThemes(null, List.of(), Map.of(), 0, 0);

  /** The stable theme id of a new question, or empty (no model yet, or an outlier). */
  public String assign(String text, Language language) {
    if (model == null) {
      return "";
    }
    int sub = model.assign(text, language);
    if (sub < 0) {
      return "";
    }
    return ids.get(model.subthemes().get(sub).theme());
  }
}
