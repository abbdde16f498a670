package voxpop.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import voxpop.model.Language;

/**
 * Every theme and sub-theme of the ground truth, read once from {@code themes/index.txt}, {@code
 * categories.txt} and {@code common.txt}, and checked: at least 40 themes, 2 to 6 sub-themes each,
 * at least 8 Russian phrasings and one Ukrainian and one English phrasing per sub-theme. Immutable
 * and thread-safe.
 */
final class ThemeCatalog {
  static final int MIN_THEMES = 40;
  static final int MIN_RUSSIAN_PHRASINGS = 8;

  private static final ThemeCatalog INSTANCE = load();

  final Map<String, String> categories;
  final Map<String, Node> fragments;
  final List<Theme> themes;
  final List<Subtheme> subthemes;

  private ThemeCatalog(
      Map<String, String> categories, Map<String, Node> fragments, List<Theme> themes) {
    this.categories = categories;
    this.fragments = fragments;
    this.themes = List.copyOf(themes);
    List<Subtheme> all = new ArrayList<>();
    themes.forEach(t -> all.addAll(t.subthemes));
    this.subthemes = List.copyOf(all);
  }

  static ThemeCatalog get() {
    return INSTANCE;
  }

  private static ThemeCatalog load() {
    Map<String, String> categories = new LinkedHashMap<>();
    for (ResourceText.Line line : ResourceText.lines("categories.txt")) {
      String[] f = line.text().split("\t");
      if (f.length < 2 || categories.put(f[0], f[1]) != null) {
        throw line.error("expected a new 'key<TAB>label'");
      }
    }
    Map<String, Node> fragments = fragments("common.txt", new HashMap<>());
    ThemeFileParser parser = new ThemeFileParser(fragments, categories.keySet());
    List<Theme> themes = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (ResourceText.Line line : ResourceText.lines("themes/index.txt")) {
      Theme t = parser.parse(line.text());
      if (!keys.add(t.key)) {
        throw line.error("theme " + t.key + " appears twice");
      }
      check(t);
      themes.add(t);
    }
    if (themes.size() < MIN_THEMES) {
      throw new IllegalStateException(
          "need at least " + MIN_THEMES + " themes, found " + themes.size());
    }
    return new ThemeCatalog(Map.copyOf(categories), Map.copyOf(fragments), themes);
  }

  /** Reads {@code define name = template} lines into {@code into}, each seeing earlier ones. */
  static Map<String, Node> fragments(String file, Map<String, Node> into) {
    TemplateParser parser = new TemplateParser(into::get, RenderContext::accepts);
    for (ResourceText.Line line : ResourceText.lines(file)) {
      String t = line.text();
      if (!t.startsWith("define ")) {
        throw line.error("expected 'define name = template'");
      }
      String[] def = t.substring(7).split("\\s*=\\s*", 2);
      try {
        into.put(def[0].strip(), parser.parse(def[1]));
      } catch (IllegalArgumentException e) {
        throw line.error(e.getMessage());
      }
    }
    return into;
  }

  private static void check(Theme t) {
    Set<String> seen = new HashSet<>();
    for (Subtheme s : t.subthemes) {
      if (!seen.add(s.key())) {
        throw new IllegalStateException("sub-theme " + s.key() + " appears twice");
      }
      int ru = s.asks(Language.RU).size();
      if (ru < MIN_RUSSIAN_PHRASINGS) {
        throw new IllegalStateException(
            "sub-theme "
                + s.key()
                + " has "
                + ru
                + " Russian phrasings; at least "
                + MIN_RUSSIAN_PHRASINGS
                + " are needed");
      }
      if (s.asks(Language.UK).isEmpty() || s.asks(Language.EN).isEmpty()) {
        throw new IllegalStateException(
            "sub-theme " + s.key() + " needs Ukrainian and English phrasings");
      }
      if (s.reported().isEmpty()) {
        throw new IllegalStateException(
            "sub-theme " + s.key() + " needs a third-person context line (~) for operator texts");
      }
    }
  }

  /** The index of a sub-theme by its dotted key, or -1. */
  int indexOf(String subthemeKey) {
    for (int i = 0; i < subthemes.size(); i++) {
      if (subthemes.get(i).key().equals(subthemeKey)) {
        return i;
      }
    }
    return -1;
  }
}
