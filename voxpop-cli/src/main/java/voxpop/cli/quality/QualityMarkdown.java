package voxpop.cli.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link QualityReport} as Markdown tables, headed by level-3 headings so that the text
 * fits under a section of {@code docs/quality.md}. Scores have three decimals, shares are per cent
 * with one; a score without a denominator is {@code n/a}. Stateless.
 */
public final class QualityMarkdown {
  /** Thresholds shown in the duplicates tables (the JSON has every 0.05). */
  private static final double[] SHOWN = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

  private QualityMarkdown() {}

  public static String write(QualityReport r) {
    StringBuilder md = new StringBuilder();
    line(md, "Command: `" + r.command() + "`");
    line(md, "");
    line(
        md,
        String.format(
            Locale.ROOT,
            "Run %s, voxpop %s, seed %d, %d threads, %.0f s wall in all.",
            r.startedAt(),
            r.version(),
            r.seed(),
            r.threads(),
            r.seconds()));
    line(md, "Machine: " + r.machine().describe() + ".");
    themes(md, r);
    given(md, r);
    screening(md, r);
    duplicates(md, r);
    topThemes(md, r);
    if (!r.skipped().isEmpty()) {
      heading(md, "Skipped");
      for (QualityReport.Skipped s : r.skipped()) {
        line(md, "- " + s.set() + ": " + s.reason());
      }
    }
    return md.toString();
  }

  private static void themes(StringBuilder md, QualityReport r) {
    if (r.themes().isEmpty()) {
      return;
    }
    heading(md, "Themes, automatic mode (each document scored by its first accepted question)");
    line(
        md,
        "Themes against the coarse labels, sub-themes against the fine ones; \"themes\" and"
            + " \"sub-themes\" are what the engine found; \"other\" and \"screened\" are shares of"
            + " the documents; ACC is matched accuracy. **>2×** marks sub-themes beyond twice the"
            + " fine labels (the issue forbids such shattering).");
    line(md, "");
    row(
        md,
        "set",
        "docs",
        "coarse / fine labels",
        "themes",
        "sub-themes",
        "theme NMI",
        "ARI",
        "V",
        "ACC",
        "sub NMI",
        "sub ARI",
        "sub V",
        "sub ACC",
        "other",
        "screened",
        "s");
    rule(md, 16);
    for (ThemeQuality.AutoRow t : r.themes()) {
      row(
          md,
          t.set(),
          count(t.documents()),
          t.coarseClasses() + " / " + t.fineClasses(),
          Integer.toString(t.themes()),
          t.subthemes() + (t.shattered() ? " **>2×**" : ""),
          score(t.theme().nmi()),
          score(t.theme().ari()),
          score(t.theme().vMeasure()),
          score(t.theme().matchedAccuracy()),
          score(t.subtheme().nmi()),
          score(t.subtheme().ari()),
          score(t.subtheme().vMeasure()),
          score(t.subtheme().matchedAccuracy()),
          percent(t.theme().other(), t.theme().n()),
          percent(t.theme().screenedOut(), t.theme().n()),
          seconds(t.seconds()));
    }
  }

  private static void given(StringBuilder md, QualityReport r) {
    if (r.given().isEmpty()) {
      return;
    }
    heading(md, "Themes with k given (`--themes k`, k = true classes), against the coarse labels");
    line(
        md,
        "The floor is TF-IDF of the engine's stems with spherical k-means (greedy k-means++),"
            + " mean (min–max) over the run's seed and the next four. Published figures from"
            + " DATA.md: SCCL 2021 and Rakib et al. 2020 (accuracy; NMI where given).");
    line(md, "");
    row(
        md,
        "set",
        "k",
        "voxpop NMI",
        "voxpop ACC",
        "voxpop ARI",
        "other",
        "floor NMI",
        "floor ACC",
        "SCCL ACC",
        "Rakib ACC",
        "Rakib NMI",
        "s voxpop / floor");
    rule(md, 12);
    for (ThemeQuality.GivenRow g : r.given()) {
      QualitySets.Published p = g.published();
      row(
          md,
          g.set(),
          Integer.toString(g.k()),
          score(g.voxpop().nmi()),
          score(g.voxpop().matchedAccuracy()),
          score(g.voxpop().ari()),
          percent(g.voxpop().other() + g.voxpop().screenedOut(), g.voxpop().n()),
          range(g.baseline().nmiMean(), g.baseline().nmiMin(), g.baseline().nmiMax()),
          range(
              g.baseline().accuracyMean(), g.baseline().accuracyMin(), g.baseline().accuracyMax()),
          p == null ? "–" : score(p.scclAccuracy()),
          p == null ? "–" : score(p.rakibAccuracy()),
          p == null || Double.isNaN(p.rakibNmi()) ? "–" : score(p.rakibNmi()),
          seconds(g.voxpopSeconds()) + " / " + seconds(g.baselineSeconds()));
    }
  }

