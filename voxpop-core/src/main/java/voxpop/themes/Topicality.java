package voxpop.themes;

/**
 * How much a feature says about the theme, learnt from the groups of a first pass: one minus the
 * normalised entropy of the feature's spread over the groups (each group's share of questions
 * holding it, divided by the group's size), raised to a power. A word of the matter ("газификац")
 * sits in few groups and keeps its weight; a word of the form ("обращалась", "администрац", "ответ"
 * of an operator's record, greetings, sign-offs) is spread over all of them and fades, so that the
 * second pass groups questions by what they ask, not by how they were written down. In the spirit
 * of supervised term weighting (Lan et al., "Supervised and traditional term weighting methods",
 * TPAMI 2009) with the first pass's groups as the labels. Stateless.
 */
final class Topicality {
  private Topicality() {}

  /**
   * @param rows the sampled questions' feature rows
   * @param groupOf the group of each row, -1 for none
   * @param groups the number of groups
   * @param power the exponent of {@code 1 - H / ln(groups)}
   * @param floor the smallest factor
   * @return a factor in {@code [floor, 1]} per feature
   */
  static float[] weights(SparseRows rows, int[] groupOf, int groups, double power, double floor) {
    float[] out = new float[rows.cols];
    if (groups < 2) {
      java.util.Arrays.fill(out, 1f);
      return out;
    }
    double[] count = new double[Math.multiplyExact(rows.cols, groups)];
    int[] size = new int[groups];
    for (int r = 0; r < rows.rows; r++) {
      int g = groupOf[r];
      if (g < 0) {
        continue;
      }
      size[g]++;
      for (int e = rows.start[r]; e < rows.start[r + 1]; e++) {
        count[rows.col[e] * groups + g]++;
      }
    }
    double logK = Math.log(groups);
    for (int f = 0; f < rows.cols; f++) {
      int o = f * groups;
      double sum = 0;
      for (int g = 0; g < groups; g++) {
        if (count[o + g] > 0) {
          sum += count[o + g] / size[g];
        }
      }
      if (sum == 0) {
        out[f] = (float) floor;
        continue;
      }
      double h = 0;
      for (int g = 0; g < groups; g++) {
        if (count[o + g] > 0) {
          double q = count[o + g] / size[g] / sum;
          h -= q * Math.log(q);
        }
      }
      out[f] = (float) Math.max(floor, Math.pow(Math.max(0, 1 - h / logK), power));
    }
    return out;
  }
}
