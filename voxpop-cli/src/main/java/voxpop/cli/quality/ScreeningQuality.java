package voxpop.cli.quality;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import voxpop.eval.BinaryScores;
import voxpop.eval.data.BinaryText;
import voxpop.eval.data.DetoxText;
import voxpop.eval.data.LabelledText;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.model.Verdict;
import voxpop.screen.Screener;
import voxpop.text.LanguageDetector;
import voxpop.text.QuestionSplitter;
import voxpop.text.TextNormalizer;

/**
 * Screening on the real sets, with the screener the pipeline uses and in the pipeline's order
 * (normalise, detect the language, screen the appeal; for real appeals also split and screen each
 * question). Thread-safe.
 */
public final class ScreeningQuality {
  /**
   * Rude texts and their neutral rewrites (issue 3: ≥ 85% of the rude ones flagged as abuse, ≤ 10%
   * of the rewrites).
   *
   * @param rewritesScreened rewrites screened out by any verdict (spam, gibberish, ... too)
   * @param rewritesByReason those rewrites by reason code
   */
  public record ToxicityRow(
      String set,
      int toxic,
      int toxicAsAbuse,
      double toxicShare,
      int rewrites,
      int rewritesAsAbuse,
      double rewritesShare,
      int rewritesScreened,
      Map<String, Integer> rewritesByReason,
      double seconds) {}

  /**
   * Spam against ham (issue 3: precision ≥ 0.95, recall ≥ 0.80).
   *
   * @param spam flagged meaning the verdict is {@code spam}
   * @param hamScreened ham screened out by any verdict
   * @param hamByReason that ham by reason code
   */
  public record SpamRow(
      String set,
      int messages,
      QualityReport.Decision spam,
      int ham,
      int hamScreened,
      Map<String, Integer> hamByReason,
      double seconds) {}

  /**
   * Legitimate appeals: how many the pipeline would drop. An appeal is screened out when none of
   * its questions is accepted; its reason is the appeal's own, or its first question's.
   *
   * @param byReason screened-out appeals by reason code
   * @param questionsByReason every question by reason code ({@code ok} and {@code ok.rude} are
   *     accepted)
   */
  public record AppealsRow(
      String set,
      int appeals,
      int screenedOut,
      double screenedShare,
      Map<String, Integer> byReason,
      int questions,
      Map<String, Integer> questionsByReason,
      double seconds) {}

  private final Screener screener;

  public ScreeningQuality(Screener screener) {
    this.screener = screener;
  }

  public ToxicityRow toxicity(String name, List<DetoxText> rows) {
    long start = System.nanoTime();
    int toxic = 0;
    int toxicAbuse = 0;
    int rewrites = 0;
    int rewritesAbuse = 0;
    int rewritesOut = 0;
    Map<String, Integer> rewritesByReason = new TreeMap<>();
    for (DetoxText r : rows) {
      toxic++;
      toxicAbuse += screen(r.toxic()).verdict() == Verdict.ABUSE ? 1 : 0;
      for (String n : r.neutral()) {
        Screening s = screen(n);
        rewrites++;
        rewritesAbuse += s.verdict() == Verdict.ABUSE ? 1 : 0;
        if (!s.accepted()) {
          rewritesOut++;
          rewritesByReason.merge(s.reason(), 1, Integer::sum);
        }
      }
    }
    return new ToxicityRow(
        name,
        toxic,
        toxicAbuse,
        share(toxicAbuse, toxic),
        rewrites,
        rewritesAbuse,
        share(rewritesAbuse, rewrites),
        rewritesOut,
        rewritesByReason,
        ThemeQuality.seconds(start));
  }

  public SpamRow spam(String name, List<BinaryText> rows) {
    long start = System.nanoTime();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int ham = 0;
    int hamOut = 0;
    Map<String, Integer> hamByReason = new TreeMap<>();
    for (BinaryText r : rows) {
      Screening s = screen(r.text());
      boolean flagged = s.verdict() == Verdict.SPAM;
      if (r.positive()) {
        tp += flagged ? 1 : 0;
        fn += flagged ? 0 : 1;
      } else {
        fp += flagged ? 1 : 0;
        ham++;
        if (!s.accepted()) {
          hamOut++;
          hamByReason.merge(s.reason(), 1, Integer::sum);
        }
      }
    }
    return new SpamRow(
        name,
        rows.size(),
        QualityReport.Decision.of(new BinaryScores(tp, fp, fn)),
        ham,
        hamOut,
        hamByReason,
        ThemeQuality.seconds(start));
  }

  public AppealsRow appeals(String name, List<LabelledText> rows) {
    long start = System.nanoTime();
    Map<String, Integer> byReason = new TreeMap<>();
    Map<String, Integer> questionsByReason = new TreeMap<>();
    int out = 0;
    int questions = 0;
    for (LabelledText a : rows) {
      String text = TextNormalizer.normalize(a.text());
      Language lang = LanguageDetector.detect(text);
      Screening whole = screener.screenAppeal(text, lang);
      String reason = whole.accepted() ? null : whole.reason();
      boolean anyAccepted = false;
      List<String> parts = QuestionSplitter.split(text);
      for (String q : parts) {
        questions++;
        Language ql = parts.size() == 1 ? lang : LanguageDetector.detect(q);
        Screening s =
            whole.accepted() ? screener.screenQuestion(q, ql == Language.OTHER ? lang : ql) : whole;
        questionsByReason.merge(s.reason(), 1, Integer::sum);
        anyAccepted |= s.accepted();
        if (reason == null && !s.accepted()) {
          reason = s.reason();
        }
      }
      if (!anyAccepted) {
        out++;
        byReason.merge(reason == null ? Screener.EMPTY : reason, 1, Integer::sum);
      }
    }
    return new AppealsRow(
        name,
        rows.size(),
        out,
        share(out, rows.size()),
        byReason,
        questions,
        questionsByReason,
        ThemeQuality.seconds(start));
  }

  private Screening screen(String raw) {
    String text = TextNormalizer.normalize(raw);
    return screener.screenAppeal(text, LanguageDetector.detect(text));
  }

  static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
