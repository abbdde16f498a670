package voxpop.cli;

import java.io.PrintWriter;
import java.util.Locale;
import voxpop.pipeline.AnalysisResult;

/** The few lines a person reads after a run. */
final class Summaries {
  private Summaries() {}

  static void print(
      AnalysisRunner.Outcome outcome, boolean quiet, PrintWriter out, PrintWriter err) {
    AnalysisResult r = outcome.analysis().result();
    AnalysisResult.Totals t = r.totals();
    voxpop.io.ReadSummary read = outcome.analysis().readSummary();
    if (read.skipped() > 0 || !read.unknownColumns().isEmpty()) {
      err.println(read.describe().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse(""));
      err.println("(all skipped rows are counted; the first ones are listed in run.json)");
    }
    out.printf(
        Locale.ROOT,
        "analysed %,d appeals (%,d questions, %,d accepted, %,d people) in %.1f s: %d themes%n",
        t.appeals(),
        t.questions(),
        t.accepted(),
        t.people(),
        outcome.seconds(),
        r.themes().size());
    if (!quiet) {
      int shown = Math.min(10, r.themes().size());
      for (int i = 0; i < shown; i++) {
        AnalysisResult.ThemeSummary th = r.themes().get(i);
        out.printf(
            Locale.ROOT,
            "  %2d. %-60s %5.1f%%  %,d people%s%n",
            th.rank(),
            cut(th.label(), 60),
            th.share() * 100,
            th.people(),
            th.rising() ? "  rising" : "");
      }
    }
    out.println("report: " + outcome.outputDir().resolve("report.html").toAbsolutePath());
    out.flush();
    err.flush();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
