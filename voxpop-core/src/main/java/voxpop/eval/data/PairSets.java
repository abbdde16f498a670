package voxpop.eval.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pairs of texts: Russian paraphrases (ParaPhraser) and English duplicate questions (Quora).
 * Stateless.
 */
final class PairSets {
  static final String PARAPHRASER = "ru-paraphraser";
  static final String QUORA = "en-quora-question-pairs";
  private static final Pattern PAIR =
      Pattern.compile("<paraphrase>(.*?)</paraphrase>", Pattern.DOTALL);
  private static final Pattern VALUE =
      Pattern.compile("<value name=\"(\\w+)\">(.*?)</value>", Pattern.DOTALL);
  private static final Pattern QUORA_FILE = Pattern.compile("quora_test_(\\d+)\\.tsv");

  private PairSets() {}

  /**
   * The paraphrase pairs of {@code paraphrases_train.xml} or {@code paraphrases_gold.xml}; class
   * -1, 0, 1 become {@link TextPair#NON}, {@link TextPair#LOOSE}, {@link TextPair#STRICT}. The XML
   * declares the encoding {@code UTF8}, which XML parsers refuse, so the file is read as UTF-8 text
   * and its flat structure matched directly.
   */
  static List<TextPair> paraphraser(Path root, boolean gold) throws IOException {
    String name = gold ? "paraphrases_gold.xml" : "paraphrases_train.xml";
    String xml = DataFiles.text(DataFiles.require(root, PARAPHRASER, name));
    List<TextPair> out = new ArrayList<>();
    Matcher m = PAIR.matcher(xml);
    while (m.find()) {
      Map<String, String> v = new HashMap<>();
      Matcher f = VALUE.matcher(m.group(1));
      while (f.find()) {
        v.put(f.group(1), unescape(f.group(2)));
      }
      String id = v.get("id");
      String cls = v.get("class");
      if (id == null || v.get("text_1") == null || v.get("text_2") == null || cls == null) {
        throw new IOException(name + ": pair " + (out.size() + 1) + " lacks id, texts or class");
      }
      String label =
          switch (cls.strip()) {
            case "-1" -> TextPair.NON;
            case "0" -> TextPair.LOOSE;
            case "1" -> TextPair.STRICT;
            default -> throw new IOException(name + ": pair " + id + " has class " + cls);
          };
      out.add(new TextPair(id, v.get("text_1"), v.get("text_2"), label));
    }
    return out;
  }

  /** The 81,000 Quora pairs, files in numeric order; {@link TextPair#DUPLICATE} or {@code NON}. */
  static List<TextPair> quora(Path root) throws IOException {
    Path dir = root.resolve(QUORA).resolve("test");
    if (!Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(
          dir.toString(), null, "data set " + QUORA + " is missing test/");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> QUORA_FILE.matcher(p.getFileName().toString()).matches())
              .sorted((a, b) -> Integer.compare(number(a), number(b)))
              .toList();
    }
    List<TextPair> out = new ArrayList<>();
    for (Path file : files) {
      for (String[] r : DataFiles.tsv(file, 6, true)) {
        String label =
            switch (r[5].strip()) {
              case "1" -> TextPair.DUPLICATE;
              case "0" -> TextPair.NON;
              default ->
                  throw new IOException(
                      file.getFileName() + ": pair " + r[0] + " is_duplicate " + r[5]);
            };
        out.add(new TextPair(r[0].strip(), r[3], r[4], label));
      }
    }
    return out;
  }

  private static int number(Path p) {
    Matcher m = QUORA_FILE.matcher(p.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 10) {
        String e = s.substring(i + 1, semi);
        String r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> numeric(e);
            };
        if (r != null) {
          sb.append(r);
          i = semi + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  private static String numeric(String e) {
    try {
      if (e.startsWith("#x") || e.startsWith("#X")) {
        return Character.toString(Integer.parseInt(e.substring(2), 16));
      }
      if (e.startsWith("#")) {
        return Character.toString(Integer.parseInt(e.substring(1)));
      }
    } catch (IllegalArgumentException notANumber) {
      return null;
    }
    return null;
  }
}
