package voxpop.params;

import java.util.Objects;
import java.util.function.Function;

/**
 * One tunable, declared once: its name, type, default, allowed range and a one-line description.
 * Values are validated when set; nothing is clamped silently.
 *
 * @param <T> the value type ({@link Integer}, {@link Long}, {@link Double}, {@link Boolean} or
 *     {@link String})
 */
public final class Param<T extends Comparable<T>> {
  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final T min;
  private final T max;
  private final String unit;
  private final String description;
  private final Function<String, T> parser;

  private Param(
      String name,
      Class<T> type,
      T defaultValue,
      T min,
      T max,
      String unit,
      String description,
      Function<String, T> parser) {
    this.name = Objects.requireNonNull(name);
    this.type = type;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.unit = unit;
    this.description = Objects.requireNonNull(description);
    this.parser = parser;
    if (description.isBlank()) {
      throw new IllegalArgumentException("parameter " + name + " has no description");
    }
    validate(defaultValue);
  }

  /** An integer parameter in {@code [min, max]}. */
  public static Param<Integer> ofInt(
      String name, int defaultValue, int min, int max, String unit, String description) {
    return new Param<>(
        name, Integer.class, defaultValue, min, max, unit, description, Integer::valueOf);
  }

  /** A long parameter in {@code [min, max]}. */
  public static Param<Long> ofLong(
      String name, long defaultValue, long min, long max, String unit, String description) {
    return new Param<>(name, Long.class, defaultValue, min, max, unit, description, Long::valueOf);
  }

  /** A floating-point parameter in {@code [min, max]}. */
  public static Param<Double> ofDouble(
      String name, double defaultValue, double min, double max, String unit, String description) {
    return new Param<>(
        name, Double.class, defaultValue, min, max, unit, description, Double::valueOf);
  }

  /** A boolean parameter. */
  public static Param<Boolean> ofBoolean(String name, boolean defaultValue, String description) {
    return new Param<>(
        name,
        Boolean.class,
        defaultValue,
        null,
        null,
        "",
        description,
        s -> {
          if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.valueOf(s);
          }
          throw new IllegalArgumentException("expected true or false");
        });
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public T min() {
    return min;
  }

  public T max() {
    return max;
  }

  public String unit() {
    return unit;
  }

  public String description() {
    return description;
  }

  /**
   * Parses and validates a textual value.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the allowed range
   */
  public T parse(String text) {
    T value;
    try {
      value = parser.apply(text.strip());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Invalid value for parameter " + name + ": '" + text + "' is not a " + typeName(), e);
    }
    validate(value);
    return value;
  }

  /**
   * Checks a value against the declared range.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the allowed range
   */
  public T validate(T value) {
    Objects.requireNonNull(value, name);
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      throw new IllegalArgumentException(
          "Invalid value for parameter "
              + name
              + ": "
              + value
              + " is outside ["
              + min
              + ", "
              + max
              + "]");
    }
    return value;
  }

  private String typeName() {
    return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return name;
  }
}
