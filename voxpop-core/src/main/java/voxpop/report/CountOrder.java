package voxpop.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;
import voxpop.model.Language;
import voxpop.model.Verdict;

/**
 * The fixed order in which a map of counts is written, whatever the map's own iteration order: the
 * enum's order for known codes (unknown codes after them, by key), by key, or by count descending.
 * This is what keeps {@code HashMap} order out of the outputs. Thread-safe.
 */
enum CountOrder {
  VERDICT(codes(Verdict.values(), Verdict::code)),
  LANGUAGE(codes(Language.values(), Language::code)),
  CHANNEL(codes(Channel.values(), Channel::code)),
  AGE_GROUP(codes(AgeGroup.values(), AgeGroup::code)),
  GENDER(codes(Gender.values(), Gender::code)),
  /** By key, as strings; ISO dates sort by time. */
  KEY(List.of()),
  /** By count, largest first; ties by key. */
  COUNT_DESC(List.of());

  private final List<String> known;

  CountOrder(List<String> known) {
    this.known = known;
  }

  /** The entries of {@code counts} in this order; a null map is empty. */
  <V> List<Map.Entry<String, V>> sort(Map<String, V> counts) {
    List<Map.Entry<String, V>> entries = new ArrayList<>();
    if (counts == null) {
      return entries;
    }
    for (Map.Entry<String, V> e : counts.entrySet()) {
      entries.add(Map.entry(e.getKey() == null ? "" : e.getKey(), e.getValue()));
    }
    Comparator<Map.Entry<String, V>> byKey = Map.Entry.comparingByKey();
    if (this == COUNT_DESC) {
      entries.sort(
          Comparator.<Map.Entry<String, V>>comparingLong(e -> -asLong(e.getValue()))
              .thenComparing(byKey));
    } else {
      entries.sort(
          Comparator.<Map.Entry<String, V>>comparingInt(e -> rank(e.getKey()))
              .thenComparing(byKey));
    }
    return entries;
  }

  private int rank(String key) {
    int i = known.indexOf(key);
    return i < 0 ? known.size() : i;
  }

  private static long asLong(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }

  private static <E> List<String> codes(E[] values, Function<E, String> code) {
    return Arrays.stream(values).map(code).toList();
  }
}
