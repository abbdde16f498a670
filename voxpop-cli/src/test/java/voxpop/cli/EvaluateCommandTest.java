package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import voxpop.eval.data.DataSets;

class EvaluateCommandTest {
  private static final String QUESTIONS =
      "id,appeal_id,question_no,language,verdict,reason,duplicate_group,campaign,theme_id,subtheme_id\r\n"
          + "a1-1,a1,1,ru,accepted,,,,t1,t1.1\r\n"
          + "a2-1,a2,1,ru,accepted,,,1,t1,t1.2\r\n"
          + "a3-1,a3,1,ru,spam,link,,,,\r\n"
          + "a4-1,a4,1,ru,accepted,,,,t2,t2.1\r\n";
  private static final String LABELS =
      "appeal_id,question_no,class,category,theme,subtheme,campaign_id,duplicate,language\r\n"
          + "a1,1,accepted,soc,pensions,p.index,,,ru\r\n"
          + "a2,1,accepted,soc,pensions,p.late,c1,,ru\r\n"
          + "a3,1,spam,,,,,,ru\r\n"
          + "a4,1,accepted,inf,roads,r.holes,,,ru\r\n";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new EvaluateCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheTableAndWritesJson() throws IOException {
    Path q = file("questions.csv", QUESTIONS);
    Path l = file("labels.csv", LABELS);
    Path json = dir.resolve("eval.json");
    int status = run(q.toString(), "--labels", l.toString(), "--json", json.toString());
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("questions.csv: 4 questions; labels.csv: 4 label rows")
        .contains("  theme     theme                       3        2        2  1.0000  1.0000")
        .contains("  spam                    1          1          1    1.0000  1.0000  1.0000")
        .contains("1 of 1 true campaigns found");
    assertThat(Files.readString(json))
        .contains("\"mode\" : \"question\"")
        .contains("\"matched_accuracy\" : 1.0");
    assertThat(err.toString()).contains("evaluate: wrote " + json);
  }

  @Test
  void otherColumnsAndAppealLevel() throws IOException {
    Path q = file("questions.csv", QUESTIONS);
    Path l = file("labels.csv", "appeal_id,Категория,Тематика\na1,1,x\na2,1,y\na4,2,z\na3,3,w\n");
    int status =
        run(
            q.toString(),
            "--labels",
            l.toString(),
            "--theme-column",
            "Категория",
            "--subtheme-column",
            "Тематика",
            "--appeal-level");
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("one question per appeal")
        .contains("  theme     Категория                   4        3        3")
        .contains("  subtheme  Тематика                    4        4        4");
  }

  @Test
  void wrongArgumentsExitWithStatusTwo() throws IOException {
    Path q = file("questions.csv", QUESTIONS);
    assertThat(run(q.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--labels=LABELS_CSV'");
    assertThat(run(q.toString(), "--labels", dir.resolve("none.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--labels: no such file: ");
    assertThat(run("--labels", q.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: QUESTIONS_CSV");
  }

  @Test
  void malformedFilesExitWithStatusOne() throws IOException {
    Path q = file("questions.csv", QUESTIONS);
    Path l = file("labels.csv", "id,theme\n1,x\n");
    assertThat(run(q.toString(), "--labels", l.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("evaluate: labels.csv has no 'appeal_id' column; its columns: id, theme");
    Path broken = file("broken.csv", LABELS + "a9,\"open\r\n");
    assertThat(run(q.toString(), "--labels", broken.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("broken.csv line 6: unterminated quoted field");
  }

  @Test
  void exportSetNeedsAKnownSetAndTheFolder() {
    assertThat(run("export-set", "stackoverflow", "-o", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown set 'stackoverflow'; known: kursk-appeals");
    assertThat(
            run(
                "export-set",
                "tweet",
                "--data",
                dir.resolve("nowhere").toString(),
                "-o",
                dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--data: no such folder: ");
  }

  @Test
  void exportSetWritesInputAndLabels() throws IOException {
    Optional<Path> root = DataSets.sharedRoot();
    Assumptions.assumeTrue(
        root.isPresent(),
        "the real data sets are absent: set VOXPOP_SHARED_DATA to the shared/data folder; skipping");
    int status = run("export-set", "tweet", "--data", root.get().toString(), "-o", dir.toString());
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("tweet: 2,472 texts, 89 fine labels, 89 coarse labels");
    assertThat(Files.readAllLines(dir.resolve("tweet.labels.csv"))).hasSize(2473);
  }
}
