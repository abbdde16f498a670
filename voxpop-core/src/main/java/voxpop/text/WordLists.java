package voxpop.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the word lists shipped under {@code voxpop/text/} and {@code voxpop/screen/}: one entry a
 * line, {@code #} starts a comment line, blank lines are skipped. Thread-safe and stateless.
 */
public final class WordLists {
  private WordLists() {}

  /**
   * The entries of a class-path resource, lower-cased, {@code ё} folded to {@code е}.
   *
   * @param resource an absolute class-path name such as {@code /voxpop/text/stop-ru.txt}
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public static List<String> read(String resource) {
    return read(resource, true);
  }

  /** As {@link #read(String)}, optionally keeping case and {@code ё}. */
  public static List<String> read(String resource, boolean fold) {
    InputStream in = WordLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("missing word list on the class path: " + resource));
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        out.add(fold ? fold(s) : s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return out;
  }

  /** Lower case with {@code ё} written as {@code е}. */
  public static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }
}
