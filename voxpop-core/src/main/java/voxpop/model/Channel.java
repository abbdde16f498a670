package voxpop.model;

import java.util.Locale;

/** The way an appeal reached the event. The code is the lower-case form used in files and APIs. */
public enum Channel {
  PHONE,
  SMS,
  MESSENGER,
  SOCIAL,
  WEB,
  APP,
  OTHER;

  /** The code used in input files, JSON and CSV: {@code phone}, {@code sms}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a channel code, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted codes when {@code code} is not one of them
   */
  public static Channel parse(String code) {
    if (code != null) {
      String c = code.strip().toUpperCase(Locale.ROOT);
      for (Channel ch : values()) {
        if (ch.name().equals(c)) {
          return ch;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown channel; expected one of phone, sms, messenger, social, web, app, other");
  }
}
