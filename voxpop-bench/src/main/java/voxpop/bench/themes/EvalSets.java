package voxpop.bench.themes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import voxpop.model.Language;

/**
 * The labelled real sets of {@code ../shared/data} (see its DATA.md), read as they are published.
 * Interim loaders for the theme harness until {@code voxpop.eval.data} lands. Texts stay in memory
 * only; nothing is written or logged.
 */
final class EvalSets {
  private EvalSets() {}

  /**
   * One labelled set.
   *
   * @param fine the fine label of each text (sub-themes are scored against it)
   * @param coarse the coarse label (themes are scored against it); same as fine when there is one
   */
  record EvalSet(
      String name,
      Language language,
      List<String> texts,
      int[] fine,
      int fineClasses,
      int[] coarse,
      int coarseClasses) {}

  static final List<String> NAMES =
      List.of("kursk", "agnews", "snippets", "biomedical", "tweet", "banking77", "clinc150");

  static EvalSet load(Path root, String name) throws IOException {
    return switch (name) {
      case "kursk" -> kursk(root.resolve("kursk-appeals/train_dataset_train.csv"));
      case "agnews" -> tabbed(name, root.resolve("en-short-text-clustering/agnewsdataraw-8000"));
      case "snippets" ->
          tabbed(
              name,
              root.resolve("en-short-text-clustering/search_snippets/search_snippets_true_text"));
      case "biomedical" ->
          tabbed(name, root.resolve("en-short-text-clustering/biomedical/biomedical_true_text"));
      case "tweet" ->
          tabbed(name, root.resolve("en-short-text-clustering/tweet-original-order.txt"));
      case "banking77" -> banking(root.resolve("en-banking77/banking_data"));
      case "clinc150" -> clinc(root.resolve("en-clinc150/data"));
      default -> throw new IllegalArgumentException("unknown set " + name + "; known: " + NAMES);
    };
  }

  private static EvalSet tabbed(String name, Path file) throws IOException {
    List<String> texts = new ArrayList<>();
    Labels labels = new Labels();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.strip();
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      labels.add(line.substring(0, tab));
      texts.add(line.substring(tab + 1));
    }
    int[] l = labels.ids();
    return new EvalSet(name, Language.EN, texts, l, labels.count(), l, labels.count());
  }

  private static EvalSet kursk(Path file) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int text = header.indexOf("Текст Сообщения");
    int fine = header.indexOf("Тематика");
    int coarse = header.indexOf("Категория");
    List<String> texts = new ArrayList<>();
    Labels f = new Labels();
    Labels c = new Labels();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() <= Math.max(text, Math.max(fine, coarse))) {
        continue;
      }
      texts.add(stripHtml(r.get(text)));
      f.add(r.get(fine));
      c.add(r.get(coarse));
    }
    return new EvalSet("kursk", Language.RU, texts, f.ids(), f.count(), c.ids(), c.count());
  }

  private static EvalSet banking(Path dir) throws IOException {
    List<String> texts = new ArrayList<>();
    Labels labels = new Labels();
    for (String part : List.of("train.csv", "test.csv")) {
      List<List<String>> rows =
          Csv.parse(Files.readString(dir.resolve(part), StandardCharsets.UTF_8));
      for (List<String> r : rows.subList(1, rows.size())) {
        if (r.size() >= 2) {
          texts.add(r.get(0));
          labels.add(r.get(1));
        }
      }
    }
    int[] l = labels.ids();
    return new EvalSet("banking77", Language.EN, texts, l, labels.count(), l, labels.count());
  }

  private static EvalSet clinc(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode data = json.readTree(dir.resolve("data_full.json").toFile());
    JsonNode domains = json.readTree(dir.resolve("domains.json").toFile());
    Map<String, String> domainOf = new LinkedHashMap<>();
    for (String domain : domains.propertyNames()) {
      for (JsonNode intent : domains.get(domain)) {
        domainOf.put(intent.asString(), domain);
      }
    }
    List<String> texts = new ArrayList<>();
    Labels fine = new Labels();
    Labels coarse = new Labels();
    for (String part : List.of("train", "val", "test")) {
      for (JsonNode row : data.get(part)) {
        String intent = row.get(1).asString();
        texts.add(row.get(0).asString());
        fine.add(intent);
        coarse.add(domainOf.getOrDefault(intent, "?"));
      }
    }
    return new EvalSet(
        "clinc150", Language.EN, texts, fine.ids(), fine.count(), coarse.ids(), coarse.count());
  }

  /** Tags become spaces; the common entities become their characters. */
  static String stripHtml(String s) {
    String t = s.replaceAll("(?s)<[^>]*>", " ");
    t =
        t.replace("&nbsp;", " ")
            .replace("&quot;", "\"")
            .replace("&laquo;", "«")
            .replace("&raquo;", "»")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&ndash;", "–")
            .replace("&mdash;", "—")
            .replace("&amp;", "&");
    return t.replaceAll("\\s+", " ").strip();
  }

  /** Label strings to dense ids in order of first sight. */
  private static final class Labels {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<Integer> seq = new ArrayList<>();

    void add(String label) {
      seq.add(ids.computeIfAbsent(label, k -> ids.size()));
    }

    int[] ids() {
      return seq.stream().mapToInt(Integer::intValue).toArray();
    }

    int count() {
      return ids.size();
    }
  }

  /** RFC 4180 rows: quoted fields, doubled quotes, line breaks inside quotes. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String s) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (!field.isEmpty() || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
