package voxpop.pipeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import voxpop.analytics.Counts;
import voxpop.analytics.Dimensions;
import voxpop.analytics.Trend;
import voxpop.dedup.CampaignStage;
import voxpop.dedup.Campaigns;
import voxpop.dedup.DuplicateGroups;
import voxpop.model.Channel;
import voxpop.model.Verdict;
import voxpop.params.Params;
import voxpop.pipeline.AnalysisResult.Breakdowns;
import voxpop.pipeline.AnalysisResult.Campaign;
import voxpop.pipeline.AnalysisResult.RegionRow;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;
import voxpop.pipeline.AnalysisResult.Totals;
import voxpop.pipeline.DistinctStage.Distinct;
import voxpop.screen.PersonalDataMasker;
import voxpop.terms.TermDocs;
import voxpop.themes.ThemeModel;

/**
 * Ranks, samples and counts: turns the stages' per-question columns into the editor's view — themes
 * ranked by people with diverse samples and breakdowns, rising themes, the region table, campaigns,
 * screening examples — and the per-question table. Produces {@link AnalysisResult} and {@link
 * QuestionTable}.
 */
final class SummaryStage {
  private static final int SCREENED_EXAMPLES = 5;
  private static final int DISPLAY_CHARS = 600;
  private static final int TOP_REGION_THEMES = 5;

  private final Params params;
  private final ZoneId zone;

  SummaryStage(Params params, ZoneId zone) {
    this.params = params;
    this.zone = zone;
  }

  record Output(AnalysisResult result, QuestionTable table) {}

