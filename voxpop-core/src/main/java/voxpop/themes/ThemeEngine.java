package voxpop.themes;

/**
 * Discovers themes and sub-themes in a set of distinct questions without being told how many. The
 * default implementation composes three replaceable parts: a vectoriser (text → vectors), a
 * clusterer (vectors → two-level groups and outliers) and a labeller (groups → key phrases).
 * Implementations are thread-safe and deterministic for a given input and seed.
 */
public interface ThemeEngine {
  /** Finds the themes of {@code input}. */
  ThemeModel discover(ThemeInput input, ThemeRequest request);
}
