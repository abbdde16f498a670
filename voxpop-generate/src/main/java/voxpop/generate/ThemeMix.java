package voxpop.generate;

import java.util.List;
import voxpop.model.Channel;
import voxpop.model.Regions;

/**
 * Which sub-theme a question is about, by day and channel: the theme's share (its weight), split
 * among its sub-themes by their weights, times the theme's channel affinity; a theme with {@code
 * last-days} exists only in the final days (a theme "forming by itself"), and a surging sub-theme
 * is multiplied in its last days and comes mostly from its event region, drawn once per run.
 * Immutable after construction; thread-safe.
 */
final class ThemeMix {
  private final ThemeCatalog catalog;
  private final int days;
  private final Weighted[][] pickers;
  private final int[] eventRegion;

  ThemeMix(ThemeCatalog catalog, int days, Rng rng) {
    this.catalog = catalog;
    this.days = days;
    List<Subtheme> subs = catalog.subthemes;
    eventRegion = new int[subs.size()];
    for (int i = 0; i < subs.size(); i++) {
      Subtheme.Surge s = subs.get(i).surge();
      eventRegion[i] = -1;
      if (s != null) {
        String code = s.regionCodes().get(rng.nextInt(s.regionCodes().size()));
        eventRegion[i] =
            Regions.all()
                .indexOf(
                    Regions.byCode(code)
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    subs.get(0).key() + ": unknown region " + code)));
      }
    }
    int channels = Channel.values().length;
    pickers = new Weighted[days][channels];
    double[] w = new double[subs.size()];
    for (int d = 0; d < days; d++) {
      for (int c = 0; c < channels; c++) {
        for (int i = 0; i < subs.size(); i++) {
          w[i] = weight(subs.get(i), d, c);
        }
        pickers[d][c] = new Weighted(w);
      }
    }
  }

  private double weight(Subtheme s, int day, int channel) {
    Theme t = s.theme();
    if (t.lastDays > 0 && day < days - t.lastDays) {
      return 0;
    }
    double subTotal = t.subthemes.stream().mapToDouble(Subtheme::weight).sum();
    double w = t.weight * s.weight() / subTotal * t.channelFactors[channel];
    return surging(s, day) ? w * s.surge().factor() : w;
  }

  private boolean surging(Subtheme s, int day) {
    return s.surge() != null && day >= days - s.surge().lastDays();
  }

  /** A sub-theme index for a question on {@code day} through {@code channel}. */
  int draw(int day, Channel channel, Rng rng) {
    return pickers[day][channel.ordinal()].draw(rng);
  }

  /**
   * The region a question on this sub-theme comes from on this day, or -1 for none: while a
   * sub-theme surges, most of its questions come from its event region.
   */
  int eventRegion(int subtheme, int day, Rng rng) {
    Subtheme s = catalog.subthemes.get(subtheme);
    if (!surging(s, day)) {
      return -1;
    }
    return rng.chance(1 - 1 / s.surge().factor()) ? eventRegion[subtheme] : -1;
  }

  /** The share of a sub-theme among questions of a day and channel (for tests and docs). */
  double share(int subtheme, int day, Channel channel) {
    return pickers[day][channel.ordinal()].share(subtheme);
  }
}