  private static void screening(StringBuilder md, QualityReport r) {
    if (r.toxicity().isEmpty() && r.spam().isEmpty() && r.appeals().isEmpty()) {
      return;
    }
    heading(md, "Screening");
    row(md, "set", "measure", "value", "target", "s");
    rule(md, 5);
    for (ScreeningQuality.ToxicityRow t : r.toxicity()) {
      String s = seconds(t.seconds());
      row(
          md,
          t.set(),
          "rude texts flagged as abuse",
          share(t.toxicAsAbuse(), t.toxic()),
          target(t.toxicShare(), 0.85, true),
          s);
      row(
          md,
          t.set(),
          "their neutral rewrites flagged as abuse",
          share(t.rewritesAsAbuse(), t.rewrites()),
          target(t.rewritesShare(), 0.10, false),
          "");
      row(
          md,
          t.set(),
          "rewrites screened out by any verdict"
              + (t.rewritesByReason().isEmpty() ? "" : ": " + reasons(t.rewritesByReason())),
          share(t.rewritesScreened(), t.rewrites()),
          "–",
          "");
    }
    for (ScreeningQuality.SpamRow t : r.spam()) {
      QualityReport.Decision d = t.spam();
      row(
          md,
          t.set(),
          "spam precision ("
              + d.truePositives()
              + " of "
              + (d.truePositives() + d.falsePositives())
              + " flagged)",
          score(d.precision()),
          target(d.precision(), 0.95, true),
          seconds(t.seconds()));
      row(
          md,
          t.set(),
          "spam recall (of " + (d.truePositives() + d.falseNegatives()) + " spam)",
          score(d.recall()),
          target(d.recall(), 0.80, true),
          "");
      row(
          md,
          t.set(),
          "ham screened out by any verdict"
              + (t.hamByReason().isEmpty() ? "" : ": " + reasons(t.hamByReason())),
          share(t.hamScreened(), t.ham()),
          "–",
          "");
    }
    for (ScreeningQuality.AppealsRow a : r.appeals()) {
      row(
          md,
          a.set(),
          "legitimate appeals screened out (no question kept)"
              + (a.byReason().isEmpty() ? "" : ": " + reasons(a.byReason())),
          share(a.screenedOut(), a.appeals()),
          "–",
          seconds(a.seconds()));
    }
  }

  private static void duplicates(StringBuilder md, QualityReport r) {
    if (r.duplicates().isEmpty()) {
      return;
    }
    heading(md, "Duplicates: near-duplicate by stem-set Jaccard ≥ threshold");
    line(
        md,
        "Precision and recall of \"near-duplicate\" over labelled pairs, by the grouper's rule"
            + " (equal stem sets, or both texts with ≥ 3 stems and Jaccard ≥ threshold); the"
            + " engine's line runs `NearDuplicateGrouper` itself (MinHash candidates, then"
            + " Jaccard) on each pair at the run's `nearDuplicateJaccard`.");
    for (DuplicateQuality.PairsRow p : r.duplicates()) {
      boolean loose = p.grid().get(0).looseToo() != null;
      line(md, "");
      line(
          md,
          String.format(
              Locale.ROOT,
              "**%s**: %,d pairs (%s), %s s. Best F1 on the 0.05 grid: threshold %s%s.",
              p.set(),
              p.pairs(),
              reasons(p.byLabel()),
              seconds(p.seconds()),
              score2(p.bestStrict()),
              loose
                  ? " (strict vs non), " + score2(p.bestLooseToo()) + " (strict + loose vs non)"
                  : ""));
      line(md, "");
      List<String> head = new ArrayList<>(List.of("threshold", "P", "R", "F1"));
      if (loose) {
        head.addAll(List.of("P (+loose)", "R (+loose)", "F1 (+loose)"));
      }
      row(md, head.toArray(String[]::new));
      rule(md, head.size());
      for (DuplicateQuality.Point pt : p.grid()) {
        for (double shown : SHOWN) {
          if (Math.abs(pt.threshold() - shown) < 1e-9) {
            point(md, score2(pt.threshold()), pt, loose);
          }
        }
      }
      point(md, "engine, " + score2(p.engine().threshold()), p.engine(), loose);
    }
  }

  private static void point(
      StringBuilder md, String name, DuplicateQuality.Point pt, boolean loose) {
    List<String> cells = new ArrayList<>(List.of(name));
    cells.addAll(decision(pt.strict()));
    if (loose) {
      cells.addAll(decision(pt.looseToo()));
    }
    row(md, cells.toArray(String[]::new));
  }

  private static List<String> decision(QualityReport.Decision d) {
    return List.of(score(d.precision()), score(d.recall()), score(d.f1()));
  }

  private static void topThemes(StringBuilder md, QualityReport r) {
    for (ThemeQuality.AutoRow t : r.themes()) {
      if (!t.set().equals("kursk-appeals")) {
        continue;
      }
      heading(md, "Top themes of kursk-appeals (automatic mode)");
      row(md, "rank", "label", "questions", "share of people");
      rule(md, 4);
      int rank = 0;
      for (ThemeQuality.TopTheme th : t.topThemes()) {
        row(
            md,
            Integer.toString(++rank),
            th.label().replace("|", "\\|"),
            count(th.questions()),
            String.format(Locale.ROOT, "%.1f%%", 100 * th.share()));
      }
    }
  }

  private static String reasons(Map<String, Integer> m) {
    List<String> parts = new ArrayList<>();
    m.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }

  private static String target(double value, double target, boolean atLeast) {
    String t = (atLeast ? "≥ " : "≤ ") + score2(target);
    if (Double.isNaN(value)) {
      return t;
    }
    boolean met = atLeast ? value >= target : value <= target;
    return t + (met ? " met" : " **missed**");
  }

  private static void heading(StringBuilder md, String title) {
    line(md, "");
    line(md, "### " + title);
    line(md, "");
  }

  private static void row(StringBuilder md, String... cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static void rule(StringBuilder md, int columns) {
    md.append("|").append("---|".repeat(columns)).append('\n');
  }

  private static void line(StringBuilder md, String s) {
    md.append(s).append('\n');
  }

  private static String range(double mean, double min, double max) {
    return score(mean) + " (" + score(min) + "–" + score(max) + ")";
  }

  static String score(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String score2(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String share(long part, long whole) {
    return whole == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f%% (%,d of %,d)", 100.0 * part / whole, part, whole);
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f", s);
  }
}
