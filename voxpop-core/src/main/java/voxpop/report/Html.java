package voxpop.report;

/**
 * A string builder for the report page that escapes whatever it is given as text. The markup it
 * produces is also well-formed XML (every element closed, attributes quoted, only numeric character
 * references, no character XML forbids), which is what lets the tests parse the page strictly. Not
 * thread-safe.
 */
final class Html {
  private final StringBuilder sb;

  Html(int capacity) {
    sb = new StringBuilder(capacity);
  }

  /** Appends trusted markup as is. */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends text, escaped for element content and attribute values alike. */
  Html text(String text) {
    escape(text, sb);
    return this;
  }

  /** Appends a number as text. */
  Html text(long n) {
    sb.append(n);
    return this;
  }

  /** Appends {@code <tag class="cls">text</tag>}; {@code cls} may be empty. */
  Html el(String tag, String cls, String text) {
    sb.append('<').append(tag);
    if (!cls.isEmpty()) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append('>');
    escape(text, sb);
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** Appends a line end; the page is line-broken between blocks to keep diffs readable. */
  Html nl() {
    sb.append('\n');
    return this;
  }

  int length() {
    return sb.length();
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** {@code s} escaped for HTML text and attribute values. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s == null ? 0 : s.length() + 16);
    escape(s, out);
    return out.toString();
  }

  /**
   * Escapes {@code & < > " '} and replaces characters that are invalid in HTML and XML (C0 controls
   * other than tab, LF and CR; unpaired surrogates; U+FFFE and U+FFFF) with U+FFFD, so a stray byte
   * in a citizen's message cannot break the page. A null is empty.
   */
  static void escape(String s, StringBuilder out) {
    if (s == null) {
      return;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n' -> out.append(c);
        case '\r' -> {
          if (i + 1 == n || s.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || c == 0x7F) {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
