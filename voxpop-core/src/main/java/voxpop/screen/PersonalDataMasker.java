package voxpop.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Masks personal data in text shown to editors and in exports: phone numbers → {@code [phone]},
 * e-mail addresses → {@code [email]}, payment card numbers (13–19 digits passing the Luhn check) →
 * {@code [card]}, house and flat numbers of an address → {@code [address]} (the street stays: it is
 * often the theme). Web links are not personal and stay. Scanners are hand-written and linear, so
 * no text can make masking slow. Thread-safe and stateless.
 */
public final class PersonalDataMasker {
  private PersonalDataMasker() {}

  /**
   * Masks one text.
   *
   * @param text any text; {@code null} is returned as {@code null}
   * @return the text with personal data replaced, or {@code text} itself when there was none
   */
  public static String mask(String text) {
    // A mask can expose a number that was read as part of a longer run; repeat to a fixpoint
    // (each round only replaces digits and @, so it ends).
    String current = text;
    for (int round = 0; round < 8; round++) {
      String next = maskOnce(current);
      if (next == current) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static String maskOnce(String text) {
    if (text == null || !mayContain(text)) {
      return text;
    }
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (ContactFinder.Span s : ContactFinder.find(text)) {
      String label =
          switch (s.kind()) {
            case PHONE -> "[phone]";
            case EMAIL -> "[email]";
            case CARD -> "[card]";
            case URL, HANDLE -> null;
          };
      if (label != null) {
        spans.add(new int[] {s.start(), s.end(), labels.size()});
        labels.add(label);
      }
    }
    for (int[] a : AddressFinder.find(text)) {
      spans.add(new int[] {a[0], a[1], labels.size()});
      labels.add("[address]");
    }
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] s : spans) {
      if (s[0] < at) {
        continue;
      }
      out.append(text, at, s[0]).append(labels.get(s[2]));
      at = s[1];
    }
    out.append(text, at, text.length());
    return out.toString();
  }

  /** Every kind of personal data holds a digit or an {@code @}. */
  private static boolean mayContain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '0' && c <= '9') || c == '@') {
        return true;
      }
    }
    return false;
  }
}
