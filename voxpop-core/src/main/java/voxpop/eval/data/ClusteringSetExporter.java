package voxpop.eval.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import voxpop.io.AppealWriter;
import voxpop.model.Appeal;
import voxpop.model.Channel;

/**
 * Writes a clustering set as the engine's input and a labels file, so that {@code voxpop analyze}
 * then {@code voxpop evaluate --appeal-level} score any set: {@code <name>.csv} (one appeal per
 * text: id = the set's id, channel {@code other}, nothing else) and {@code <name>.labels.csv}
 * ({@code appeal_id,theme,subtheme} with theme = coarse label, subtheme = fine label). Stateless.
 */
public final class ClusteringSetExporter {
  private ClusteringSetExporter() {}

  /** The two files written: the appeals and their labels. */
  public record Exported(Path appeals, Path labels) {}

  /**
   * Writes both files into {@code dir} (created when absent), replacing them.
   *
   * @throws IOException when a file cannot be written, or the set has two texts with one id
   */
  public static Exported export(ClusteringSet set, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path appeals = dir.resolve(set.name() + ".csv");
    Path labels = dir.resolve(set.name() + ".labels.csv");
    java.util.Set<String> ids = new java.util.HashSet<>();
    try (AppealWriter w = AppealWriter.create(appeals);
        BufferedWriter l = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
      l.write("appeal_id,theme,subtheme\r\n");
      for (LabelledText t : set.texts()) {
        if (!ids.add(t.id())) {
          throw new IOException("set " + set.name() + " has the id " + t.id() + " twice");
        }
        w.write(new Appeal(t.id(), null, Channel.OTHER, t.text(), "", "", null, null, ""));
        l.write(csv(t.id()) + "," + csv(t.coarseLabel()) + "," + csv(t.label()) + "\r\n");
      }
    }
    return new Exported(appeals, labels);
  }

  private static String csv(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + v.replace("\"", "\"\"") + '"';
      }
    }
    return v;
  }
}
