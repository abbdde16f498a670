package voxpop.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import voxpop.io.CsvReader;

/**
 * Compares the engine's {@code questions.csv} with a labels file (see {@code docs/evaluation.md}):
 *
 * <ol>
 *   <li>load the labels ({@link LabelTable});
 *   <li>stream the questions, joining each on (appeal id, question number), or on the appeal alone
 *       when the appeal has one label row; count the questions without a label and the label rows
 *       without a question;
 *   <li>screening and campaigns: every labelled question, true class against verdict, true campaign
 *       against the campaign flag;
 *   <li>themes and sub-themes: the questions whose true class is {@code accepted} (all of them
 *       without a class column), or with {@link EvaluationOptions#appealLevel()} the first accepted
 *       question of each appeal; the engine's outliers form one cluster {@code other} and the
 *       questions it screened out one more, so that no scored question is dropped.
 * </ol>
 *
 * Stateless; each call reads its own files.
 */
public final class Evaluation {
  static final String ACCEPTED = "accepted";
  static final String SCREENED_CLUSTER = "(screened out)";
  static final String OTHER = "other";
  private static final List<String> SCREEN_CLASSES = List.of("spam", "abuse", "gibberish", "empty");

  private Evaluation() {}

  /**
   * Runs the comparison.
   *
   * @throws IOException for a missing or malformed file or a missing column, naming it
   */
  public static EvaluationReport run(Path questionsCsv, Path labelsCsv, EvaluationOptions options)
      throws IOException {
    LabelTable labels = LabelTable.load(labelsCsv, options);
    try (CsvReader in = CsvReader.open(questionsCsv)) {
      String name = questionsCsv.getFileName().toString();
      int cAppeal = required(in, "appeal_id", name);
      int cQuestion = required(in, "question_no", name);
      int cVerdict = required(in, "verdict", name);
      int cTheme = required(in, "theme_id", name);
      int cSub = in.column("subtheme_id");
      int cCampaign = in.column("campaign");
      Run run = new Run(labels, options, cSub >= 0, cCampaign >= 0);
      for (String[] row; (row = in.next()) != null; ) {
        int qno = LabelTable.questionNumber(row[cQuestion], name, in.line());
        run.question(
            row[cAppeal].strip(),
            qno,
            row[cVerdict].strip().toLowerCase(Locale.ROOT),
            row[cTheme].strip(),
            cSub < 0 ? "" : row[cSub].strip(),
            cCampaign >= 0 && flag(row[cCampaign]));
      }
      return run.report(name, labels.file, cSub >= 0, cCampaign >= 0);
    }
  }

  private static int required(CsvReader in, String column, String file) throws IOException {
    int c = in.column(column);
    if (c < 0) {
      throw new IOException(
          file
              + " has no '"
              + column
              + "' column (is it the engine's questions.csv?); its columns: "
              + String.join(", ", in.header()));
    }
    return c;
  }

  private static boolean flag(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    return !s.isEmpty() && !s.equals("0") && !s.equals("false") && !s.equals("no");
  }

  /** The accumulating state of one evaluation. */
  private static final class Run {
    private final LabelTable labels;
    private final EvaluationOptions options;
    private final boolean scoreSubthemes;
    private final boolean scoreCampaigns;
    private final boolean[] usedLabel;
    private final Codes predicted = new Codes();
    private final LevelData themes = new LevelData();
    private final LevelData subthemes = new LevelData();
    private final Map<String, Map<String, Long>> confusion = new TreeMap<>();
    private final Map<Integer, long[]> campaignCounts = new HashMap<>();
    private final Map<String, int[]> representatives = new LinkedHashMap<>();
    private long questions;
    private long labelled;
    private long unlabelled;
    private long campaignTp;
    private long campaignFp;
    private long campaignFn;

    Run(LabelTable labels, EvaluationOptions options, boolean subthemes, boolean campaigns) {
      this.labels = labels;
      this.options = options;
      this.scoreSubthemes = subthemes && labels.hasSubtheme;
      this.scoreCampaigns = campaigns && labels.hasCampaign;
      this.usedLabel = new boolean[labels.size()];
    }

    void question(
        String appeal, int qno, String verdict, String theme, String sub, boolean campaign) {
      questions++;
      int row = labels.find(appeal, qno);
      if (row == LabelTable.NONE) {
        unlabelled++;
        return;
      }
      labelled++;
      usedLabel[row] = true;
      String trueClass = labels.hasClass ? labels.value(labels.cls.get(row)) : ACCEPTED;
      if (labels.hasClass) {
        confusion.computeIfAbsent(trueClass, k -> new TreeMap<>()).merge(verdict, 1L, Long::sum);
      }
      if (scoreCampaigns) {
        campaign(labels.campaign.get(row), campaign);
      }
      if (!trueClass.equals(ACCEPTED)) {
        return;
      }
      int predTheme = predicted.id(theme.isEmpty() ? SCREENED_CLUSTER : theme);
      int predSub =
          predicted.id(
              theme.isEmpty() ? SCREENED_CLUSTER : theme + " / " + (sub.isEmpty() ? OTHER : sub));
      boolean accepted = verdict.equals(ACCEPTED);
      if (options.appealLevel()) {
        int[] best = representatives.get(appeal);
        int acc = accepted ? 1 : 0;
        if (best == null || acc > best[1] || (acc == best[1] && qno < best[0])) {
          representatives.put(appeal, new int[] {qno, acc, predTheme, predSub, row});
        }
      } else {
        score(row, predTheme, predSub);
      }
    }

