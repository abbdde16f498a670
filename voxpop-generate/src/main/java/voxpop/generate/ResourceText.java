package voxpop.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the generator's UTF-8 resource files: blank lines and lines starting with {@code #} are
 * skipped, {@code == name} starts a section. Each kept line remembers its number so that a bad
 * template is reported as {@code file:line}.
 */
final class ResourceText {
  /** One kept line of a resource file. */
  record Line(String file, int number, String text) {
    String where() {
      return file + ":" + number;
    }

    IllegalStateException error(String message) {
      return new IllegalStateException(where() + ": " + message);
    }
  }

  private ResourceText() {}

  /** The kept lines of a resource under {@code voxpop/generate/}. */
  static List<Line> lines(String name) {
    String path = "/voxpop/generate/" + name;
    InputStream in = ResourceText.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing generator resource " + path);
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String s;
      int n = 0;
      while ((s = r.readLine()) != null) {
        n++;
        String t = s.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(new Line(name, n, t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return lines;
  }

  /** The lines of a resource grouped by their {@code == name} section, in file order. */
  static Map<String, List<Line>> sections(String name) {
    Map<String, List<Line>> sections = new LinkedHashMap<>();
    List<Line> current = null;
    for (Line line : lines(name)) {
      if (line.text().startsWith("==")) {
        String section = line.text().substring(2).strip();
        if (sections.containsKey(section)) {
          throw line.error("section '" + section + "' appears twice");
        }
        current = new ArrayList<>();
        sections.put(section, current);
      } else if (current == null) {
        throw line.error("text before the first '== section' line");
      } else {
        current.add(line);
      }
    }
    return sections;
  }
}
