package voxpop.text;

import java.text.Normalizer;

/**
 * The first stage of the engine: turns a raw appeal as it arrived (from a portal with HTML, an SMS
 * gateway, an operator's console) into clean text that every later stage reads.
 *
 * <ol>
 *   <li>Unicode NFKC (full-width letters, ligatures, compatibility spaces), except that {@code №}
 *       and {@code …} are kept as written;
 *   <li>HTML tags removed (block tags become a line break) and character references decoded ({@code
 *       &nbsp; &laquo; &#1234; &#x4A;}), repeated until none is left, so double-escaped portal text
 *       comes out clean;
 *   <li>control, bidirectional and zero-width characters removed (a zero-width joiner inside an
 *       emoji sequence is kept);
 *   <li>whitespace collapsed: a run of spaces becomes one space, a run holding a line break becomes
 *       one {@code \n} (line starts matter to the question splitter); trimmed;
 *   <li>repeated punctuation collapsed: {@code !!!!} → {@code !}, {@code ???} → {@code ?}, {@code
 *       ?!?!} → {@code ?!}, {@code ,,} → {@code ,}, two or more dots or an ellipsis followed by
 *       dots → {@code …}.
 * </ol>
 *
 * Case, letters, digits and emoji are kept. The result is idempotent: {@code
 * normalize(normalize(x)) equals normalize(x)}. Plain text that needs none of this is returned as
 * is after one scan. Thread-safe and stateless.
 */
public final class TextNormalizer {
  private static final int MAX_ROUNDS = 16;

  private TextNormalizer() {}

  /**
   * Normalises one raw text.
   *
   * @param raw the text as received; {@code null} is treated as empty
   * @return the normalised text, never {@code null}
   */
  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    if (isPlain(raw)) {
      return raw;
    }
    String current = raw;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String next = cleanUp(HtmlMarkup.strip(nfkc(current)));
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  /**
   * One scan that proves the text already normal: printable ASCII or basic Cyrillic, single inner
   * spaces and line breaks, no markup characters, no repeated punctuation.
   */
  static boolean isPlain(String s) {
    int n = s.length();
    char prev = '\n';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n') {
        if (prev == ' ' || prev == '\n' || i == n - 1) {
          return false;
        }
      } else if (c >= 0x21 && c <= 0x7E) {
        if (c == '<' || c == '&') {
          return false;
        }
        if (isCollapsible(c) && samePunctClass(prev, c)) {
          return false;
        }
      } else if (c == '…') {
        if (prev == '.' || prev == '…') {
          return false;
        }
      } else if (!((c >= 0x400 && c <= 0x4FF) || isSafeSymbol(c))) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  private static boolean isSafeSymbol(char c) {
    return switch (c) {
      case '«', '»', '—', '–', '№', '“', '”', '„', '‘', '’' -> true;
      default -> false;
    };
  }

  /** NFKC, keeping the Russian numero sign and the ellipsis that NFKC would spell out. */
  private static String nfkc(String s) {
    if (!needsNfkc(s)) {
      return s;
    }
    if (s.indexOf('№') < 0 && s.indexOf('…') < 0) {
      return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '№' || c == '…') {
        out.append(Normalizer.normalize(s.substring(from, i), Normalizer.Form.NFKC)).append(c);
        from = i + 1;
      }
    }
    out.append(Normalizer.normalize(s.substring(from), Normalizer.Form.NFKC));
    return out.toString();
  }

  /** NFKC cannot change text made only of these characters, so the costly call is skipped. */
  private static boolean needsNfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xA0 && !(c >= 0x400 && c <= 0x4FF) && !isSafeSymbol(c) && c != '…') {
        return true;
      }
    }
    return false;
  }

  /** Removes invisible characters and collapses whitespace and repeated punctuation. */
  private static String cleanUp(String s) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    boolean pendingSpace = false;
    boolean pendingBreak = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n'
          || c == '\r'
          || c == 0x85
          || c == 0x2028
          || c == 0x2029
          || c == 0x0B
          || c == 0x0C) {
        pendingBreak = true;
        continue;
      }
      if (c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          flushSpace(out, pendingSpace, pendingBreak);
          pendingSpace = pendingBreak = false;
          out.append(c).append(s.charAt(i + 1));
          i++;
        }
        continue;
      }
      if (Character.isLowSurrogate(c) || isInvisible(c)) {
        continue;
      }
      if (c == 0x200D && !joinsEmoji(out, s, i)) {
        continue;
      }
      if (c == '.' || c == '…') {
        if (!pendingSpace && !pendingBreak && out.length() > 0) {
          char last = out.charAt(out.length() - 1);
          if (last == '…') {
            continue;
          }
          if (last == '.') {
            out.setCharAt(out.length() - 1, '…');
            continue;
          }
        }
      } else if (isCollapsible(c) && !pendingSpace && !pendingBreak && out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        if (last == c) {
          continue;
        }
        if ((c == '!' || c == '?') && (last == '!' || last == '?')) {
          // "?!?!" keeps one of each, question mark first, so the splitter sees a question.
          int len = out.length();
          char before = len >= 2 ? out.charAt(len - 2) : 0;
          if (before == '?' || before == '!') {
            continue;
          }
          if (last == '!') {
            out.setCharAt(len - 1, '?');
            out.append('!');
            continue;
          }
        }
      }
      flushSpace(out, pendingSpace, pendingBreak);
      pendingSpace = pendingBreak = false;
      out.append(c);
    }
    return out.toString();
  }

  private static void flushSpace(StringBuilder out, boolean space, boolean lineBreak) {
    if (out.length() == 0) {
      return;
    }
    if (lineBreak) {
      out.append('\n');
    } else if (space) {
      out.append(' ');
    }
  }

  private static boolean isCollapsible(char c) {
    return c == '!' || c == '?' || c == ',' || c == '.';
  }

  private static boolean samePunctClass(char prev, char c) {
    if (c == '.') {
      return prev == '.' || prev == '…';
    }
    if (c == ',') {
      return prev == ',';
    }
    return prev == '!' || prev == '?';
  }

  /** Control, format, bidirectional and zero-width characters that carry no text. */
  private static boolean isInvisible(char c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    return switch (c) {
      case 0x00AD,
          0x034F,
          0x061C,
          0x180E,
          0x200B,
          0x200C,
          0x200E,
          0x200F,
          0x202A,
          0x202B,
          0x202C,
          0x202D,
          0x202E,
          0x2060,
          0x2061,
          0x2062,
          0x2063,
          0x2064,
          0x2066,
          0x2067,
          0x2068,
          0x2069,
          0xFEFF,
          0xFFF9,
          0xFFFA,
          0xFFFB ->
          true;
      default -> false;
    };
  }

  /** A zero-width joiner is kept only between two emoji code points (family, profession). */
  private static boolean joinsEmoji(StringBuilder out, String s, int i) {
    if (out.length() == 0 || i + 1 >= s.length()) {
      return false;
    }
    char before = out.charAt(out.length() - 1);
    char after = s.charAt(i + 1);
    boolean emojiBefore = Character.isLowSurrogate(before) || before == 0xFE0F;
    boolean emojiAfter = Character.isHighSurrogate(after) || (after >= 0x2600 && after <= 0x27BF);
    return emojiBefore && emojiAfter;
  }
}
