package voxpop.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import voxpop.model.Appeal;

/** A generated corpus held in memory, for tests of its proportions and labels. */
record Corpus(List<Appeal> appeals, List<List<QuestionLabel>> labels, GenerationSummary summary) {
  static Corpus generate(long count, long seed) {
    List<Appeal> appeals = new ArrayList<>();
    List<List<QuestionLabel>> labels = new ArrayList<>();
    try {
      GenerationSummary s =
          new CorpusGenerator(GeneratorConfig.of(count, seed))
              .generate(
                  (a, l) -> {
                    appeals.add(a);
                    labels.add(l);
                  },
                  done -> {});
      return new Corpus(appeals, labels, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return appeals.size();
  }

  String labelClass(int i) {
    return labels.get(i).get(0).labelClass();
  }
}
