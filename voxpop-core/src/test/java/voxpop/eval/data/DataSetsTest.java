package voxpop.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loaders against the real folder: row and label counts as {@code DATA.md} and the sets' {@code
 * SOURCE.md} give them. Skipped, with the reason, when {@code VOXPOP_SHARED_DATA} does not name the
 * folder.
 */
class DataSetsTest {
  private static DataSets data;

  @BeforeAll
  static void locate() {
    data = DataSets.sharedRoot().map(DataSets::new).orElse(null);
  }

  private static DataSets data() {
    assumeTrue(
        data != null,
        "the real data sets are absent: set VOXPOP_SHARED_DATA to the shared/data folder"
            + " (surefire sets it to ../shared/data); skipping");
    return data;
  }

  @Test
  void kurskAppeals() throws IOException {
    ClusteringSet s = data().kurskAppeals();
    assertThat(s.texts()).hasSize(2000);
    assertThat(s.labels()).hasSize(161);
    assertThat(s.coarseLabels()).hasSize(17);
    Map<String, Long> byCategory =
        s.texts().stream()
            .collect(Collectors.groupingBy(LabelledText::coarseLabel, Collectors.counting()));
    assertThat(byCategory)
        .containsEntry("3", 954L)
        .containsEntry("0", 478L)
        .containsEntry("12", 1L);
    Map<String, Long> byTheme =
        s.texts().stream()
            .collect(Collectors.groupingBy(LabelledText::label, Collectors.counting()));
    assertThat(byTheme.values().stream().mapToLong(Long::longValue).max()).hasValue(155);
    assertThat(byTheme).containsEntry("Неработающее наружное освещение", 108L);
    assertThat(s.texts().stream().filter(t -> t.text().contains("<p>")).count())
        .isGreaterThan(1000);
    assertThat(data().kurskAppealsTest()).hasSize(1000).allMatch(t -> t.label().isEmpty());
  }

  @Test
  void troitsk() throws IOException {
    List<LabelledText> t = data().troitsk();
    assertThat(t).hasSize(1005);
    assertThat(t.get(0).text()).startsWith("Устраните последствия непогоды\nЗдравствуйте");
  }

  @Test
  void shortTextBenchmarks() throws IOException {
    assertSet(data().agNews(), 8000, 4);
    assertSet(data().searchSnippets(), 12340, 8);
    assertSet(data().biomedical(), 20000, 20);
    ClusteringSet tweet = data().tweet();
    assertSet(tweet, 2472, 89);
    assertThat(tweet.texts().get(0).text()).isEqualTo("brain fluid buildup delay giffords rehab");
    assertThat(tweet.texts()).noneMatch(t -> t.text().endsWith("\r"));
  }

  @Test
  void intentSets() throws IOException {
    ClusteringSet banking = data().banking77();
    assertSet(banking, 10003 + 3080, 77);
    ClusteringSet clinc = data().clinc150();
    assertThat(clinc.texts()).hasSize(22500);
    assertThat(clinc.labels()).hasSize(150);
    assertThat(clinc.coarseLabels()).hasSize(10).contains("banking", "small_talk", "meta");
    assertThat(data().clinc150OutOfScope()).hasSize(1200).allMatch(t -> t.label().equals("oos"));
  }

  @Test
  void smsSpam() throws IOException {
    List<BinaryText> sms = data().smsSpam();
    assertThat(sms).hasSize(5574);
    assertThat(sms.stream().filter(BinaryText::positive).count()).isEqualTo(747);
  }

  @Test
  void pairSets() throws IOException {
    List<TextPair> train = data().ruParaphraserTrain();
    assertThat(train).hasSize(7227);
    assertThat(count(train, TextPair.LOOSE)).isEqualTo(2957);
    assertThat(count(train, TextPair.NON)).isEqualTo(2582);
    assertThat(count(train, TextPair.STRICT)).isEqualTo(1688);
    List<TextPair> gold = data().ruParaphraserGold();
    assertThat(gold).hasSize(1924);
    assertThat(count(gold, TextPair.STRICT)).isEqualTo(374);
    assertThat(gold.get(0).first()).isEqualTo("Цены на нефть восстанавливаются");
    List<TextPair> quora = data().quoraQuestionPairs();
    assertThat(quora).hasSize(81000);
    assertThat(count(quora, TextPair.DUPLICATE)).isEqualTo(29156);
    assertThat(quora.get(0).id()).isEqualTo("323001");
  }

  @Test
  void toxicitySets() throws IOException {
    List<DetoxText> detox = data().ruParadetox();
    // SOURCE.md counts 6,996 train rows and 11,075 rewrites reading without quoting, which breaks
    // the 48 quoted fields that hold line breaks; read as quoted, the rows are 6,948 (index
    // 0..6947)
    assertThat(detox).hasSize(6948 + 800 + 875);
    assertThat(
            detox.stream()
                .filter(d -> d.id().startsWith("train-"))
                .mapToInt(d -> d.neutral().size())
                .sum())
        .isEqualTo(11090);
    assertThat(
            detox.stream()
                .filter(d -> d.id().startsWith("dev-"))
                .mapToInt(d -> d.neutral().size())
                .sum())
        .isEqualTo(1116);
    List<BinaryText> appropriateness = data().ruAppropriateness();
    assertThat(appropriateness).hasSize(2 * 8207);
    assertThat(appropriateness.stream().filter(BinaryText::positive).count())
        .isEqualTo(1836 + 1821);
    List<MultiLabelText> topics = data().ruSensitiveTopics();
    assertThat(topics).hasSize(1156 + 1017);
    assertThat(
            topics.stream().filter(t -> t.id().startsWith("test-") && t.labels().isEmpty()).count())
        .isEqualTo(188);
  }

  @Test
  void exportWritesEngineInputAndLabels(@TempDir Path dir) throws IOException {
    ClusteringSet s = data().kurskAppeals();
    ClusteringSetExporter.Exported f = ClusteringSetExporter.export(s, dir);
    try (voxpop.io.AppealReader r =
        voxpop.io.AppealReader.open(f.appeals(), voxpop.io.ReadOptions.defaults())) {
      int n = 0;
      for (voxpop.model.Appeal a; (a = r.next()) != null; n++) {
        assertThat(a.text()).isEqualTo(s.texts().get(n).text());
      }
      assertThat(n).isEqualTo(2000);
      assertThat(r.summary().skipped()).isZero();
    }
    assertThat(Files.readAllLines(f.labels()))
        .hasSize(2001)
        .first()
        .isEqualTo("appeal_id,theme,subtheme");
  }

  @Test
  void missingFolderIsAPreciseError(@TempDir Path empty) {
    assertThatThrownBy(() -> new DataSets(empty).kurskAppeals())
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("data set kursk-appeals is missing train_dataset_train.csv");
    assertThatThrownBy(() -> new DataSets(empty).clustering("stackoverflow"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown clustering set 'stackoverflow'; known: kursk-appeals");
  }

  private static long count(List<TextPair> pairs, String label) {
    return pairs.stream().filter(p -> p.label().equals(label)).count();
  }

  private static void assertSet(ClusteringSet s, int rows, int labels) {
    assertThat(s.texts()).as(s.name()).hasSize(rows);
    assertThat(s.labels()).as(s.name()).hasSize(labels);
    assertThat(s.coarseLabels()).as(s.name()).isEqualTo(s.labels());
    assertThat(s.texts().stream().map(LabelledText::id).distinct().count()).isEqualTo(rows);
  }
}
