package voxpop.bench.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import voxpop.io.CsvReader;

/**
 * Reads what {@code voxpop analyze} wrote ({@code questions.csv}, {@code themes.json}) as
 * per-document predictions, the same shape the peers give. A document (appeal) takes the theme of
 * its first question (smallest {@code question_no}), as its true label is its first question's:
 * {@link Predictions#OTHER} when voxpop left it an outlier, {@link Predictions#SCREENED} when it
 * screened the question out. The sub-theme level uses (theme, sub-theme) pairs, so ids local to a
 * theme never merge across themes, as {@code voxpop evaluate} does. Stateless.
 */
public final class VoxpopOutput {
  private VoxpopOutput() {}

  /** Both levels of one run. */
  public record Levels(Predictions themes, Predictions subthemes) {}

  /** Reads the run in {@code dir}. */
  public static Levels read(Path dir, Map<String, Integer> index) throws IOException {
    int n = index.size();
    String[] theme = new String[n];
    String[] sub = new String[n];
    int[] question = new int[n];
    Map<String, String> canonical = new HashMap<>();
    try (CsvReader r = CsvReader.open(dir.resolve("questions.csv"))) {
      int appeal = column(r, "appeal_id");
      int qno = column(r, "question_no");
      int verdict = column(r, "verdict");
      int themeId = column(r, "theme_id");
      int subId = column(r, "subtheme_id");
      String[] row;
      while ((row = r.next()) != null) {
        Integer doc = index.get(Docs.safeId(row[appeal]));
        if (doc == null) {
          throw new IOException("questions.csv line " + r.line() + ": an appeal not in the input");
        }
        int q = Integer.parseInt(row[qno].strip());
        if (question[doc] != 0 && question[doc] <= q) {
          continue;
        }
        question[doc] = q;
        if (!row[verdict].equals("accepted")) {
          theme[doc] = Predictions.SCREENED;
          sub[doc] = Predictions.SCREENED;
        } else if (row[themeId].isEmpty() || row[themeId].equals(Predictions.OTHER)) {
          theme[doc] = Predictions.OTHER;
          sub[doc] = Predictions.OTHER;
        } else {
          theme[doc] = canonical.computeIfAbsent(row[themeId], x -> x);
          sub[doc] = canonical.computeIfAbsent(row[themeId] + "/" + row[subId], x -> x);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (theme[i] == null) {
        // every appeal yields at least one question row; none means the reader skipped the row
        theme[i] = Predictions.SCREENED;
        sub[i] = Predictions.SCREENED;
      }
    }
    Map<String, String> themeLabels = new LinkedHashMap<>();
    Map<String, String> subLabels = new LinkedHashMap<>();
    JsonNode root =
        JsonMapper.builder().build().readTree(Files.readString(dir.resolve("themes.json")));
    for (JsonNode t : root.path("themes")) {
      String id = t.path("id").asString();
      themeLabels.put(id, t.path("label").asString());
      for (JsonNode s : t.path("subthemes")) {
        subLabels.put(id + "/" + s.path("id").asString(), s.path("label").asString());
      }
      subLabels.put(id + "/" + Predictions.OTHER, t.path("label").asString() + " (other)");
    }
    return new Levels(new Predictions(theme, themeLabels), new Predictions(sub, subLabels));
  }

  private static int column(CsvReader r, String name) throws IOException {
    int c = r.column(name);
    if (c < 0) {
      throw new IOException("questions.csv: no column '" + name + "'");
    }
    return c;
  }
}
