package voxpop.model;

import java.util.Locale;

/** The language of a question, as detected by {@code voxpop.text.LanguageDetector}. */
public enum Language {
  RU,
  UK,
  EN,
  OTHER;

  /** ISO 639-1 code ({@code ru}, {@code uk}, {@code en}) or {@code other}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code produced by {@link #code()}. */
  public static Language parse(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
