package voxpop.model;

/** The sender's age group as a call-centre operator records it. {@link #UNKNOWN} when not given. */
public enum AgeGroup {
  UNDER_18("under-18"),
  AGE_18_29("18-29"),
  AGE_30_44("30-44"),
  AGE_45_59("45-59"),
  AGE_60_PLUS("60-plus"),
  UNKNOWN("unknown");

  private final String code;

  AgeGroup(String code) {
    this.code = code;
  }

  /** The code used in files and APIs, such as {@code 30-44}. */
  public String code() {
    return code;
  }

  /**
   * Parses a code; an empty or null value is {@link #UNKNOWN}. Also accepts {@code <18}, {@code
   * 60+}.
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static AgeGroup parse(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    String v = value.strip();
    for (AgeGroup g : values()) {
      if (g.code.equalsIgnoreCase(v)) {
        return g;
      }
    }
    return switch (v) {
      case "<18", "0-17", "under 18" -> UNDER_18;
      case "60+", "60 plus" -> AGE_60_PLUS;
      default ->
          throw new IllegalArgumentException(
              "unknown age group; expected one of under-18, 18-29, 30-44, 45-59, 60-plus");
    };
  }
}
