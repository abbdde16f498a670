package voxpop.bench.themes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import voxpop.eval.data.ClusteringSet;
import voxpop.eval.data.LabelledText;
import voxpop.io.CsvReader;
import voxpop.text.QuestionSplitter;
import voxpop.text.TextNormalizer;

/**
 * A corpus of {@code voxpop generate} as a labelled clustering set: appeals are normalised and
 * split into questions as the pipeline does, and each question the generator marked {@code
 * accepted} takes its {@code subtheme} (fine) and {@code theme} (coarse) label. Screening is left
 * to the labels, so only the theme engine is measured.
 */
final class GeneratedSet {
  private GeneratedSet() {}

  /** Reads {@code corpus} and the {@code .labels.csv} beside it. */
  static ClusteringSet load(Path corpus) throws IOException {
    String name = corpus.getFileName().toString();
    Path labels = corpus.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".labels.csv");
    Map<String, String[]> byQuestion = new HashMap<>();
    try (CsvReader r = CsvReader.open(labels)) {
      int appeal = r.column("appeal_id");
      int no = r.column("question_no");
      int cls = r.column("class");
      int theme = r.column("theme");
      int sub = r.column("subtheme");
      for (String[] row = r.next(); row != null; row = r.next()) {
        if (row[cls].equals("accepted") && !row[theme].isEmpty()) {
          byQuestion.put(row[appeal] + "#" + row[no], new String[] {row[sub], row[theme]});
        }
      }
    }
    List<LabelledText> texts = new ArrayList<>();
    try (CsvReader r = CsvReader.open(corpus)) {
      int id = r.column("id");
      int text = r.column("text");
      for (String[] row = r.next(); row != null; row = r.next()) {
        List<String> parts = QuestionSplitter.split(TextNormalizer.normalize(row[text]));
        for (int q = 0; q < parts.size(); q++) {
          String[] l = byQuestion.get(row[id] + "#" + (q + 1));
          if (l != null) {
            texts.add(new LabelledText(row[id] + "#" + (q + 1), parts.get(q), l[0], l[1]));
          }
        }
      }
    }
    return new ClusteringSet("generated", "ru", texts);
  }
}
