package voxpop.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The epoch day of an appeal without a time (no real time is that far back). */
  private static final long UNKNOWN = Long.MIN_VALUE;

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
    long[] dayOf = epochDays(receivedAt, zone);
    long[] days = distinctSorted(dayOf);
    List<String> dayLabels = new ArrayList<>(days.length + 1);
    for (long d : days) {
      dayLabels.add(LocalDate.ofEpochDay(d).toString());
    }
    int unknownDay = dayLabels.size();
    if (hasUnknown(dayOf)) {
      dayLabels.add("unknown");
    }
    labels.add(dayLabels);
    labels.add(codes(AgeGroup.values().length, i -> AgeGroup.values()[i].code()));
    labels.add(codes(Gender.values().length, i -> Gender.values()[i].code()));
    Map<String, Integer> regionIndex = new LinkedHashMap<>();
    List<String> regionLabels = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      valueOf[CHANNEL][a] = channel[a];
      valueOf[DAY][a] = dayOf[a] == UNKNOWN ? unknownDay : Arrays.binarySearch(days, dayOf[a]);
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

  /**
   * The local epoch day of each time ({@link #UNKNOWN} when unknown), as {@code
   * LocalDate.ofInstant} computes it (epoch second plus the zone's offset, floored to days), but
   * asking the zone's rules only when a time leaves the span where the last offset holds: times
   * arrive nearly in order, and the offset changes twice a year at most.
   */
  private static long[] epochDays(long[] receivedAt, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    long[] out = new long[receivedAt.length];
    long from = Long.MAX_VALUE;
    long until = Long.MIN_VALUE;
    int offset = 0;
    for (int a = 0; a < receivedAt.length; a++) {
      long t = receivedAt[a];
      if (t == Long.MIN_VALUE) {
        out[a] = UNKNOWN;
        continue;
      }
      if (t < from || t >= until) {
        Instant at = Instant.ofEpochSecond(t);
        offset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(at);
        from = t;
        until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      }
      out[a] = Math.floorDiv(t + offset, 86_400L);
    }
    return out;
  }

  private static long[] distinctSorted(long[] dayOf) {
    long[] sorted = dayOf.clone();
    Arrays.sort(sorted);
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] != UNKNOWN && (k == 0 || sorted[i] != sorted[k - 1])) {
        sorted[k++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, k);
  }

  private static boolean hasUnknown(long[] dayOf) {
    for (long d : dayOf) {
      if (d == UNKNOWN) {
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
