package voxpop.model;

import java.util.Locale;

/**
 * The screening outcome of one question. Only {@link #ACCEPTED} questions take part in duplicate
 * grouping and themes; the others are kept, counted and shown to editors with their reason.
 */
public enum Verdict {
  ACCEPTED,
  SPAM,
  ABUSE,
  GIBBERISH,
  EMPTY,
  TOO_SHORT,
  FLOOD;

  /** The lower-case code written to {@code questions.csv}: {@code accepted}, {@code spam}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code produced by {@link #code()}. */
  public static Verdict parse(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