    private void score(int row, int predTheme, int predSub) {
      if (labels.hasTheme) {
        themes.add(labels.theme.get(row), labels, predTheme, predicted);
      }
      if (scoreSubthemes) {
        subthemes.add(labels.subtheme.get(row), labels, predSub, predicted);
      }
    }

    private void campaign(int trueCampaign, boolean flagged) {
      boolean inCampaign = !labels.value(trueCampaign).isEmpty();
      if (flagged && inCampaign) {
        campaignTp++;
      } else if (flagged) {
        campaignFp++;
      } else if (inCampaign) {
        campaignFn++;
      }
      if (inCampaign) {
        long[] c = campaignCounts.computeIfAbsent(trueCampaign, k -> new long[2]);
        c[0]++;
        c[1] += flagged ? 1 : 0;
      }
    }

    EvaluationReport report(
        String questionsFile, String labelsFile, boolean hasSubColumn, boolean hasCampaignColumn) {
      for (int[] r : representatives.values()) {
        score(r[4], r[2], r[3]);
      }
      List<String> notes = new ArrayList<>();
      List<EvaluationReport.Level> levels = new ArrayList<>();
      if (labels.hasTheme) {
        levels.add(themes.level("theme", options.themeColumn(), predicted));
      } else {
        notes.add(
            "theme level not scored: the labels have no column '" + options.themeColumn() + "'");
      }
      if (scoreSubthemes) {
        levels.add(subthemes.level("subtheme", options.subthemeColumn(), predicted));
      } else if (!labels.hasSubtheme) {
        notes.add(
            "sub-theme level not scored: the labels have no column '"
                + options.subthemeColumn()
                + "'");
      } else if (!hasSubColumn) {
        notes.add("sub-theme level not scored: the questions file has no subtheme_id column");
      }
      if (labels.hasCampaign && !hasCampaignColumn) {
        notes.add("campaigns not scored: the questions file has no campaign column");
      }
      int unused = 0;
      for (boolean u : usedLabel) {
        unused += u ? 0 : 1;
      }
      return new EvaluationReport(
          questionsFile,
          labelsFile,
          options.appealLevel(),
          labels.hasClass ? ACCEPTED : "all",
          questions,
          labels.size(),
          labelled,
          unlabelled,
          unused,
          levels,
          notes,
          labels.hasClass ? screening() : null,
          scoreCampaigns ? campaigns() : null);
    }

    private EvaluationReport.Screening screening() {
      List<String> classes = new ArrayList<>(SCREEN_CLASSES);
      for (String c : confusion.keySet()) {
        if (!c.equals(ACCEPTED) && !classes.contains(c)) {
          classes.add(c);
        }
      }
      Map<String, BinaryScores> perClass = new LinkedHashMap<>();
      for (String c : classes) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Map<String, Long>> e : confusion.entrySet()) {
          for (Map.Entry<String, Long> v : e.getValue().entrySet()) {
            boolean truly = e.getKey().equals(c);
            boolean flagged = v.getKey().equals(c);
            tp += truly && flagged ? v.getValue() : 0;
            fp += !truly && flagged ? v.getValue() : 0;
            fn += truly && !flagged ? v.getValue() : 0;
          }
        }
        perClass.put(c, new BinaryScores(tp, fp, fn));
      }
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (Map.Entry<String, Map<String, Long>> e : confusion.entrySet()) {
        for (Map.Entry<String, Long> v : e.getValue().entrySet()) {
          boolean truly = !e.getKey().equals(ACCEPTED);
          boolean flagged = !v.getKey().equals(ACCEPTED);
          tp += truly && flagged ? v.getValue() : 0;
          fp += !truly && flagged ? v.getValue() : 0;
          fn += truly && !flagged ? v.getValue() : 0;
        }
      }
      return new EvaluationReport.Screening(
          LabelTable.CLASS, perClass, new BinaryScores(tp, fp, fn), confusion);
    }

    private EvaluationReport.Campaigns campaigns() {
      int found = 0;
      for (long[] c : campaignCounts.values()) {
        found += 2 * c[1] > c[0] ? 1 : 0;
      }
      return new EvaluationReport.Campaigns(
          LabelTable.CAMPAIGN_ID,
          new BinaryScores(campaignTp, campaignFp, campaignFn),
          campaignCounts.size(),
          found);
    }
  }

  /** The (true, predicted) pairs of one level. */
  private static final class LevelData {
    private final IntList truth = new IntList();
    private final IntList pred = new IntList();
    private long withoutTrueLabel;

    void add(int trueValue, LabelTable labels, int predictedId, Codes predicted) {
      if (labels.value(trueValue).isEmpty()) {
        withoutTrueLabel++;
        return;
      }
      truth.add(trueValue);
      pred.add(predictedId);
    }

    EvaluationReport.Level level(String level, String column, Codes predicted) {
      int other = predicted.find(OTHER);
      int screened = predicted.find(SCREENED_CLUSTER);
      long outliers = 0;
      long screenedOut = 0;
      for (int i = 0; i < pred.size(); i++) {
        int p = pred.get(i);
        String v = predicted.value(p);
        outliers += p == other || v.endsWith(" / " + OTHER) ? 1 : 0;
        screenedOut += p == screened ? 1 : 0;
      }
      ClusteringScores scores =
          ClusteringMetrics.score(Contingency.of(truth.toArray(), pred.toArray()));
      return new EvaluationReport.Level(
          level, column, scores, outliers, screenedOut, withoutTrueLabel);
    }
  }
}
