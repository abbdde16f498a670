package voxpop.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import voxpop.model.AgeGroup;
import voxpop.model.Channel;
import voxpop.model.Gender;

/**
 * The analytic dimensions of each appeal as small integers — channel, local day, age group, gender,
 * region — so that counting millions of questions by dimension is array increments. Days are local
 * dates in the event's time zone; regions are indexed in first-seen order. Immutable after
 * construction.
 */
public final class Dimensions {
  /** Channel, day, age group, gender, region. */
  public static final int COUNT = 5;

  public static final int CHANNEL = 0;
  public static final int DAY = 1;
  public static final int AGE = 2;
  public static final int GENDER = 3;
  public static final int REGION = 4;

  private final int[][] valueOf;
  private final List<List<String>> labels;

  /**
   * @param receivedAt epoch seconds per appeal, {@code Long.MIN_VALUE} when unknown
   * @param channel, ageGroup, gender enum ordinals per appeal
   * @param region canonical region per appeal (empty when unknown)
   */
  public Dimensions(
      long[] receivedAt,
      byte[] channel,
      byte[] ageGroup,
      byte[] gender,
      String[] region,
      ZoneId zone) {
    int n = receivedAt.length;
    valueOf = new int[COUNT][n];
    labels = new ArrayList<>();
    labels.add(codes(Channel.values().length, i -> Channel.values()[i].code()));
    TreeSet<LocalDate> days = new TreeSet<>();
    LocalDate[] dayOf = new LocalDate[n];
    for (int a = 0; a < n; a++) {
      if (receivedAt[a] != Long.MIN_VALUE) {
        dayOf[a] = LocalDate.ofInstant(Instant.ofEpochSecond(receivedAt[a]), zone);
        days.add(dayOf[a]);
      }
    }
    List<String> dayLabels = new ArrayList<>();
    Map<LocalDate, Integer> dayIndex = new HashMap<>();
    for (LocalDate d : days) {
      dayIndex.put(d, dayLabels.size());
      dayLabels.add(d.toString());
    }
    int unknownDay = dayLabels.size();
    if (hasNull(dayOf)) {
      dayLabels.add("unknown");
    }
    labels.add(dayLabels);
    labels.add(codes(AgeGroup.values().length, i -> AgeGroup.values()[i].code()));
    labels.add(codes(Gender.values().length, i -> Gender.values()[i].code()));
    Map<String, Integer> regionIndex = new LinkedHashMap<>();
    List<String> regionLabels = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      valueOf[CHANNEL][a] = channel[a];
      valueOf[DAY][a] = dayOf[a] == null ? unknownDay : dayIndex.get(dayOf[a]);
      valueOf[AGE][a] = ageGroup[a];
      valueOf[GENDER][a] = gender[a];
      String r = region[a];
      Integer ri = regionIndex.get(r);
      if (ri == null) {
        ri = regionLabels.size();
        regionIndex.put(r, ri);
        regionLabels.add(r.isEmpty() ? "unknown" : r);
      }
      valueOf[REGION][a] = ri;
    }
    labels.add(regionLabels);
  }

  private static boolean hasNull(Object[] values) {
    for (Object v : values) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }

  private static List<String> codes(int n, java.util.function.IntFunction<String> f) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(f.apply(i));
    }
    return out;
  }

  /** The value index of appeal {@code appeal} in dimension {@code dim}. */
  public int value(int dim, int appeal) {
    return valueOf[dim][appeal];
  }

  /** The number of values of dimension {@code dim}. */
  public int cardinality(int dim) {
    return labels.get(dim).size();
  }

  /** The label of value {@code value} of dimension {@code dim}. */
  public String label(int dim, int value) {
    return labels.get(dim).get(value);
  }

  /** A fresh counter over every dimension. */
  public Counts newCounts() {
    return new Counts(this);
  }
}
