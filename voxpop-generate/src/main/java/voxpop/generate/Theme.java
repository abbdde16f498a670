package voxpop.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A theme of the ground truth (such as {@code pensions}) under a top-level category, with its
 * share, who asks about it and when. Built once by {@link ThemeCatalog}; immutable after loading.
 */
final class Theme {
  final String key;
  final String category;
  final String label;
  final double weight;
  final Weighted ages;
  final double femaleShare;
  final double[] channelFactors;
  final int lastDays;
  final List<Subtheme> subthemes = new ArrayList<>();

  Theme(
      String key,
      String category,
      String label,
      double weight,
      Weighted ages,
      double femaleShare,
      double[] channelFactors,
      int lastDays) {
    this.key = key;
    this.category = category;
    this.label = label;
    this.weight = weight;
    this.ages = ages;
    this.femaleShare = femaleShare;
    this.channelFactors = channelFactors;
    this.lastDays = lastDays;
  }

  @Override
  public String toString() {
    return key;
  }
}
