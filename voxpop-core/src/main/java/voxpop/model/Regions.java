package voxpop.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 89 federal subjects, read once from {@code voxpop/regions.tsv}, and the lookup that turns
 * what a channel or an operator wrote ("Курская обл.", "г. Москва", "СПб", "46", "Kursk Oblast")
 * into the canonical subject. Immutable and thread-safe.
 */
public final class Regions {
  private static final List<Region> ALL;
  private static final Map<String, Region> BY_KEY = new HashMap<>();

  static {
    List<Region> all = new ArrayList<>();
    try (InputStream in = Regions.class.getResourceAsStream("/voxpop/regions.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Region region = new Region(f[0], f[1], f[2], Integer.parseInt(f[3]));
        all.add(region);
        BY_KEY.put(key(region.code()), region);
        BY_KEY.put(key(region.name()), region);
        BY_KEY.put(key(region.nameEn()), region);
        if (f.length > 4 && !f[4].isEmpty()) {
          for (String alias : f[4].split("\\|")) {
            BY_KEY.putIfAbsent(key(alias), region);
          }
        }
        String shortName = shortForm(region.name());
        if (!shortName.isEmpty()) {
          BY_KEY.putIfAbsent(shortName, region);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read voxpop/regions.tsv", e);
    }
    ALL = List.copyOf(all);
  }

  private Regions() {}

  /** All 89 subjects in the order of their codes. */
  public static List<Region> all() {
    return ALL;
  }

  /** The subject with this exact two-digit code, if any. */
  public static Optional<Region> byCode(String code) {
    return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * Recognises a subject from free text as channels and operators write it: the official name, the
   * short form ("Курская", "Курская обл."), a common alias or capital, the code or the English
   * name.
   */
  public static Optional<Region> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String k = key(text);
    Region r = BY_KEY.get(k);
    if (r == null) {
      r = BY_KEY.get(shortForm(k));
    }
    return Optional.ofNullable(r);
  }

  /**
   * The canonical name when the text names a known subject, otherwise the stripped text itself (a
   * region of another country's event, say), never null.
   */
  public static String canonical(String text) {
    if (text == null) {
      return "";
    }
    String known = CANONICAL.get(text);
    if (known != null) {
      return known;
    }
    String c = find(text).map(Region::name).orElse(text.strip());
    // Channels write a region in a few hundred ways; remember them (bounded, so a flood of odd
    // values cannot grow the map without limit).
    if (CANONICAL.size() < CANONICAL_LIMIT) {
      CANONICAL.put(text, c);
    }
    return c;
  }

  private static final int CANONICAL_LIMIT = 10_000;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CANONICAL =
      new java.util.concurrent.ConcurrentHashMap<>();

  static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('—', '-');
    k = k.replaceAll("[\\s\u00a0]+", " ");
    if (k.startsWith("г. ") || k.startsWith("г ")) {
      k = k.substring(k.indexOf(' ') + 1);
    }
    // (?U): without it \b sees Cyrillic letters as non-word characters and "обл." never matches
    k = k.replaceAll("(?U)\\bобл\\.?$", "область").replaceAll("\\bresp\\.?\\b", "republic");
    return k.strip();
  }

  /** "курская область" → "курская"; "краснодарский край" → "краснодарский"; others → "". */
  private static String shortForm(String name) {
    String k = key(name);
    for (String suffix : new String[] {" область", " край", " автономный округ"}) {
      if (k.endsWith(suffix)) {
        return k.substring(0, k.length() - suffix.length());
      }
    }
    if (k.startsWith("республика ")) {
      return k.substring("республика ".length());
    }
    return "";
  }
}
