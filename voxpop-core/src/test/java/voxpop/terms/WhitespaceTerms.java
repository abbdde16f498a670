package voxpop.terms;

import java.util.Arrays;
import java.util.List;
import voxpop.model.Language;

/**
 * Test helper: stems are the lower-cased whitespace-separated words, so expectations are obvious.
 */
public final class WhitespaceTerms implements TermSource {
  @Override
  public void stems(String text, Language language, StemSink sink) {
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        sink.accept(w);
      }
    }
  }

  /** Builds term docs of {@code texts}, all Russian. */
  public static TermDocs docs(String... texts) {
    Language[] langs = new Language[texts.length];
    Arrays.fill(langs, Language.RU);
    return new TermDocsBuilder(new WhitespaceTerms()).build(List.of(texts), langs, 1);
  }
}
