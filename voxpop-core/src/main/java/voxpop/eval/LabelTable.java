package voxpop.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import voxpop.io.CsvReader;

/**
 * A labels file in memory, compactly: each label value is a small id ({@link Codes}), each row a
 * few ints, and the rows of one appeal a chain from the appeal's first row. Columns: {@code
 * appeal_id} (required), {@code question_no} (optional: without it, or with one row for an appeal,
 * the label holds for every question of that appeal), {@code class}, {@code campaign_id} and the
 * chosen theme and sub-theme columns (optional). Not thread-safe.
 */
final class LabelTable {
  static final String APPEAL_ID = "appeal_id";
  static final String QUESTION_NO = "question_no";
  static final String CLASS = "class";
  static final String CAMPAIGN_ID = "campaign_id";
  static final int NONE = -1;

  final String file;
  final boolean hasClass;
  final boolean hasCampaign;
  final boolean hasTheme;
  final boolean hasSubtheme;
  final Codes values = new Codes();
  final IntList cls = new IntList();
  final IntList theme = new IntList();
  final IntList subtheme = new IntList();
  final IntList campaign = new IntList();
  private final IntList questionNo = new IntList();
  private final IntList nextOfAppeal = new IntList();
  private final Map<String, Integer> firstRow = new HashMap<>();

  private LabelTable(String file, boolean cls, boolean campaign, boolean theme, boolean sub) {
    this.file = file;
    this.hasClass = cls;
    this.hasCampaign = campaign;
    this.hasTheme = theme;
    this.hasSubtheme = sub;
  }

  /**
   * Loads a labels file.
   *
   * @throws IOException for a missing {@code appeal_id} column, neither label column, a malformed
   *     row, an unreadable {@code question_no}, or a question labelled twice; each names the line
   */
  static LabelTable load(Path path, EvaluationOptions options) throws IOException {
    String name = path.getFileName().toString();
    try (CsvReader in = CsvReader.open(path)) {
      List<String> header = in.header();
      int cAppeal = in.column(APPEAL_ID);
      if (cAppeal < 0) {
        throw new IOException(
            name + " has no '" + APPEAL_ID + "' column; its columns: " + String.join(", ", header));
      }
      int cQuestion = in.column(QUESTION_NO);
      int cClass = in.column(CLASS);
      int cCampaign = in.column(CAMPAIGN_ID);
      int cTheme = in.column(options.themeColumn());
      int cSub = in.column(options.subthemeColumn());
      if (cTheme < 0 && cSub < 0) {
        throw new IOException(
            name
                + " has neither the theme column '"
                + options.themeColumn()
                + "' nor the sub-theme column '"
                + options.subthemeColumn()
                + "'; its columns: "
                + String.join(", ", header));
      }
      LabelTable t = new LabelTable(name, cClass >= 0, cCampaign >= 0, cTheme >= 0, cSub >= 0);
      for (String[] row; (row = in.next()) != null; ) {
        int qno = 0;
        if (cQuestion >= 0 && !row[cQuestion].isBlank()) {
          qno = questionNumber(row[cQuestion], name, in.line());
        }
        t.add(row[cAppeal].strip(), qno, in.line(), row, cClass, cTheme, cSub, cCampaign);
      }
      return t;
    }
  }

  static int questionNumber(String s, String file, long line) throws IOException {
    try {
      int q = Integer.parseInt(s.strip());
      if (q >= 1) {
        return q;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IOException(
        file + " line " + line + ": question_no must be a whole number from 1, not '" + s + "'");
  }

  private void add(
      String appeal, int qno, long line, String[] row, int cClass, int cTheme, int cSub, int cCamp)
      throws IOException {
    int index = cls.size();
    Integer first = firstRow.putIfAbsent(appeal, index);
    if (first != null) {
      int last = first;
      for (int r = first; r != NONE; r = nextOfAppeal.get(r)) {
        if (questionNo.get(r) == qno) {
          throw new IOException(
              file
                  + " line "
                  + line
                  + ": appeal "
                  + appeal
                  + (qno == 0 ? "" : " question " + qno)
                  + " is labelled twice");
        }
        last = r;
      }
      nextOfAppeal.set(last, index);
    }
    nextOfAppeal.add(NONE);
    questionNo.add(qno);
    cls.add(cClass < 0 ? NONE : values.id(row[cClass].strip()));
    theme.add(cTheme < 0 ? NONE : values.id(row[cTheme].strip()));
    subtheme.add(cSub < 0 ? NONE : values.id(row[cSub].strip()));
    campaign.add(cCamp < 0 ? NONE : values.id(row[cCamp].strip()));
  }

  /** The number of label rows. */
  int size() {
    return cls.size();
  }

  /**
   * The row labelling question {@code qno} of an appeal, or {@link #NONE}: an appeal's only row
   * labels all its questions; otherwise the row with that question number.
   */
  int find(String appeal, int qno) {
    Integer first = firstRow.get(appeal);
    if (first == null) {
      return NONE;
    }
    if (nextOfAppeal.get(first) == NONE) {
      return first;
    }
    for (int r = first; r != NONE; r = nextOfAppeal.get(r)) {
      if (questionNo.get(r) == qno) {
        return r;
      }
    }
    return NONE;
  }

  String value(int id) {
    return id == NONE ? "" : values.value(id);
  }
}
