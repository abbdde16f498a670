package voxpop.text;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into words: runs of letters and digits, joined across a hyphen or an apostrophe that
 * stands between two of them ({@code Санкт-Петербург}, {@code из-за}, {@code COVID-19}, {@code
 * м'ясо}, {@code don't}) and across a point or comma between digits ({@code 2.5}). Everything else
 * separates words. Combining stress marks are dropped; apostrophe variants become {@code '}.
 *
 * <p>Cheaper than {@code StandardTokenizer} (no Unicode word-break automaton), which matters at
 * fifty million words a run; a {@code CharTokenizer} cannot see the character after a hyphen, hence
 * this small tokenizer. Not thread-safe, like every Lucene token stream; analyzers reuse one per
 * thread.
 */
final class WordTokenizer extends Tokenizer {
  static final int MAX_WORD = 64;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

  private char[] text = new char[256];
  private int textLen;
  private int pos;
  private boolean filled;

  @Override
  public boolean incrementToken() throws IOException {
    if (!filled) {
      fill();
    }
    clearAttributes();
    int n = textLen;
    int i = pos;
    while (i < n && !isWordChar(text[i])) {
      i++;
    }
    if (i >= n) {
      pos = n;
      return false;
    }
    int start = i;
    char[] term = termAtt.buffer();
    int len = 0;
    while (i < n) {
      char c = text[i];
      if (isWordChar(c)) {
        if (len < MAX_WORD) {
          if (len == term.length) {
            term = termAtt.resizeBuffer(len + 1);
          }
          term[len++] = c;
        }
        i++;
      } else if (isNonSpacingMark(c) && i > start) {
        i++;
      } else if (isJoiner(c, i > start ? text[i - 1] : 0, i + 1 < n ? text[i + 1] : 0)) {
        if (len < MAX_WORD) {
          if (len == term.length) {
            term = termAtt.resizeBuffer(len + 1);
          }
          term[len++] = isApostrophe(c) ? '\'' : c == '.' || c == ',' ? c : '-';
        }
        i++;
      } else {
        break;
      }
    }
    termAtt.setLength(len);
    offsetAtt.setOffset(correctOffset(start), correctOffset(i));
    pos = i;
    return true;
  }

  private static boolean isWordChar(char c) {
    return Letters.isLetterOrDigit(c);
  }

  /** No character below U+0300 (the first combining accent) is a non-spacing mark. */
  private static boolean isNonSpacingMark(char c) {
    return c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(char c, char before, char after) {
    if (c == '-' || c == '\u2010' || c == '\u2011' || isApostrophe(c)) {
      return Letters.isLetterOrDigit(before) && Letters.isLetterOrDigit(after);
    }
    if (c == '.' || c == ',') {
      return Letters.isDigit(before) && Letters.isDigit(after);
    }
    return false;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  private void fill() throws IOException {
    textLen = 0;
    while (true) {
      if (textLen == text.length) {
        text = java.util.Arrays.copyOf(text, text.length * 2);
      }
      int read = input.read(text, textLen, text.length - textLen);
      if (read < 0) {
        break;
      }
      textLen += read;
    }
    filled = true;
    pos = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(textLen);
    offsetAtt.setOffset(end, end);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    filled = false;
    pos = 0;
    textLen = 0;
    if (text.length > 1 << 16) {
      text = new char[256];
    }
  }
}
