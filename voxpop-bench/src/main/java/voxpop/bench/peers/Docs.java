package voxpop.bench.peers;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents file every peer reads: one line per appeal, {@code id TAB text}, UTF-8, {@code \n}
 * line ends, in the input's order. The text is the appeal's whole text with HTML tags removed and
 * entities decoded (the Kursk appeals are ~60% HTML, and any user would strip it before handing
 * texts to a clustering library) and every run of white space, tabs and line breaks included, made
 * one space. Nothing else is changed: each peer tokenises, lower-cases and filters in its own way.
 * Stateless.
 */
public final class Docs {
  private Docs() {}

  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z!][^<>]{0,2000}>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2028\\u2029]+");

  /** One document. */
  public record Doc(String id, String text) {}

  /** The text as peers see it: no tags, entities decoded, white space collapsed, stripped. */
  public static String clean(String text) {
    String s = text.indexOf('<') >= 0 ? TAG.matcher(text).replaceAll(" ") : text;
    if (s.indexOf('&') >= 0) {
      Matcher m = ENTITY.matcher(s);
      StringBuilder b = new StringBuilder(s.length());
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(entity(m.group(1), m.group())));
      }
      m.appendTail(b);
      s = b.toString();
    }
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  private static String entity(String name, String whole) {
    if (name.charAt(0) == '#') {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : " ";
    }
    return switch (name) {
      case "nbsp", "ensp", "emsp", "thinsp" -> " ";
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "laquo" -> "«";
      case "raquo" -> "»";
      case "bdquo" -> "„";
      case "ldquo" -> "“";
      case "rdquo" -> "”";
      case "lsquo" -> "‘";
      case "rsquo" -> "’";
      case "mdash" -> "—";
      case "ndash" -> "–";
      case "hellip" -> "…";
      case "numero" -> "№";
      default -> whole;
    };
  }

  /** An id made safe for the tab-separated files (no tab, no line break). */
  static String safeId(String id) {
    return SPACE.matcher(id).replaceAll("_");
  }

  /** Writes documents in order. */
  public static final class Writer implements AutoCloseable {
    private final BufferedWriter out;
    private long count;

    public Writer(Path file) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    public void write(String id, String text) throws IOException {
      out.write(safeId(id));
      out.write('\t');
      out.write(clean(text));
      out.write('\n');
      count++;
    }

    public long count() {
      return count;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Calls {@code each} for every document, in order. */
  public static void forEach(Path file, DocConsumer each) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IOException(file.getFileName() + " line " + no + ": no tab after the id");
        }
        each.accept(line.substring(0, tab), line.substring(tab + 1));
      }
    }
  }

  /** Reads every document. */
  public static List<Doc> read(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    forEach(file, (id, text) -> docs.add(new Doc(id, text)));
    return docs;
  }

  /** A consumer of one document that may fail. */
  @FunctionalInterface
  public interface DocConsumer {
    void accept(String id, String text) throws IOException;
  }
}
