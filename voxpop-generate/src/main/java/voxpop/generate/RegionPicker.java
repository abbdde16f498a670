package voxpop.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import voxpop.model.Channel;
import voxpop.model.Region;
import voxpop.model.Regions;

/**
 * Draws the sender's federal subject by population, adjusted to what was shown on air: Moscow sends
 * about 15% of appeals, St Petersburg comes second, the Moscow region sends less than its size
 * suggests. Also writes the region field the way each channel fills it (canonical name, "Курская
 * обл.", "г. Москва", a capital's name, or nothing). Immutable and thread-safe.
 */
final class RegionPicker {
  static final double MOSCOW_SHARE = 0.15;
  private static final double ST_PETERSBURG_BOOST = 1.35;
  private static final double MOSCOW_REGION_DAMPING = 0.45;

  private final Weighted regions;
  private final String[][] forms;
  private final Places places;

  RegionPicker(Places places) {
    this.places = places;
    List<Region> all = Regions.all();
    double[] w = new double[all.size()];
    int moscow = -1;
    double rest = 0;
    for (int i = 0; i < w.length; i++) {
      Region r = all.get(i);
      w[i] = r.populationThousands();
      switch (r.code()) {
        case "77" -> moscow = i;
        case "78" -> w[i] *= ST_PETERSBURG_BOOST;
        case "50" -> w[i] *= MOSCOW_REGION_DAMPING;
        default -> {}
      }
      if (!r.code().equals("77")) {
        rest += w[i];
      }
    }
    // Solve w_m / (w_m + rest) = share for Moscow's weight.
    w[moscow] = MOSCOW_SHARE * rest / (1 - MOSCOW_SHARE);
    regions = new Weighted(w);
    forms = new String[all.size()][];
    for (int i = 0; i < w.length; i++) {
      forms[i] = writtenForms(all.get(i), places.subject(i).towns()[0].nominative());
    }
  }

  /** A region index, by adjusted population. */
  int draw(Rng rng) {
    return regions.draw(rng);
  }

  /** The region's share among senders. */
  double share(int region) {
    return regions.share(region);
  }

  /**
   * A town of the region: the capital about half the time (in the federal cities, mostly the city
   * itself), another town otherwise.
   */
  int town(int region, Rng rng) {
    Places.Subject s = places.subject(region);
    int n = s.towns().length;
    double capital = List.of("77", "78", "92").contains(s.region().code()) ? 0.85 : 0.5;
    return rng.chance(capital) ? 0 : 1 + rng.nextInt(n - 1);
  }

  /** The region field as {@code channel} fills it for a sender of {@code region}. */
  String written(int region, Channel channel, Rng rng) {
    String[] f = forms[region];
    double filled;
    double canonical;
    switch (channel) {
      case PHONE -> {
        filled = 1.0;
        canonical = 0.8;
      }
      case SMS -> {
        filled = 0.85;
        canonical = 1.0;
      }
      case MESSENGER -> {
        filled = 0.75;
        canonical = 0.5;
      }
      case SOCIAL -> {
        filled = 0.55;
        canonical = 0.5;
      }
      case WEB -> {
        filled = 0.8;
        canonical = 0.9;
      }
      default -> {
        filled = 0.9;
        canonical = 0.95;
      }
    }
    if (!rng.chance(filled)) {
      return "";
    }
    if (f.length == 1 || rng.chance(canonical)) {
      return f[0];
    }
    return f[1 + rng.nextInt(f.length - 1)];
  }

  /** The canonical name first, then other spellings that {@link Regions#find} maps back. */
  static String[] writtenForms(Region r, String capital) {
    Set<String> candidates = new LinkedHashSet<>();
    candidates.add(r.name());
    String n = r.name();
    if (n.endsWith(" область")) {
      candidates.add(n.substring(0, n.length() - " область".length()) + " обл.");
      candidates.add(n.substring(0, n.length() - " область".length()));
    } else if (n.endsWith(" край")) {
      candidates.add(n.substring(0, n.length() - " край".length()));
    } else if (n.startsWith("Республика ")) {
      candidates.add(n.substring("Республика ".length()));
    }
    if (List.of("77", "78", "92").contains(r.code())) {
      candidates.add("г. " + n);
    }
    candidates.add(capital);
    List<String> ok = new ArrayList<>();
    for (String c : candidates) {
      if (Regions.find(c).filter(r::equals).isPresent()) {
        ok.add(c);
      }
    }
    return ok.toArray(String[]::new);
  }
}
