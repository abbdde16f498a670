package voxpop.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import voxpop.model.Language;
import voxpop.model.Verdict;
import voxpop.util.LongIntMap;

/**
 * Collapses exact duplicates (same {@link voxpop.dedup.ExactKey}) among accepted questions into
 * distinct texts, numbered in order of first appearance; later copies' texts are released to save
 * memory. Produces {@link Distinct}.
 */
final class DistinctStage {
  private static final int ACCEPTED = Verdict.ACCEPTED.ordinal();

  /**
   * The distinct accepted texts of a run.
   *
   * @param texts each distinct text (its first question's normalised text)
   * @param languages each distinct text's language
   * @param ofQuestion distinct text of each question, -1 for screened-out ones
   * @param firstQuestion the first question of each distinct text
   */
  record Distinct(List<String> texts, Language[] languages, int[] ofQuestion, int[] firstQuestion) {
    int size() {
      return texts.size();
    }
  }

  Distinct run(Prepared p) {
    int n = p.questions();
    int[] ofQuestion = new int[n];
    LongIntMap ids = new LongIntMap(Math.max(16, n));
    List<String> texts = new ArrayList<>();
    int[] first = new int[Math.max(16, n / 2)];
    List<Language> langs = new ArrayList<>();
    Language[] all = Language.values();
    for (int q = 0; q < n; q++) {
      if (p.verdict()[q] != ACCEPTED) {
        ofQuestion[q] = -1;
        continue;
      }
      int next = texts.size();
      int d = ids.putIfAbsent(p.exactKey()[q], next);
      if (d == next) {
        texts.add(p.text()[q]);
        langs.add(all[p.language()[q]]);
        if (next == first.length) {
          first = Arrays.copyOf(first, next * 2);
        }
        first[next] = q;
      } else {
        p.text()[q] = null;
      }
      ofQuestion[q] = d;
    }
    return new Distinct(
        texts, langs.toArray(Language[]::new), ofQuestion, Arrays.copyOf(first, texts.size()));
  }
}
