package voxpop.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import voxpop.pipeline.AnalysisResult;
import voxpop.pipeline.AnalysisResult.Breakdowns;
import voxpop.pipeline.AnalysisResult.Campaign;
import voxpop.pipeline.AnalysisResult.RegionRow;
import voxpop.pipeline.AnalysisResult.RunInfo;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;
import voxpop.pipeline.AnalysisResult.Totals;

/**
 * What the page's sections share: the result with absent parts replaced by empty ones, the themes
 * by id (sub-themes included) for links, and the dated days of the run in order. Immutable.
 */
final class ReportContext {
  /** Days marked as the trend window (48 hours), as the pipeline measures growth. */
  static final int TREND_DAYS = 2;

  private static final Breakdowns NO_BREAKDOWNS =
      new Breakdowns(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  final AnalysisResult result;
  final RunInfo run;
  final Totals totals;
  final List<ThemeSummary> themes;
  final List<RegionRow> regions;
  final List<Campaign> campaigns;
  final Breakdowns breakdowns;
  final Map<String, List<Sample>> screened;
  final Map<String, ThemeSummary> byId = new HashMap<>();
  private final Map<String, ThemeSummary> parentById = new HashMap<>();

  /** Dated day keys ({@code 2025-12-04}), oldest first; {@code unknown} is left out. */
  final List<String> days = new ArrayList<>();

  ReportContext(AnalysisResult r) {
    result = r;
    run =
        r.run() != null
            ? r.run()
            : new RunInfo("", "", 0, 0, 0, 0, 0, Map.of(), Map.of(), "", "", "");
    totals =
        r.totals() != null
            ? r.totals()
            : new Totals(0, 0, 0, 0, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0);
    themes = orEmpty(r.themes());
    regions = orEmpty(r.regions());
    campaigns = orEmpty(r.campaigns());
    breakdowns = breakdowns(r.breakdowns());
    screened = r.screened() == null ? Map.of() : r.screened();
    for (ThemeSummary t : themes) {
      byId.putIfAbsent(t.id(), t);
      for (ThemeSummary s : orEmpty(t.subthemes())) {
        byId.putIfAbsent(s.id(), s);
        parentById.putIfAbsent(s.id(), t);
      }
    }
    for (Map.Entry<String, Long> e : CountOrder.KEY.sort(breakdowns.byDay())) {
      if (isDate(e.getKey())) {
        days.add(e.getKey());
      }
    }
  }

  /** The outliers, or null when the result has none. */
  ThemeSummary other() {
    return result.other();
  }

  /** Counts of {@code byDay} on the run's day axis (0 where a day is missing). */
  long[] onDays(Map<String, Long> byDay) {
    long[] v = new long[days.size()];
    if (byDay != null) {
      for (int i = 0; i < v.length; i++) {
        Long c = byDay.get(days.get(i));
        v[i] = c == null ? 0 : c;
      }
    }
    return v;
  }

  /** The theme that holds sub-theme {@code sub}, or null for a top-level theme. */
  ThemeSummary parentOf(ThemeSummary sub) {
    ThemeSummary parent = parentById.get(sub.id());
    return parent != null && parent != sub ? parent : null;
  }

  static Breakdowns breakdowns(Breakdowns b) {
    return b == null ? NO_BREAKDOWNS : b;
  }

  static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }

  static long sum(Map<String, Long> counts) {
    long s = 0;
    if (counts != null) {
      for (Long v : counts.values()) {
        s += v == null ? 0 : v;
      }
    }
    return s;
  }

  private static boolean isDate(String key) {
    return key.length() == 10 && key.charAt(4) == '-' && key.charAt(7) == '-';
  }
}
