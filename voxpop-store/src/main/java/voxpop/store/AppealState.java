package voxpop.store;

import java.util.Locale;

/** Where a stored appeal is in its life. */
public enum AppealState {
  /** Durably stored, waiting for the background worker. */
  RECEIVED,
  /** Screened, grouped and (when a theme model is wired) assigned to themes. */
  PROCESSED;

  /** The lower-case code used in the database and the API. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #code()}. */
  public static AppealState parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
