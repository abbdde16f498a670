package voxpop.themes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import voxpop.model.Language;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.terms.TermSource;

/**
 * A transparent analysis for stage tests: words are runs of letters and digits, lower-cased; a few
 * stop words are skipped (their positions stay counted); the stem is the word's first six letters.
 */
final class SimpleTerms implements TermSource, SurfaceSource {
  private static final Set<String> STOP =
      Set.of("и", "в", "на", "по", "не", "когда", "the", "a", "of", "in", "on", "is", "to", "my");

  @Override
  public void stems(String text, Language language, StemSink sink) {
    tokens(text, language, (p, surface, stem) -> sink.accept(stem));
  }

  @Override
  public void tokens(String text, Language language, TokenSink sink) {
    int position = -1;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      position++;
      String word = text.substring(start, i);
      String lower = word.toLowerCase(Locale.ROOT);
      if (STOP.contains(lower)) {
        continue;
      }
      sink.accept(position, word, lower.substring(0, Math.min(6, lower.length())));
    }
  }

  /** The engine's input for {@code texts}, each asked by one person, in Russian. */
  static ThemeInput input(List<String> texts) {
    Language[] langs = new Language[texts.size()];
    java.util.Arrays.fill(langs, Language.RU);
    int[] weights = new int[texts.size()];
    java.util.Arrays.fill(weights, 1);
    TermDocs terms = new TermDocsBuilder(new SimpleTerms()).build(texts, langs, 1);
    return new ThemeInput(texts, langs, weights, terms);
  }
}
