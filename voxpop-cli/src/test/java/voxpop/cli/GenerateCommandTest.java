package voxpop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = VoxpopCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "generate";
    System.arraycopy(args, 0, all, 1, args.length);
    return cl.execute(all);
  }

  @Test
  void writesTheCorpusAndItsLabelsAndPrintsASummary() throws IOException {
    Path corpus = dir.resolve("corpus.csv");
    int code = run("--count", "300", "--seed", "7", "-o", corpus.toString(), "--quiet");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readAllLines(corpus).get(0))
        .isEqualTo("id,received_at,channel,text,region,sender,age_group,gender,external_id");
    assertThat(Files.readAllLines(dir.resolve("corpus.labels.csv")).get(0))
        .isEqualTo(
            "appeal_id,question_no,class,category,theme,subtheme,campaign_id,duplicate,"
                + "language");
    assertThat(out.toString()).startsWith("generated 300 appeals, ").contains("corpus.labels.csv");
  }

  @Test
  void theSameOptionsGiveTheSameBytesAndLabelsCanGoElsewhere() throws IOException {
    Path a = dir.resolve("a.jsonl.gz");
    Path b = dir.resolve("b.jsonl.gz");
    Path labels = dir.resolve("truth.csv");
    assertThat(run("-n", "200", "-s", "3", "-o", a.toString(), "-q")).isZero();
    assertThat(
            run(
                "-n",
                "200",
                "-s",
                "3",
                "-o",
                b.toString(),
                "--labels",
                labels.toString(),
                "--start",
                "2025-12-04",
                "-q"))
        .isZero();
    assertThat(labels).exists();
    assertThat(dir.resolve("b.labels.csv.gz")).doesNotExist();
    assertThat(run("-n", "200", "-s", "3", "-o", b.toString(), "-q")).isZero();
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
  }

  @Test
  void badOptionsAreRejectedWithPreciseMessagesAndStatusTwo() throws IOException {
    Path ok = dir.resolve("c.csv");
    Files.createDirectory(dir.resolve("folder.csv"));
    String[][] cases = {
      {"--count", "0", "-o", ok.toString()},
      {"--count", "50000001", "-o", ok.toString()},
      {"-o", dir.resolve("c.txt").toString()},
      {"-o", dir.resolve("missing/c.csv").toString()},
      {"-o", dir.resolve("folder.csv").toString()},
      {"-o", ok.toString(), "--labels", ok.toString()},
      {"-o", ok.toString(), "--labels", dir.resolve("l.json").toString()},
      {"-o", ok.toString(), "--start", "4.12.2026"},
      {"-o", ok.toString(), "--days", "0"},
      {"--count", "10"},
    };
    String[] messages = {
      "--count: 0 is outside [1, 50,000,000]",
      "--count: 50,000,001 is outside [1, 50,000,000]",
      "--output: cannot tell the format of c.txt: expected a name ending in .csv, .jsonl or"
          + " .ndjson (optionally .gz)",
      "--output: folder does not exist: " + dir.resolve("missing").toAbsolutePath(),
      "--output: is a folder, expected a file name: " + dir.resolve("folder.csv"),
      "--labels: must differ from --output (" + ok + ")",
      "--labels: expected a name ending in .csv or .csv.gz: l.json",
      "--start: expected a date such as 2026-12-04, got '4.12.2026'",
      "--days: 0 is outside [1, 366]",
      "Missing required option: '--output=FILE'",
    };
    for (int i = 0; i < cases.length; i++) {
      err.getBuffer().setLength(0);
      assertThat(run(cases[i])).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(err.toString()).as(String.join(" ", cases[i])).startsWith(messages[i]);
    }
    assertThat(ok).doesNotExist();
  }
}
