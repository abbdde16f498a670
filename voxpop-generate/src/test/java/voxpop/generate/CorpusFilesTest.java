package voxpop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import voxpop.io.AppealReader;
import voxpop.io.OnError;
import voxpop.io.ReadOptions;
import voxpop.model.Appeal;

/** Files on disk: byte-identical by seed, readable by the engine's reader, labels beside them. */
class CorpusFilesTest {
  @TempDir Path dir;

  private GenerationSummary write(long count, long seed, String name) throws IOException {
    Path out = dir.resolve(name);
    return new CorpusGenerator(GeneratorConfig.of(count, seed))
        .writeFiles(out, CorpusGenerator.defaultLabelsPath(out), n -> {});
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    write(3000, 11, "a.csv");
    write(3000, 11, "b.csv");
    write(3000, 12, "c.csv");
    assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("a.labels.csv"), dir.resolve("b.labels.csv")))
        .isEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1L);
    write(3000, 11, "a.jsonl");
    write(3000, 11, "b.jsonl");
    assertThat(Files.mismatch(dir.resolve("a.jsonl"), dir.resolve("b.jsonl"))).isEqualTo(-1L);
    assertThat(Files.mismatch(dir.resolve("a.labels.csv"), dir.resolve("a.labels.csv")))
        .isEqualTo(-1L);
  }

  @Test
  void csvAndJsonLinesReadBackThroughTheEngineReader() throws IOException {
    Corpus expected = Corpus.generate(2500, 21);
    for (String name : List.of("corpus.csv", "corpus.jsonl", "corpus.csv.gz")) {
      write(2500, 21, name);
      List<Appeal> read = new ArrayList<>();
      try (AppealReader r =
          AppealReader.open(dir.resolve(name), ReadOptions.defaults().withOnError(OnError.FAIL))) {
        for (Appeal a; (a = r.next()) != null; ) {
          read.add(a);
        }
      }
      assertThat(read).as(name).hasSize(2500);
      for (int i = 0; i < read.size(); i++) {
        Appeal a = read.get(i);
        Appeal e = expected.appeals().get(i);
        assertThat(a.id()).isEqualTo(e.id());
        assertThat(a.text()).as(name + " " + e.id()).isEqualTo(e.text());
        assertThat(a.receivedAt()).isEqualTo(e.receivedAt());
        assertThat(a.channel()).isEqualTo(e.channel());
        assertThat(a.sender()).isEqualTo(e.sender());
        assertThat(a.ageGroup()).isEqualTo(e.ageGroup());
        assertThat(a.gender()).isEqualTo(e.gender());
        assertThat(a.externalId()).isEqualTo(e.externalId());
      }
    }
  }

  @Test
  void theLabelsFileHasOneRowPerQuestionOfEveryAppeal() throws IOException {
    GenerationSummary s = write(4000, 3, "corpus.jsonl.gz");
    Path labels = dir.resolve("corpus.labels.csv.gz");
    assertThat(labels).exists();
    Map<String, Integer> questions = new LinkedHashMap<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(labels));
        BufferedReader r =
            new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(r.readLine()).isEqualTo(String.join(",", QuestionLabel.COLUMNS));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split(",", -1);
        assertThat(f).hasSize(QuestionLabel.COLUMNS.size());
        int no = questions.merge(f[0], 1, Integer::sum);
        assertThat(Integer.parseInt(f[1])).isEqualTo(no);
      }
    }
    assertThat(questions).hasSize(4000);
    assertThat(questions.values().stream().mapToLong(Integer::longValue).sum())
        .isEqualTo(s.questions());
    assertThat(dir.resolve(".partial-corpus.jsonl.gz")).doesNotExist();
  }

  @Test
  void theDefaultLabelsFileSitsBesideTheCorpus() {
    assertThat(CorpusGenerator.defaultLabelsPath(Path.of("out/corpus.csv")))
        .isEqualTo(Path.of("out/corpus.labels.csv"));
    assertThat(CorpusGenerator.defaultLabelsPath(Path.of("c.jsonl.gz")))
        .isEqualTo(Path.of("c.labels.csv.gz"));
    assertThat(CorpusGenerator.defaultLabelsPath(Path.of("my.corpus.ndjson")))
        .isEqualTo(Path.of("my.corpus.labels.csv"));
  }

  @Test
  void badConfigurationsAreRejectedWithTheRange() {
    assertThatThrownBy(() -> GeneratorConfig.of(0, 1))
        .hasMessage("Invalid value for parameter count: 0 is outside [1, 50000000]");
    assertThatThrownBy(() -> new GeneratorConfig(10, 1, GeneratorConfig.DEFAULT_START, 0))
        .hasMessage("Invalid value for parameter days: 0 is outside [1, 366]");
    assertThatThrownBy(() -> write(10, 1, "corpus.txt"))
        .hasMessageContaining("expected a name ending in .csv, .jsonl or .ndjson");
  }

  @Test
  void aShortIntakeOfOneDayStillWorks() throws IOException {
    Path out = dir.resolve("day.csv");
    GenerationSummary s =
        new CorpusGenerator(new GeneratorConfig(500, 8, GeneratorConfig.DEFAULT_START, 1))
            .writeFiles(out, dir.resolve("day.labels.csv"), n -> {});
    assertThat(s.appeals()).isEqualTo(500);
    assertThat(Files.readAllLines(out)).hasSizeGreaterThan(500);
  }
}
