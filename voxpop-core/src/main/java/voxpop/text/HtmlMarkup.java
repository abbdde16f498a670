package voxpop.text;

import java.util.Locale;
import java.util.Map;

/**
 * Removes HTML tags and decodes character references, as portal forms deliver them ({@code
 * <p>Текст&nbsp;обращения</p>}). Block-level tags become a line break so that "1) … 2) …" lists
 * keep their line starts; inline tags vanish. Text that only looks like markup ({@code 5 < 6},
 * {@code <3}, an unknown {@code &name;}) is kept as written. Thread-safe, stateless.
 */
final class HtmlMarkup {
  /** A tag longer than this is not a tag: it is text with a stray {@code <}. */
  private static final int MAX_TAG = 1024;

  private static final Map<String, Integer> ENTITIES =
      Map.ofEntries(
          Map.entry("nbsp", 0xA0),
          Map.entry("amp", (int) '&'),
          Map.entry("lt", (int) '<'),
          Map.entry("gt", (int) '>'),
          Map.entry("quot", (int) '"'),
          Map.entry("apos", (int) '\''),
          Map.entry("laquo", 0xAB),
          Map.entry("raquo", 0xBB),
          Map.entry("lsquo", 0x2018),
          Map.entry("rsquo", 0x2019),
          Map.entry("sbquo", 0x201A),
          Map.entry("ldquo", 0x201C),
          Map.entry("rdquo", 0x201D),
          Map.entry("bdquo", 0x201E),
          Map.entry("ndash", 0x2013),
          Map.entry("mdash", 0x2014),
          Map.entry("minus", 0x2212),
          Map.entry("hellip", 0x2026),
          Map.entry("bull", 0x2022),
          Map.entry("middot", 0xB7),
          Map.entry("shy", 0xAD),
          Map.entry("copy", 0xA9),
          Map.entry("reg", 0xAE),
          Map.entry("trade", 0x2122),
          Map.entry("deg", 0xB0),
          Map.entry("plusmn", 0xB1),
          Map.entry("times", 0xD7),
          Map.entry("divide", 0xF7),
          Map.entry("sect", 0xA7),
          Map.entry("para", 0xB6),
          Map.entry("numero", 0x2116),
          Map.entry("euro", 0x20AC),
          Map.entry("pound", 0xA3),
          Map.entry("cent", 0xA2),
          Map.entry("yen", 0xA5),
          Map.entry("rub", 0x20BD),
          Map.entry("ensp", 0x2002),
          Map.entry("emsp", 0x2003),
          Map.entry("thinsp", 0x2009),
          Map.entry("zwnj", 0x200C),
          Map.entry("zwj", 0x200D),
          Map.entry("lrm", 0x200E),
          Map.entry("rlm", 0x200F),
          Map.entry("larr", 0x2190),
          Map.entry("rarr", 0x2192),
          Map.entry("frac12", 0xBD),
          Map.entry("frac14", 0xBC),
          Map.entry("frac34", 0xBE),
          Map.entry("sup2", 0xB2),
          Map.entry("sup3", 0xB3),
          Map.entry("iexcl", 0xA1),
          Map.entry("iquest", 0xBF));

  private HtmlMarkup() {}

  /** True when {@code s} may hold a tag or a character reference. */
  static boolean mayContainMarkup(String s) {
    return s.indexOf('<') >= 0 || s.indexOf('&') >= 0;
  }

  /** Strips tags and decodes references once; returns {@code s} itself when nothing changed. */
  static String strip(String s) {
    if (!mayContainMarkup(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    boolean changed = false;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<') {
        int end = tagEnd(s, i);
        if (end > 0) {
          String name = tagName(s, i);
          if (name.equals("script") || name.equals("style")) {
            end = skipElementBody(s, end, name);
          }
          if (isBlock(name)) {
            out.append('\n');
          }
          i = end;
          changed = true;
          continue;
        }
      } else if (c == '&') {
        int consumed = decodeReference(s, i, out);
        if (consumed > 0) {
          i += consumed;
          changed = true;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return changed ? out.toString() : s;
  }

  /** Index after the {@code >} that closes a tag opening at {@code start}, or -1. */
  private static int tagEnd(String s, int start) {
    int n = s.length();
    if (start + 1 >= n) {
      return -1;
    }
    char next = s.charAt(start + 1);
    boolean opens =
        isAsciiLetter(next)
            || (next == '/' && start + 2 < n && isAsciiLetter(s.charAt(start + 2)))
            || next == '!'
            || next == '?';
    if (!opens) {
      return -1;
    }
    if (s.startsWith("<!--", start)) {
      int close = s.indexOf("-->", start + 4);
      return close < 0 ? -1 : close + 3;
    }
    int limit = Math.min(n, start + MAX_TAG);
    for (int j = start + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static String tagName(String s, int start) {
    int j = start + 1;
    if (j < s.length() && s.charAt(j) == '/') {
      j++;
    }
    int from = j;
    while (j < s.length() && (isAsciiLetter(s.charAt(j)) || Character.isDigit(s.charAt(j)))) {
      j++;
    }
    return s.substring(from, j).toLowerCase(Locale.ROOT);
  }

  private static int skipElementBody(String s, int from, String name) {
    int close = s.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
    if (close < 0) {
      return from;
    }
    int gt = s.indexOf('>', close);
    return gt < 0 ? s.length() : gt + 1;
  }

  private static boolean isBlock(String name) {
    return switch (name) {
      case "p",
          "br",
          "div",
          "li",
          "ul",
          "ol",
          "tr",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "hr",
          "pre",
          "section",
          "article",
          "header",
          "footer",
          "dd",
          "dt" ->
          true;
      default -> false;
    };
  }

  /**
   * Decodes the reference at {@code start} into {@code out}.
   *
   * @return the number of characters consumed, or 0 when this is not a known reference
   */
  private static int decodeReference(String s, int start, StringBuilder out) {
    int n = s.length();
    int j = start + 1;
    if (j < n && s.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int digitsFrom = j;
      long value = 0;
      while (j < n && j - digitsFrom < 8 && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0) {
        value = value * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10);
        j++;
      }
      if (j == digitsFrom || j >= n || s.charAt(j) != ';') {
        return 0;
      }
      if (value > 0 && value <= Character.MAX_CODE_POINT && !isSurrogate(value)) {
        out.appendCodePoint((int) value);
      }
      return j + 1 - start;
    }
    int nameFrom = j;
    while (j < n
        && j - nameFrom <= 8
        && (isAsciiLetter(s.charAt(j)) || isAsciiDigit(s.charAt(j)))) {
      j++;
    }
    if (j == nameFrom) {
      return 0;
    }
    String name = s.substring(nameFrom, j);
    Integer cp = ENTITIES.get(name);
    if (cp == null) {
      cp = ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }
    if (cp == null) {
      return 0;
    }
    if (j < n && s.charAt(j) == ';') {
      out.appendCodePoint(cp);
      return j + 1 - start;
    }
    // Sloppy portals drop the semicolon of the commonest references: "&nbsp" + text.
    if (name.equals("nbsp") || name.equals("amp") || name.equals("quot")) {
      out.appendCodePoint(cp);
      return j - start;
    }
    return 0;
  }

  private static boolean isSurrogate(long v) {
    return v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