  Output run(
      AnalysisResult.RunInfo run,
      Prepared p,
      Distinct dist,
      TermDocs terms,
      DuplicateGroups dups,
      Campaigns found,
      ThemeModel model) {
    AppealColumns appeals = p.appeals();
    int n = p.questions();
    int[] personOfQuestion = new int[n];
    int[] subOfQuestion = new int[n];
    int[] modelSub = model.subthemeOf();
    for (int q = 0; q < n; q++) {
      personOfQuestion[q] = appeals.person()[p.appealOf()[q]];
      int d = dist.ofQuestion()[q];
      subOfQuestion[q] = d < 0 ? -2 : modelSub[d];
    }
    ThemeRanking ranking = new ThemeRanking(model, subOfQuestion, personOfQuestion);
    int[] themeOfSub = new int[model.subthemes().size()];
    for (ThemeModel.Subtheme s : model.subthemes()) {
      themeOfSub[s.index()] = s.theme();
    }

    // Per-question rank-ordered theme and sub-theme.
    int[] theme = new int[n];
    int[] subtheme = new int[n];
    for (int q = 0; q < n; q++) {
      int s = subOfQuestion[q];
      if (s == -2) {
        theme[q] = QuestionTable.SCREENED;
        subtheme[q] = -1;
      } else if (s == -1) {
        theme[q] = QuestionTable.OTHER;
        subtheme[q] = -1;
      } else {
        theme[q] = ranking.rankOfTheme[themeOfSub[s]];
        subtheme[q] = ranking.orderOfSubtheme[s];
      }
    }
    int themes = ranking.themeByRank.length;
    int subs = ranking.subthemeByOrder.length;

    Dimensions dims =
        new Dimensions(
            appeals.receivedAt(),
            appeals.channel(),
            appeals.ageGroup(),
            appeals.gender(),
            appeals.region(),
            zone);
    Counts all = dims.newCounts();
    for (int a = 0; a < appeals.size(); a++) {
      all.count(a);
    }
    Counts[] themeCounts = new Counts[themes + 1];
    Counts[] subCounts = new Counts[subs];
    for (int t = 0; t <= themes; t++) {
      themeCounts[t] = dims.newCounts();
    }
    for (int s = 0; s < subs; s++) {
      subCounts[s] = dims.newCounts();
    }
    long maxTime = Long.MIN_VALUE;
    long minTime = Long.MAX_VALUE;
    for (long t : appeals.receivedAt()) {
      if (t != AppealColumns.NO_TIME) {
        maxTime = Math.max(maxTime, t);
        minTime = Math.min(minTime, t);
      }
    }
    long windowStart =
        maxTime == Long.MIN_VALUE
            ? Long.MAX_VALUE
            : maxTime - params.get(AnalysisParams.TREND_WINDOW_HOURS) * 3600L;
    long[] recent = new long[themes + 1];
    long[] before = new long[themes + 1];
    long allRecent = 0;
    long allBefore = 0;
    int[] regionThemeCounts = new int[dims.cardinality(Dimensions.REGION) * (themes + 1)];
    for (int q = 0; q < n; q++) {
      int t = theme[q];
      if (t == QuestionTable.SCREENED) {
        continue;
      }
      int slot = t == QuestionTable.OTHER ? themes : t;
      int a = p.appealOf()[q];
      themeCounts[slot].count(a);
      if (subtheme[q] >= 0) {
        subCounts[subtheme[q]].count(a);
      }
      regionThemeCounts[dims.value(Dimensions.REGION, a) * (themes + 1) + slot]++;
      long time = appeals.receivedAt()[a];
      if (time != AppealColumns.NO_TIME) {
        if (time > windowStart) {
          recent[slot]++;
          allRecent++;
        } else {
          before[slot]++;
          allBefore++;
        }
      }
    }

    SampleSelector selector =
        new SampleSelector(
            terms, dups.groupOfDistinct(), params.get(AnalysisParams.SAMPLE_MAX_JACCARD));
    int[] themeOfDistinct = new int[dist.size()];
    int[] subOfDistinct = new int[dist.size()];
    for (int d = 0; d < dist.size(); d++) {
      int s = modelSub[d];
      themeOfDistinct[d] = s < 0 ? themes : ranking.rankOfTheme[themeOfSub[s]];
      subOfDistinct[d] = s < 0 ? -1 : ranking.orderOfSubtheme[s];
    }
    int[][] themeCandidates =
        SampleSelector.byPeople(themeOfDistinct, themes + 1, dups.peopleOfDistinct());
    int[][] subCandidates = SampleSelector.byPeople(subOfDistinct, subs, dups.peopleOfDistinct());
    int perTheme = params.get(AnalysisParams.SAMPLES_PER_THEME);
    int perSub = params.get(AnalysisParams.SAMPLES_PER_SUBTHEME);
    double minGrowth = params.get(AnalysisParams.RISING_GROWTH);
    int minRecent = params.get(AnalysisParams.RISING_MIN_QUESTIONS);

    List<ThemeSummary> themeSummaries = new ArrayList<>(themes);
    for (int r = 0; r < themes; r++) {
      int t = ranking.themeByRank[r];
      List<ThemeSummary> subSummaries = new ArrayList<>();
      int subRank = 0;
      for (int o = 0; o < subs; o++) {
        int s = ranking.subthemeByOrder[o];
        if (themeOfSub[s] != t) {
          continue;
        }
        ThemeModel.Subtheme sub = model.subthemes().get(s);
        subSummaries.add(
            new ThemeSummary(
                ranking.subthemeIds.get(o),
                ++subRank,
                label(sub.keyPhrases()),
                sub.keyPhrases(),
                ranking.subthemeQuestions[s],
                ranking.subthemePeople[s],
                share(ranking.subthemePeople[s], ranking.themePeople[t]),
                false,
                0.0,
                List.of(),
                samples(selector.select(subCandidates[o], perSub), p, dist, dups),
                breakdowns(subCounts[o])));
      }
      double growth = Trend.growth(recent[r], allRecent, before[r], allBefore);
      ThemeModel.Theme th = model.themes().get(t);
      themeSummaries.add(
          new ThemeSummary(
              ranking.themeIds.get(r),
              r + 1,
              label(th.keyPhrases()),
              th.keyPhrases(),
              ranking.themeQuestions[t],
              ranking.themePeople[t],
              share(ranking.themePeople[t], ranking.peopleAccepted),
              Trend.rising(growth, recent[r], minGrowth, minRecent),
              growth,
              subSummaries,
              samples(selector.select(themeCandidates[r], perTheme), p, dist, dups),
              breakdowns(themeCounts[r])));
    }
    double otherGrowth = Trend.growth(recent[themes], allRecent, before[themes], allBefore);
    ThemeSummary other =
        new ThemeSummary(
            "other",
            themes + 1,
            "other",
            List.of(),
            ranking.otherQuestions,
            ranking.otherPeople,
            share(ranking.otherPeople, ranking.peopleAccepted),
            false,
            otherGrowth,
            List.of(),
            samples(selector.select(themeCandidates[themes], perTheme), p, dist, dups),
            breakdowns(themeCounts[themes]));

    List<RegionRow> regions = regions(dims, all, appeals, regionThemeCounts, themes, ranking);
    BitSet campaignQuestions = found.questions();
    List<Campaign> campaigns = campaigns(dist, found, theme, ranking);
    Totals totals = totals(p, dist, dups, ranking, campaignQuestions.cardinality());
    Map<String, List<Sample>> screened = screenedExamples(p);

    int[] duplicateGroup = new int[n];
    for (int q = 0; q < n; q++) {
      int d = dist.ofQuestion()[q];
      duplicateGroup[q] = d < 0 ? -1 : dups.groupOfDistinct()[d];
    }
    QuestionTable table =
        new QuestionTable(
            appeals.ids(),
            p.appealOf(),
            p.questionNo(),
            p.language(),
            p.verdict(),
            p.reason(),
            duplicateGroup,
            campaignQuestions,
            theme,
            subtheme,
            List.copyOf(ranking.themeIds),
            List.copyOf(ranking.subthemeIds));
    AnalysisResult result =
        new AnalysisResult(
            run,
            totals,
            List.copyOf(themeSummaries),
            other,
            regions,
            breakdowns(all),
            campaigns,
            screened);
    return new Output(result, table);
  }

