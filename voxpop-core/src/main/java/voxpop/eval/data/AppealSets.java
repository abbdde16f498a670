package voxpop.eval.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import voxpop.io.CsvReader;

/**
 * Real appeals to Russian authorities: {@code kursk-appeals} (labelled) and {@code
 * troitsk-appeals-unlabeled}. Texts are as the sets give them (the Kursk ones often hold HTML,
 * which the engine's normaliser removes). Stateless.
 */
final class AppealSets {
  static final String KURSK = "kursk-appeals";
  static final String TROITSK = "troitsk-appeals-unlabeled";

  private AppealSets() {}

  /**
   * The 2,000 labelled Kursk appeals: fine label {@code Тематика} (161 themes), coarse label {@code
   * Категория} (17 numeric codes, names unknown).
   */
  static ClusteringSet kursk(Path root) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    Path file = DataFiles.require(root, KURSK, "train_dataset_train.csv");
    try (CsvReader in = CsvReader.open(file)) {
      int id = column(in, "id", file);
      int text = column(in, "Текст Сообщения", file);
      int theme = column(in, "Тематика", file);
      int category = column(in, "Категория", file);
      for (String[] r; (r = in.next()) != null; ) {
        out.add(new LabelledText(r[id].strip(), r[text], r[theme].strip(), r[category].strip()));
      }
    }
    return new ClusteringSet(KURSK, "ru", out);
  }

  /** The 1,000 unlabelled Kursk test appeals (labels empty). */
  static List<LabelledText> kurskTest(Path root) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    Path file = DataFiles.require(root, KURSK, "test_dataset_test.csv");
    try (CsvReader in = CsvReader.open(file)) {
      int id = column(in, "id", file);
      int text = column(in, "Текст Сообщения", file);
      for (String[] r; (r = in.next()) != null; ) {
        out.add(new LabelledText(r[id].strip(), r[text], "", ""));
      }
    }
    return out;
  }

  /**
   * The 1,005 unlabelled questions to the head of Troitsk: the text is the forum title, a line
   * break, then the message (the title is what the citizen chose to say first).
   */
  static List<LabelledText> troitsk(Path root) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    Path file = DataFiles.require(root, TROITSK, "Dudochkin_queries.csv");
    try (CsvReader in = CsvReader.open(file)) {
      int title = column(in, "title", file);
      int text = column(in, "text", file);
      for (String[] r; (r = in.next()) != null; ) {
        String t = r[title].isBlank() ? r[text] : r[title].strip() + "\n" + r[text];
        out.add(new LabelledText("troitsk-" + (out.size() + 1), t, "", ""));
      }
    }
    return out;
  }

  static int column(CsvReader in, String name, Path file) throws IOException {
    int c = in.column(name);
    if (c < 0) {
      throw new IOException(
          file.getFileName() + " has no column '" + name + "'; its columns: " + in.header());
    }
    return c;
  }
}
