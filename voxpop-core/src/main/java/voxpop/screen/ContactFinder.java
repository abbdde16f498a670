package voxpop.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import voxpop.text.Letters;

/**
 * Finds contact data in a text by hand-written scanners (no backtracking regular expressions, so no
 * input can make it slow): web addresses, e-mail addresses, messenger handles, phone numbers and
 * payment card numbers. The spam screen reads the kinds; the masker replaces the spans. Thread-safe
 * and stateless.
 */
final class ContactFinder {
  /** What a span holds. */
  enum Kind {
    URL,
    EMAIL,
    HANDLE,
    PHONE,
    CARD
  }

  /** A found item: {@code text.substring(start, end)}. */
  record Span(Kind kind, int start, int end) {}

  /** Top-level domains a bare address ({@code example.ru/page}) may end with. */
  private static final Set<String> TLDS =
      Set.of(
          "ru", "рф", "su", "com", "net", "org", "info", "biz", "io", "me", "xyz", "top", "site",
          "online", "shop", "club", "pro", "ua", "by", "kz", "uk", "us", "de", "co", "ly", "gl",
          "cc", "to", "gd", "tv", "app", "link", "live", "store", "fun", "vip", "win", "bet",
          "casino", "click", "space", "website", "tk", "ml", "ga", "cf", "gq", "ws", "in", "eu");

  private ContactFinder() {}

  /** Every span, in text order, not overlapping. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Letters.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int tokenEnd = i;
      boolean addressChar = false;
      boolean digit = false;
      while (tokenEnd < n && !Letters.isWhitespace(text.charAt(tokenEnd))) {
        char c = text.charAt(tokenEnd);
        addressChar |= c == '.' || c == '@' || c == '/' || c == ':';
        digit |= c >= '0' && c <= '9';
        tokenEnd++;
      }
      if (!addressChar && !digit) {
        i = tokenEnd;
        continue;
      }
      Span s = addressChar ? addressSpan(text, i, tokenEnd) : null;
      if (s != null) {
        out.add(s);
        i = tokenEnd;
      } else {
        // A number may run on past this token ("8 912 345 67 89").
        i = Math.max(tokenEnd, numbers(text, i, tokenEnd, out));
      }
    }
    return out;
  }

  /** A URL, e-mail or handle occupying (a trimmed part of) one whitespace-delimited token. */
  private static Span addressSpan(String text, int from, int to) {
    int start = from;
    while (start < to && isOpeningPunct(text.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && isClosingPunct(text.charAt(end - 1))) {
      end--;
    }
    if (end - start < 3 || !hasAddressMark(text, start, end)) {
      return null;
    }
    String token = text.substring(start, end);
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
      return new Span(Kind.URL, start, end);
    }
    int at = token.indexOf('@');
    if (at > 0 && isEmail(token, at)) {
      return new Span(Kind.EMAIL, start, end);
    }
    if (at == 0 && isHandle(token)) {
      return new Span(Kind.HANDLE, start, end);
    }
    if (isBareDomain(lower)) {
      return new Span(Kind.URL, start, end);
    }
    return null;
  }

