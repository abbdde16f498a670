package voxpop.model;

/** The sender's gender as recorded by the channel. {@link #UNKNOWN} when not given. */
public enum Gender {
  FEMALE("female"),
  MALE("male"),
  UNKNOWN("unknown");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** The code used in files and APIs. */
  public String code() {
    return code;
  }

  /**
   * Parses {@code female|male|unknown} (also {@code f}, {@code m}, {@code ж}, {@code м}); empty is
   * {@link #UNKNOWN}.
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static Gender parse(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "female", "f", "ж", "жен", "женский" -> FEMALE;
      case "male", "m", "м", "муж", "мужской" -> MALE;
      case "unknown", "u", "-" -> UNKNOWN;
      default ->
          throw new IllegalArgumentException("unknown gender; expected female, male or unknown");
    };
  }
}
