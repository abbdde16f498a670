package voxpop.pipeline;

import voxpop.terms.TermSource;
import voxpop.text.TermExtractor;
import voxpop.themes.DefaultThemeEngine;
import voxpop.themes.SurfaceSource;
import voxpop.themes.ThemeEngine;

/**
 * The engine's default parts, wired once: the Lucene term extractor serves duplicates, themes and
 * labels alike, so stems agree across stages.
 */
public final class Engines {
  private static final TermExtractor EXTRACTOR = new TermExtractor();

  private Engines() {}

  /** Stems of content words, for duplicates and theme vectors. */
  public static TermSource defaultTermSource() {
    return (text, language, sink) ->
        EXTRACTOR.extract(text, language, (position, surface, stem) -> sink.accept(stem));
  }

  /** Content words with their surface forms and positions, for readable labels. */
  public static SurfaceSource defaultSurfaceSource() {
    return (text, language, sink) -> EXTRACTOR.extract(text, language, sink::accept);
  }

  /** The default theme engine. */
  public static ThemeEngine defaultThemeEngine() {
    return new DefaultThemeEngine(defaultTermSource(), defaultSurfaceSource());
  }
}
