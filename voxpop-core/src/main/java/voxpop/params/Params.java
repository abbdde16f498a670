package voxpop.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable set of values for a declared list of {@link Param}s. Unknown keys are rejected with
 * the list of known ones; values are validated against their declaration. Thread-safe.
 */
public final class Params {
  private final List<Param<?>> declared;
  private final Map<String, Object> values;

  private Params(List<Param<?>> declared, Map<String, Object> values) {
    this.declared = declared;
    this.values = values;
  }

  /** The defaults of every declared parameter. */
  public static Params defaults(List<Param<?>> declared) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (Param<?> p : declared) {
      if (v.put(p.name(), p.defaultValue()) != null) {
        throw new IllegalStateException("parameter declared twice: " + p.name());
      }
    }
    return new Params(List.copyOf(declared), Collections.unmodifiableMap(v));
  }

  /**
   * A copy with textual overrides, such as {@code minThemeSize=20} from the command line.
   *
   * @throws IllegalArgumentException for an unknown key ("Unknown parameter: x; known: ...") or an
   *     invalid value
   */
  public Params with(Map<String, String> overrides) {
    Map<String, Object> v = new LinkedHashMap<>(values);
    for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
      Param<?> p = find(e.getKey());
      v.put(p.name(), p.parse(e.getValue()));
    }
    return new Params(declared, Collections.unmodifiableMap(v));
  }

  /** A copy with one typed value replaced, validated against its declaration. */
  public <T extends Comparable<T>> Params with(Param<T> param, T value) {
    find(param.name());
    Map<String, Object> v = new LinkedHashMap<>(values);
    v.put(param.name(), param.validate(value));
    return new Params(declared, Collections.unmodifiableMap(v));
  }

  /** The value of a declared parameter. */
  public <T extends Comparable<T>> T get(Param<T> param) {
    Object value = values.get(param.name());
    if (value == null) {
      throw new IllegalArgumentException("Unknown parameter: " + param.name());
    }
    return param.type().cast(value);
  }

  public int getInt(Param<Integer> p) {
    return get(p);
  }

  public double getDouble(Param<Double> p) {
    return get(p);
  }

  /** Every value, in declaration order, for provenance records. */
  public Map<String, Object> asMap() {
    return values;
  }

  public List<Param<?>> declared() {
    return declared;
  }

  private Param<?> find(String name) {
    for (Param<?> p : declared) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "Unknown parameter: "
            + name
            + "; known: "
            + String.join(", ", declared.stream().map(Param::name).sorted().toList()));
  }
}