  private static String label(List<String> phrases) {
    return phrases.isEmpty() ? "" : phrases.get(0);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  private static Breakdowns breakdowns(Counts c) {
    return new Breakdowns(
        c.asMap(Dimensions.CHANNEL),
        c.asMap(Dimensions.DAY),
        c.asMap(Dimensions.AGE),
        c.asMap(Dimensions.GENDER),
        c.asMap(Dimensions.REGION));
  }

  private static List<Sample> samples(
      int[] picked, Prepared p, Distinct dist, DuplicateGroups dups) {
    List<Sample> out = new ArrayList<>(picked.length);
    for (int d : picked) {
      int q = dist.firstQuestion()[d];
      out.add(sample(p, q, dist.texts().get(d), dups.peopleOfGroup()[dups.groupOfDistinct()[d]]));
    }
    return List.copyOf(out);
  }

  private static Sample sample(Prepared p, int q, String text, long people) {
    AppealColumns a = p.appeals();
    int appeal = p.appealOf()[q];
    return new Sample(
        a.ids().get(appeal) + "-" + p.questionNo()[q],
        display(text),
        people,
        a.region()[appeal],
        Channel.values()[a.channel()[appeal]].code(),
        a.receivedAtText(appeal));
  }

  /** Masks personal data and shortens very long texts for display. */
  static String display(String text) {
    String masked = PersonalDataMasker.mask(text);
    if (masked.length() <= DISPLAY_CHARS) {
      return masked;
    }
    int cut = masked.lastIndexOf(' ', DISPLAY_CHARS);
    return masked.substring(0, cut > DISPLAY_CHARS / 2 ? cut : DISPLAY_CHARS) + " …";
  }

  private static List<RegionRow> regions(
      Dimensions dims,
      Counts all,
      AppealColumns appeals,
      int[] regionThemeCounts,
      int themes,
      ThemeRanking ranking) {
    int regions = dims.cardinality(Dimensions.REGION);
    long[] people = new long[regions];
    long[] pairs = new long[appeals.size()];
    for (int a = 0; a < appeals.size(); a++) {
      pairs[a] = ((long) dims.value(Dimensions.REGION, a) << 32) | appeals.person()[a];
    }
    Arrays.parallelSort(pairs);
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        people[(int) (pairs[i] >>> 32)]++;
      }
    }
    long withRegion = 0;
    int unknown = -1;
    for (int r = 0; r < regions; r++) {
      if (dims.label(Dimensions.REGION, r).equals("unknown")) {
        unknown = r;
      } else {
        withRegion += all.get(Dimensions.REGION, r);
      }
    }
    List<RegionRow> rows = new ArrayList<>();
    Map<String, Long> ordered = all.asMap(Dimensions.REGION);
    Map<String, Integer> indexOf = new LinkedHashMap<>();
    for (int r = 0; r < regions; r++) {
      indexOf.put(dims.label(Dimensions.REGION, r), r);
    }
    for (Map.Entry<String, Long> e : ordered.entrySet()) {
      int r = indexOf.get(e.getKey());
      if (r == unknown) {
        continue;
      }
      Integer[] order = new Integer[themes];
      for (int t = 0; t < themes; t++) {
        order[t] = t;
      }
      int base = r * (themes + 1);
      Arrays.sort(
          order,
          java.util.Comparator.<Integer>comparingInt(t -> -regionThemeCounts[base + t])
              .thenComparingInt(t -> t));
      List<String> top = new ArrayList<>();
      for (int k = 0; k < order.length && top.size() < TOP_REGION_THEMES; k++) {
        if (regionThemeCounts[base + order[k]] > 0) {
          top.add(ranking.themeIds.get(order[k]));
        }
      }
      rows.add(
          new RegionRow(e.getKey(), e.getValue(), people[r], share(e.getValue(), withRegion), top));
    }
    return List.copyOf(rows);
  }

  /** The campaigns as the editor sees them, most people first. */
  private static List<Campaign> campaigns(
      Distinct dist, Campaigns found, int[] theme, ThemeRanking ranking) {
    List<Campaign> out = new ArrayList<>();
    for (voxpop.dedup.Campaign c : found.campaigns()) {
      int t = theme[dist.firstQuestion()[c.text()]];
      out.add(
          new Campaign(
              String.format(java.util.Locale.ROOT, "g%06d", c.group()),
              display(dist.texts().get(c.text())),
              c.people(),
              c.questions(),
              t >= 0 ? ranking.themeIds.get(t) : "other",
              instant(c.from()),
              instant(c.to())));
    }
    return List.copyOf(out);
  }

  private static String instant(long time) {
    return time == CampaignStage.NO_TIME ? "" : java.time.Instant.ofEpochSecond(time).toString();
  }

  private static Totals totals(
      Prepared p, Distinct dist, DuplicateGroups dups, ThemeRanking ranking, long campaignQs) {
    Map<String, Long> byVerdict = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      byVerdict.put(v.code(), 0L);
    }
    Map<String, Long> byReason = new java.util.TreeMap<>();
    Map<String, Long> byLanguage = new LinkedHashMap<>();
    for (voxpop.model.Language l : voxpop.model.Language.values()) {
      byLanguage.put(l.code(), 0L);
    }
    long accepted = 0;
    for (int q = 0; q < p.questions(); q++) {
      Verdict v = Verdict.values()[p.verdict()[q]];
      byVerdict.merge(v.code(), 1L, Long::sum);
      byLanguage.merge(voxpop.model.Language.values()[p.language()[q]].code(), 1L, Long::sum);
      if (v == Verdict.ACCEPTED) {
        accepted++;
      } else {
        byReason.merge(p.reason()[q], 1L, Long::sum);
      }
    }
    long dupGroups = 0;
    for (int g = 0; g < dups.groupCount(); g++) {
      if (dups.questionsOfGroup()[g] > 1) {
        dupGroups++;
      }
    }
    return new Totals(
        p.appeals().size(),
        p.questions(),
        accepted,
        p.appeals().people(),
        byVerdict,
        byReason,
        byLanguage,
        dupGroups,
        accepted - dups.groupCount(),
        campaignQs,
        accepted - ranking.otherQuestions);
  }

  private static Map<String, List<Sample>> screenedExamples(Prepared p) {
    Map<String, List<Sample>> out = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      if (v != Verdict.ACCEPTED) {
        out.put(v.code(), new ArrayList<>());
      }
    }
    for (int q = 0; q < p.questions(); q++) {
      Verdict v = Verdict.values()[p.verdict()[q]];
      if (v == Verdict.ACCEPTED) {
        continue;
      }
      List<Sample> list = out.get(v.code());
      if (list.size() < SCREENED_EXAMPLES) {
        list.add(sample(p, q, p.text()[q], 1));
      }
    }
    Map<String, List<Sample>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return frozen;
  }
}
