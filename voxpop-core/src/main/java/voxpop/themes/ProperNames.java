package voxpop.themes;

import voxpop.terms.TermDocs;

/**
 * Finds the stems that are written as names: capitalised inside sentences (not after {@code .!?} or
 * a line break, and not in a text written in capitals) in most of their occurrences in the fit
 * sample. Towns, villages, streets and people recur across every theme ("в селе Озёрное нет воды",
 * "в селе Озёрное закрыли ФАП") and would otherwise pull questions together by place rather than by
 * matter. Stateless.
 */
final class ProperNames {
  private static final double NAME_SHARE = 0.5;
  private static final int MIN_EVIDENCE = 3;

  private ProperNames() {}

  /** Whether each run vocabulary id is a name; null when there is no surface source. */
  static boolean[] detect(ThemeInput input, int[] sample, SurfaceSource surfaces, Workers workers) {
    if (surfaces == null) {
      return null;
    }
    TermDocs terms = input.terms();
    int v = terms.vocabulary().size();
    int chunks = Workers.chunks(sample.length, 512);
    int[][] caps = new int[chunks][];
    int[][] seen = new int[chunks][];
    workers.forChunks(
        sample.length,
        512,
        (c, from, to) -> {
          int[] capital = new int[v];
          int[] total = new int[v];
          for (int i = from; i < to; i++) {
            int doc = sample[i];
            String text = input.texts().get(doc);
            if (mostlyCapitals(text)) {
              continue;
            }
            int[] cursor = {0};
            int[] k = {0};
            int len = terms.length(doc);
            surfaces.tokens(
                text,
                input.languages()[doc],
                (position, surface, stem) -> {
                  int at = PhraseLabeller.find(text, surface, cursor[0]);
                  int idx = k[0]++;
                  if (at < 0 || idx >= len) {
                    return;
                  }
                  cursor[0] = at + surface.length();
                  if (sentenceStart(text, at)) {
                    return;
                  }
                  int t = terms.term(doc, idx);
                  total[t]++;
                  if (Character.isUpperCase(text.charAt(at))
                      && (surface.length() < 2 || !Character.isUpperCase(text.charAt(at + 1)))) {
                    capital[t]++;
                  }
                });
          }
          caps[c] = capital;
          seen[c] = total;
        });
    boolean[] name = new boolean[v];
    for (int t = 0; t < v; t++) {
      int capital = 0;
      int total = 0;
      for (int c = 0; c < chunks; c++) {
        capital += caps[c][t];
        total += seen[c][t];
      }
      name[t] = capital >= MIN_EVIDENCE && capital >= NAME_SHARE * total;
    }
    return name;
  }

  private static boolean mostlyCapitals(String text) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        if (Character.isUpperCase(ch)) {
          upper++;
        }
      }
    }
    return letters > 0 && upper > letters / 2;
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (Character.isWhitespace(ch) && ch != '\n') {
        continue;
      }
      return ch == '.'
          || ch == '!'
          || ch == '?'
          || ch == '\n'
          || ch == '…'
          || ch == '"'
          || ch == '«'
          || ch == '('
          || ch == ':'
          || ch == '-'
          || ch == '—';
    }
    return true;
  }
}
