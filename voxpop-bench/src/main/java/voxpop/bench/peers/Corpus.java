package voxpop.bench.peers;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import voxpop.io.CsvReader;

/**
 * One input of the comparison, as files in its folder: the appeals as voxpop reads them ({@code
 * input}, CSV), the labels beside them, the documents every peer reads ({@code docs.tsv}, see
 * {@link Docs}) and the truth per document ({@code truth.tsv}: {@code id TAB label}, only for the
 * documents that are scored).
 *
 * <p>Scoring is per document, the same for every tool: an appeal is one document, and its true
 * label is the label of its first question ({@code question_no} 1, or the appeal's only label row).
 * An appeal whose first question is truly spam, abuse, gibberish or empty (the generator's {@code
 * class}), or has no label, is clustered like any other but not scored.
 *
 * @param name the set's name ({@code gen-50k}, {@code kursk-appeals})
 * @param language the main language ({@code ru} or {@code en}), for the peers' stop words
 * @param input the appeals CSV voxpop analyses
 * @param labels the labels CSV beside it
 * @param truthColumn the labels column scored against
 * @param docs the documents file
 * @param truth the truth file
 * @param documents documents in it
 * @param scored documents with a true label
 * @param k the number of true classes among the scored documents
 */
public record Corpus(
    String name,
    String language,
    Path input,
    Path labels,
    String truthColumn,
    Path docs,
    Path truth,
    long documents,
    long scored,
    int k) {

  /**
   * Writes {@code docs.tsv} and {@code truth.tsv} into {@code dir} from an appeals CSV (columns
   * {@code id} and {@code text}) and a labels CSV ({@code appeal_id}, optional {@code question_no}
   * and {@code class}, and {@code truthColumn}).
   *
   * @throws IOException when a file is unreadable or lacks a needed column
   */
  public static Corpus prepare(
      String name, String language, Path input, Path labels, String truthColumn, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Path docs = dir.resolve("docs.tsv");
    Path truthFile = dir.resolve("truth.tsv");
    Map<String, Integer> index = new HashMap<>();
    try (CsvReader r = CsvReader.open(input);
        Docs.Writer w = new Docs.Writer(docs)) {
      int id = need(r, "id", input);
      int text = need(r, "text", input);
      String[] row;
      while ((row = r.next()) != null) {
        String key = Docs.safeId(row[id]);
        if (index.putIfAbsent(key, index.size()) != null) {
          throw new IOException(input.getFileName() + " line " + r.line() + ": id seen twice");
        }
        w.write(row[id], row[text]);
      }
    }
    String[] truth = new String[index.size()];
    int[] truthQuestion = new int[index.size()];
    try (CsvReader r = CsvReader.open(labels)) {
      int appeal = need(r, "appeal_id", labels);
      int label = need(r, truthColumn, labels);
      int question = r.column("question_no");
      int cls = r.column("class");
      String[] row;
      while ((row = r.next()) != null) {
        Integer doc = index.get(Docs.safeId(row[appeal]));
        if (doc == null) {
          continue;
        }
        int q =
            question < 0 || row[question].isBlank() ? 1 : Integer.parseInt(row[question].strip());
        if (truthQuestion[doc] != 0 && truthQuestion[doc] <= q) {
          continue;
        }
        truthQuestion[doc] = q;
        boolean accepted = cls < 0 || row[cls].strip().equals("accepted");
        String l = row[label].strip();
        truth[doc] = accepted && !l.isEmpty() ? l : null;
      }
    }
    String[] ids = new String[index.size()];
    index.forEach((k, v) -> ids[v] = k);
    long scored = 0;
    Set<String> classes = new LinkedHashSet<>();
    try (BufferedWriter w = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ids.length; i++) {
        if (truth[i] != null) {
          w.write(ids[i] + "\t" + Docs.clean(truth[i]) + "\n");
          classes.add(truth[i]);
          scored++;
        }
      }
    }
    return new Corpus(
        name,
        language,
        input,
        labels,
        truthColumn,
        docs,
        truthFile,
        ids.length,
        scored,
        classes.size());
  }

  private static int need(CsvReader r, String column, Path file) throws IOException {
    int c = r.column(column);
    if (c < 0) {
      throw new IOException(file.getFileName() + ": no column '" + column + "'");
    }
    return c;
  }

  /** The document ids in the documents file's order, and their index. */
  public Map<String, Integer> docIndex() throws IOException {
    Map<String, Integer> index = new HashMap<>();
    Docs.forEach(docs, (id, text) -> index.put(id, index.size()));
    return index;
  }

  /** The true label of every document by index, null where it is not scored. */
  public String[] truthByDoc(Map<String, Integer> index) throws IOException {
    String[] out = new String[index.size()];
    try (BufferedReader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        Integer doc = index.get(line.substring(0, tab));
        if (doc == null) {
          throw new IOException(truth.getFileName() + ": a label for an unknown document");
        }
        out[doc] = line.substring(tab + 1);
      }
    }
    return out;
  }
}
