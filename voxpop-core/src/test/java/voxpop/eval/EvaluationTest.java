package voxpop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  static final String QUESTIONS_HEADER =
      "id,appeal_id,question_no,language,verdict,reason,duplicate_group,campaign,theme_id,subtheme_id\r\n";
  static final String GENERATOR_LABELS =
      "appeal_id,question_no,class,category,theme,subtheme,campaign_id,duplicate,language\r\n"
          + "a1,1,accepted,soc,pensions,pensions.index,,,ru\r\n"
          + "a1,2,accepted,inf,roads,roads.holes,,,ru\r\n"
          + "a2,1,accepted,soc,pensions,pensions.index,c1,,ru\r\n"
          + "a3,1,spam,,,,,,ru\r\n"
          + "a4,1,abuse,,,,,,ru\r\n"
          + "a5,1,accepted,inf,roads,roads.light,c1,,ru\r\n"
          + "a6,1,accepted,inf,roads,roads.holes,,,ru\r\n";
  static final String QUESTIONS =
      QUESTIONS_HEADER
          + "a1-1,a1,1,ru,accepted,,,,t1,t1.1\r\n"
          + "a1-2,a1,2,ru,accepted,,g000001,,t2,t2.1\r\n"
          + "a2-1,a2,1,ru,accepted,,,1,t1,t1.1\r\n"
          + "a3-1,a3,1,ru,spam,link,,,,\r\n"
          + "a4-1,a4,1,ru,accepted,,,,t2,t2.1\r\n"
          + "a5-1,a5,1,ru,accepted,,,1,t2,t2.2\r\n"
          + "a6-1,a6,1,ru,spam,phone,,,,\r\n"
          + "a7-1,a7,1,ru,accepted,,,,other,other\r\n";

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void generatorLabelsJoinPerQuestion() throws IOException {
    EvaluationReport r =
        Evaluation.run(
            file("questions.csv", QUESTIONS),
            file("labels.csv", GENERATOR_LABELS),
            EvaluationOptions.defaults());
    assertThat(r.questions()).isEqualTo(8);
    assertThat(r.labelRows()).isEqualTo(7);
    assertThat(r.labelled()).isEqualTo(7);
    assertThat(r.unlabelled()).isEqualTo(1);
    assertThat(r.unusedLabelRows()).isZero();
    assertThat(r.population()).isEqualTo("accepted");

    EvaluationReport.Level theme = r.levels().get(0);
    assertThat(theme.level()).isEqualTo("theme");
    assertThat(theme.scores().n()).isEqualTo(5);
    assertThat(theme.scores().classes()).isEqualTo(2);
    assertThat(theme.scores().clusters()).isEqualTo(3);
    assertThat(theme.scores().nmi()).isCloseTo(0.7789794173345359, offset(1e-12));
    assertThat(theme.scores().ari()).isCloseTo(0.5454545454545454, offset(1e-12));
    assertThat(theme.scores().matchedAccuracy()).isEqualTo(0.8);
    assertThat(theme.screenedOut()).isEqualTo(1);
    assertThat(theme.predictedOutliers()).isZero();

    EvaluationReport.Level sub = r.levels().get(1);
    assertThat(sub.scores().classes()).isEqualTo(3);
    assertThat(sub.scores().clusters()).isEqualTo(4);
    assertThat(sub.scores().nmi()).isCloseTo(0.8838511314184215, offset(1e-12));
    assertThat(sub.scores().ari()).isCloseTo(0.6153846153846154, offset(1e-12));
    assertThat(sub.scores().matchedAccuracy()).isEqualTo(0.8);

    BinaryScores spam = r.screening().perClass().get("spam");
    assertThat(spam).isEqualTo(new BinaryScores(1, 1, 0));
    assertThat(spam.precision()).isEqualTo(0.5);
    assertThat(spam.recall()).isEqualTo(1.0);
    BinaryScores abuse = r.screening().perClass().get("abuse");
    assertThat(abuse).isEqualTo(new BinaryScores(0, 0, 1));
    assertThat(abuse.precision()).isNaN();
    assertThat(abuse.recall()).isZero();
    assertThat(r.screening().perClass()).containsKeys("spam", "abuse", "gibberish", "empty");
    assertThat(r.screening().screenedOut()).isEqualTo(new BinaryScores(1, 1, 1));
    assertThat(r.screening().confusion().get("abuse")).containsEntry("accepted", 1L);

    assertThat(r.campaigns().flag()).isEqualTo(new BinaryScores(2, 0, 0));
    assertThat(r.campaigns().campaigns()).isEqualTo(1);
    assertThat(r.campaigns().campaignsFound()).isEqualTo(1);
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void textAndJsonCarryTheNumbers() throws IOException {
    EvaluationReport r =
        Evaluation.run(
            file("questions.csv", QUESTIONS),
            file("labels.csv", GENERATOR_LABELS),
            EvaluationOptions.defaults());
    String text = EvaluationReportWriter.text(r);
    assertThat(text)
        .contains("questions.csv: 8 questions; labels.csv: 7 label rows")
        .contains(
            "joined: 7 questions labelled, 1 without a label, 0 label rows without a question")
        .contains("theme     theme                       5        2        3  0.7790  0.5455")
        .contains("spam                    1          2          1    0.5000  1.0000  0.6667")
        .contains("abuse                   1          0          0       n/a  0.0000  0.0000")
        .contains("1 of 1 true campaigns found");
    String json = EvaluationReportWriter.json(r);
    assertThat(json)
        .contains("\"questions\" : 8")
        .contains("\"nmi\" : 0.77897941733453")
        .contains("\"precision\" : null")
        .contains("\"campaigns_found\" : 1");
    java.io.StringWriter w = new java.io.StringWriter();
    EvaluationReportWriter.json(r, w);
    w.write("\n"); // the writer is left open for the caller
    assertThat(w.toString()).isEqualTo(json + "\n");
  }

  @Test
  void appealLevelLabelsTakeEveryQuestionOrOnePerAppeal() throws IOException {
    String labels = "appeal_id,theme,subtheme\nd1,x,x1\nd2,y,y1\nd3,x,x2\n";
    String questions =
        QUESTIONS_HEADER
            + "d1-1,d1,1,ru,too_short,,,,,\n"
            + "d1-2,d1,2,ru,accepted,,,,t1,s1\n"
            + "d1-3,d1,3,ru,accepted,,,,t9,s9\n"
            + "d2-1,d2,1,ru,accepted,,,,t2,s2\n"
            + "d3-1,d3,1,ru,accepted,,,,t1,s1\n";
    Path q = file("questions.csv", questions);
    Path l = file("labels.csv", labels);
    EvaluationReport perQuestion = Evaluation.run(q, l, EvaluationOptions.defaults());
    assertThat(perQuestion.population()).isEqualTo("all");
    assertThat(perQuestion.labelled()).isEqualTo(5);
    assertThat(perQuestion.levels().get(0).scores().n()).isEqualTo(5);
    assertThat(perQuestion.screening()).isNull();
    assertThat(perQuestion.campaigns()).isNull();

    EvaluationReport perAppeal =
        Evaluation.run(q, l, new EvaluationOptions("theme", "subtheme", true));
    ClusteringScores s = perAppeal.levels().get(0).scores();
    // d1 is represented by its first accepted question (t1), not the screened one or t9
    assertThat(s.n()).isEqualTo(3);
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(s.nmi()).isCloseTo(1.0, offset(1e-12));
    assertThat(s.matchedAccuracy()).isEqualTo(1.0);
    assertThat(perAppeal.levels().get(1).scores().classes()).isEqualTo(3);
  }

  @Test
  void oneLevelLabelsAndMissingQuestionColumnsAreNoted() throws IOException {
    Path l = file("labels.csv", "appeal_id,theme\na1,x\n");
    Path q = file("q.csv", "appeal_id,question_no,verdict,theme_id\na1,1,accepted,t1\n");
    EvaluationReport r = Evaluation.run(q, l, EvaluationOptions.defaults());
    assertThat(r.levels()).extracting(EvaluationReport.Level::level).containsExactly("theme");
    assertThat(r.notes())
        .containsExactly("sub-theme level not scored: the labels have no column 'subtheme'");
    assertThat(r.levels().get(0).scores().n()).isEqualTo(1);
  }

  @Test
  void emptyQuestionsFile() throws IOException {
    EvaluationReport r =
        Evaluation.run(
            file("questions.csv", QUESTIONS_HEADER),
            file("labels.csv", GENERATOR_LABELS),
            EvaluationOptions.defaults());
    assertThat(r.questions()).isZero();
    assertThat(r.unusedLabelRows()).isEqualTo(7);
    assertThat(r.levels().get(0).scores().n()).isZero();
  }

  @Test
  void preciseErrors() throws IOException {
    Path q = file("questions.csv", QUESTIONS);
    Path l = file("labels.csv", GENERATOR_LABELS);
    EvaluationOptions o = EvaluationOptions.defaults();
    assertThatThrownBy(() -> Evaluation.run(dir.resolve("nope.csv"), l, o))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> Evaluation.run(file("x.csv", "id,theme\n1,a\n"), l, o))
        .hasMessage(
            "x.csv has no 'appeal_id' column (is it the engine's questions.csv?); its columns: id,"
                + " theme");
    assertThatThrownBy(() -> Evaluation.run(q, file("l1.csv", "id,theme\n1,a\n"), o))
        .hasMessage("l1.csv has no 'appeal_id' column; its columns: id, theme");
    assertThatThrownBy(() -> Evaluation.run(q, file("l2.csv", "appeal_id,topic\n1,a\n"), o))
        .hasMessage(
            "l2.csv has neither the theme column 'theme' nor the sub-theme column 'subtheme';"
                + " its columns: appeal_id, topic");
    assertThatThrownBy(
            () ->
                Evaluation.run(q, file("l3.csv", "appeal_id,question_no,theme\na,1,x\na,1,y\n"), o))
        .hasMessage("l3.csv line 3: appeal a question 1 is labelled twice");
    assertThatThrownBy(
            () -> Evaluation.run(q, file("l4.csv", "appeal_id,question_no,theme\na,first,x\n"), o))
        .hasMessage("l4.csv line 2: question_no must be a whole number from 1, not 'first'");
  }
}
