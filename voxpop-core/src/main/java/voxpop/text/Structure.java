package voxpop.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where punctuation in a text does not end a sentence: inside URLs and e-mail addresses, and inside
 * matched brackets or quotes (a quoted question is part of its sentence). A quote or bracket pair
 * that spans most of the text is ignored, so an appeal wrapped whole in quotes still splits. Not
 * thread-safe; one instance per text.
 */
final class Structure {
  /** A pair covering more than this share of the text does not protect its inside. */
  private static final double MAX_PROTECTED_SHARE = 0.6;

  private final String text;
  private boolean[] blocked;

  private Structure(String text) {
    this.text = text;
  }

  /** The structure of a text, worked out on the first question asked of it. */
  static Structure of(String text) {
    return new Structure(text);
  }

  /** True when punctuation at {@code i} may end a sentence. */
  boolean isFree(int i) {
    if (blocked == null) {
      blocked = new boolean[text.length()];
      markUrls(text, blocked);
      markPairs(text, blocked);
    }
    return i >= blocked.length || !blocked[i];
  }

  private static void markUrls(String text, boolean[] blocked) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Letters.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean addressChar = false;
      while (i < n && !Letters.isWhitespace(text.charAt(i))) {
        char c = text.charAt(i);
        addressChar |= c == '.' || c == '/' || c == '@' || c == ':';
        i++;
      }
      if (addressChar && isUrlLike(text, start, i)) {
        int end = i;
        // Trailing sentence punctuation belongs to the sentence, not to the address.
        while (end > start && isTrailingPunct(text.charAt(end - 1))) {
          end--;
        }
        for (int k = start; k < end; k++) {
          blocked[k] = true;
        }
      }
    }
  }

  static boolean isUrlLike(String text, int start, int end) {
    String token = text.substring(start, end);
    if (token.contains("://") || token.regionMatches(true, 0, "www.", 0, 4)) {
      return true;
    }
    int at = token.indexOf('@');
    if (at > 0 && token.indexOf('.', at) > at + 1) {
      return true;
    }
    int query = token.indexOf('?');
    if (query > 0 && token.indexOf('=', query) > query) {
      // A query string, even without a host: "viewtopic.php?f=28&t=520".
      return true;
    }
    int dot = token.indexOf('.');
    int slash = token.indexOf('/');
    return dot > 0 && slash > dot + 2 && Character.isLetter(token.charAt(dot + 1));
  }

  private static boolean isTrailingPunct(char c) {
    return c == '.' || c == ',' || c == '?' || c == '!' || c == ')' || c == ';' || c == ':'
        || c == '…' || c == '»' || c == '"';
  }

  private static void markPairs(String text, boolean[] blocked) {
    int n = text.length();
    int limit = (int) (n * MAX_PROTECTED_SHARE);
    Deque<int[]> stack = new ArrayDeque<>();
    int openAsciiQuote = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (blocked[i]) {
        continue;
      }
      switch (c) {
        case '(', '[', '«', '“', '„' -> stack.push(new int[] {i, c});
        case ')', ']', '»', '”' -> {
          char open = opener(c);
          // Pop to the matching opener; unmatched openers inside are dropped.
          for (int[] top : stack) {
            if (top[1] == open || (c == '”' && (top[1] == '“' || top[1] == '„'))) {
              while (!stack.isEmpty()) {
                int[] t = stack.pop();
                if (t == top) {
                  break;
                }
              }
              protect(blocked, top[0], i, limit);
              break;
            }
          }
        }
        case '"' -> {
          if (openAsciiQuote < 0) {
            openAsciiQuote = i;
          } else {
            protect(blocked, openAsciiQuote, i, limit);
            openAsciiQuote = -1;
          }
        }
        default -> {}
      }
    }
  }

  private static char opener(char close) {
    return switch (close) {
      case ')' -> '(';
      case ']' -> '[';
      case '»' -> '«';
      default -> '“';
    };
  }

  private static void protect(boolean[] blocked, int open, int close, int limit) {
    if (close - open > limit) {
      return;
    }
    for (int k = open + 1; k < close; k++) {
      blocked[k] = true;
    }
  }
}