  /**
   * Every address has a dot, an at sign or a slash once the punctuation around the token is
   * trimmed; most tokens that reach here only end a sentence ({@code пенсии.}, {@code Вопрос:}).
   */
  private static boolean hasAddressMark(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '@' || c == '/') {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmail(String token, int at) {
    for (int k = 0; k < at; k++) {
      char c = token.charAt(k);
      if (!(isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
        return false;
      }
    }
    String domain = token.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    if (dot <= 0 || dot >= domain.length() - 2) {
      return false;
    }
    for (int k = 0; k < domain.length(); k++) {
      char c = domain.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHandle(String token) {
    int len = token.length() - 1;
    if (len < 4 || len > 32) {
      return false;
    }
    boolean letter = false;
    for (int k = 1; k < token.length(); k++) {
      char c = token.charAt(k);
      if (!(isAsciiAlnum(c) || c == '_')) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** {@code name.tld} or {@code name.tld/path}: letters, digits, hyphens and dots. */
  private static boolean isBareDomain(String lower) {
    int slash = lower.indexOf('/');
    String host = slash < 0 ? lower : lower.substring(0, slash);
    int dot = host.lastIndexOf('.');
    if (dot <= 0 || dot == host.length() - 1) {
      return false;
    }
    boolean letter = false;
    for (int k = 0; k < host.length(); k++) {
      char c = host.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    if (!letter || host.charAt(0) == '.' || host.contains("..")) {
      return false;
    }
    // "т.е." and "г.Курск" are not domains: the name before the top-level domain needs two chars.
    int prevDot = host.lastIndexOf('.', dot - 1);
    return dot - prevDot - 1 >= 2 && TLDS.contains(host.substring(dot + 1));
  }

  /**
   * Scans the number runs that start inside a token; adds phone and card spans.
   *
   * @return where scanning should continue (may be past the token)
   */
  private static int numbers(String text, int from, int tokenEnd, List<Span> out) {
    int n = text.length();
    int i = from;
    while (i < tokenEnd) {
      char c = text.charAt(i);
      boolean startsNumber =
          (isDigit(c) || ((c == '+' || c == '(') && i + 1 < n && isDigit(text.charAt(i + 1))))
              && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (startsNumber) {
        int end = numberRun(text, i, out);
        if (end > i) {
          i = end;
          continue;
        }
      }
      i++;
    }
    return i;
  }

  /**
   * Reads digit groups joined by single separators ({@code space - ( )}) from {@code start}; when
   * they form a card or phone number, adds the span.
   *
   * @return the end of the run read (whether or not it was a contact)
   */
  private static int numberRun(String text, int start, List<Span> out) {
    int n = text.length();
    int[] groups = new int[24];
    int groupCount = 0;
    int digits = 0;
    boolean plus = text.charAt(start) == '+';
    boolean dashes = false;
    int i = plus || text.charAt(start) == '(' ? start + 1 : start;
    int lastDigitEnd = start;
    StringBuilder all = new StringBuilder(20);
    while (i < n && groupCount < groups.length) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        int g = 0;
        while (i < n && isDigit(text.charAt(i))) {
          all.append(text.charAt(i));
          g++;
          i++;
        }
        groups[groupCount++] = g;
        digits += g;
        lastDigitEnd = i;
        continue;
      }
      if (c == '(' || c == ')' || c == ' ' || c == '-' || c == '\u2011' || c == '\u2013') {
        int j = i;
        int seps = 0;
        while (j < n && seps < 3) {
          char d = text.charAt(j);
          if (d == '(' || d == ')' || d == ' ' || d == '-' || d == '\u2011' || d == '\u2013') {
            dashes |= d == '-';
            seps++;
            j++;
          } else {
            break;
          }
        }
        if (j < n && isDigit(text.charAt(j)) && seps <= 2) {
          i = j;
          continue;
        }
      }
      break;
    }
    if (lastDigitEnd < n && Character.isLetter(text.charAt(lastDigitEnd))) {
      return lastDigitEnd;
    }
    int spanStart = start;
    int[] g = java.util.Arrays.copyOf(groups, groupCount);
    if (isCard(all, g)) {
      out.add(new Span(Kind.CARD, spanStart, lastDigitEnd));
    } else if (isPhone(all, g, plus, dashes)) {
      out.add(new Span(Kind.PHONE, spanStart, lastDigitEnd));
    } else if (groupCount > 1) {
      // Not one number: "д. 5 89120000000" is a house and a phone. Resume after the first group.
      int firstEnd = plus || text.charAt(start) == '(' ? start + 1 : start;
      while (firstEnd < n && isDigit(text.charAt(firstEnd))) {
        firstEnd++;
      }
      return firstEnd;
    }
    return lastDigitEnd;
  }

  /** 13 to 19 digits, contiguous or in groups of four, passing the Luhn check. */
  static boolean isCard(CharSequence digits, int[] groups) {
    int d = digits.length();
    if (d < 13 || d > 19) {
      return false;
    }
    if (groups.length > 1) {
      for (int k = 0; k < groups.length - 1; k++) {
        if (groups[k] != 4) {
          return false;
        }
      }
    }
    return luhn(digits);
  }

  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean dbl = false;
    for (int k = digits.length() - 1; k >= 0; k--) {
      int v = digits.charAt(k) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /**
   * A phone number: Russian mobile and city numbers in their usual spellings ({@code +7 (912)
   * 345-67-89}, {@code 8-912-345-67-89}, {@code 89123456789}, {@code 9123456789}), other
   * international numbers with {@code +}, British-style {@code 0…} numbers of 11 digits, and local
   * seven-digit numbers written {@code 345-67-89}. Years in a row and grouped amounts ({@code 1 500
   * 000 000}) are not phones.
   */
  static boolean isPhone(CharSequence digits, int[] groups, boolean plus, boolean dashes) {
    int d = digits.length();
    if (d == 7 && groups.length == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 2) {
      return dashes;
    }
    if (d < 10 || d > 15) {
      return false;
    }
    char first = digits.charAt(0);
    if (groups.length > 1) {
      int years = 0;
      boolean thousands = true;
      for (int k = 0; k < groups.length; k++) {
        if (groups[k] > 5 && k > 0 && groups.length > 2) {
          return false;
        }
        if (k > 0 && groups[k] != 3) {
          thousands = false;
        }
        if (groups[k] == 4 && isYearAt(digits, offset(groups, k))) {
          years++;
        }
      }
      if (years >= 2 || (thousands && !plus && groups[0] <= 3 && first != '8' && first != '7')) {
        return false;
      }
    }
    if (plus) {
      return true;
    }
    if (d == 11) {
      return first == '7' || first == '8' || first == '0';
    }
    if (d == 10) {
      return first == '9' || first == '4' || first == '8' || first == '3';
    }
    return d == 12 && first == '3';
  }

  private static int offset(int[] groups, int k) {
    int o = 0;
    for (int j = 0; j < k; j++) {
      o += groups[j];
    }
    return o;
  }

  private static boolean isYearAt(CharSequence digits, int at) {
    char a = digits.charAt(at);
    char b = digits.charAt(at + 1);
    return (a == '1' && b == '9') || (a == '2' && b == '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isOpeningPunct(char c) {
    return c == '(' || c == '[' || c == '«' || c == '"' || c == '\'' || c == '“' || c == '<';
  }

  private static boolean isClosingPunct(char c) {
    return c == '.' || c == ',' || c == ')' || c == ']' || c == '»' || c == '"' || c == '\''
        || c == '!' || c == '?' || c == ';' || c == ':' || c == '”' || c == '…' || c == '>';
  }
}
