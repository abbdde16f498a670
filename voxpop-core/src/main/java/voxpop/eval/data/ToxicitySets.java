package voxpop.eval.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import voxpop.io.CsvReader;

/**
 * Russian abuse and sensitive-topic sets: RUSSE-2022 ParaDetox (rude texts with neutral rewrites)
 * and the Skoltech appropriateness and sensitive-topics sets. Stateless.
 */
final class ToxicitySets {
  static final String PARADETOX = "ru-paradetox";
  static final String SENSITIVE = "ru-sensitive-topics";

  private ToxicitySets() {}

  /**
   * ParaDetox: train (index, toxic, three rewrites), dev (toxic, three rewrites) and test (toxic
   * only). The files are tab-separated with RFC 4180 quoting: a field holding a line break or a
   * quote is quoted, with its quotes doubled (read without quoting, 83 train lines break apart).
   * Empty rewrites are dropped.
   */
  static List<DetoxText> paradetox(Path root) throws IOException {
    List<DetoxText> out = new ArrayList<>();
    for (String[] r : tabs(root, "train", 5)) {
      out.add(detox("train-" + r[0].strip(), r[1], Arrays.copyOfRange(r, 2, 5)));
    }
    int n = 0;
    for (String[] r : tabs(root, "dev", 4)) {
      out.add(detox("dev-" + ++n, r[0], Arrays.copyOfRange(r, 1, 4)));
    }
    n = 0;
    for (String[] r : tabs(root, "test", 1)) {
      out.add(detox("test-" + ++n, r[0], new String[0]));
    }
    return out;
  }

  private static List<String[]> tabs(Path root, String split, int columns) throws IOException {
    Path file = DataFiles.require(root, PARADETOX, "data/input/" + split + ".tsv");
    List<String[]> rows = new ArrayList<>();
    try (CsvReader in = CsvReader.open(file, '\t')) {
      if (in.header().size() != columns) {
        throw new IOException(
            file.getFileName() + " has " + in.header().size() + " columns, expected " + columns);
      }
      for (String[] r; (r = in.next()) != null; ) {
        rows.add(r);
      }
    }
    return rows;
  }

  private static DetoxText detox(String id, String toxic, String[] rewrites) {
    List<String> neutral = new ArrayList<>();
    for (String s : rewrites) {
      if (!s.isBlank()) {
        neutral.add(s);
      }
    }
    return new DetoxText(id, toxic, neutral);
  }

  /**
   * Version 1 appropriateness, test and val: {@code positive} when the crowd's inappropriateness
   * score is above 0.5 (a tie, 14 texts, counts as appropriate, as rounding half to even does in
   * the counts of SOURCE.md).
   */
  static List<BinaryText> appropriateness(Path root) throws IOException {
    List<BinaryText> out = new ArrayList<>();
    for (String split : List.of("test", "val")) {
      Path file = DataFiles.require(root, SENSITIVE, "Version1/appropriateness/" + split + ".csv");
      try (CsvReader in = CsvReader.open(file)) {
        int text = AppealSets.column(in, "text", file);
        int score = AppealSets.column(in, "inappropriate", file);
        for (String[] r; (r = in.next()) != null; ) {
          double s = number(r[score], file, in.line());
          out.add(new BinaryText(split + "-" + in.line(), r[text], s > 0.5));
        }
      }
    }
    return out;
  }

  /**
   * Version 2 sensitive topics, test and val: every topic column of 0.5 or more is a label (18
   * topics; a text may have none).
   */
  static List<MultiLabelText> sensitiveTopics(Path root) throws IOException {
    List<MultiLabelText> out = new ArrayList<>();
    for (String split : List.of("test", "val")) {
      Path file = DataFiles.require(root, SENSITIVE, "Version2/sensitive_topics/" + split + ".csv");
      try (CsvReader in = CsvReader.open(file)) {
        int text = AppealSets.column(in, "text", file);
        List<String> header = in.header();
        for (String[] r; (r = in.next()) != null; ) {
          List<String> topics = new ArrayList<>();
          for (int c = 0; c < r.length; c++) {
            if (c != text && number(r[c], file, in.line()) >= 0.5) {
              topics.add(header.get(c));
            }
          }
          out.add(new MultiLabelText(split + "-" + in.line(), r[text], topics));
        }
      }
    }
    return out;
  }

  private static double number(String s, Path file, long line) throws IOException {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IOException(
          file.getFileName() + " line " + line + ": not a number where a score belongs");
    }
  }
}
