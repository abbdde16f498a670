package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import voxpop.eval.data.BinaryText;
import voxpop.eval.data.DataSets;
import voxpop.eval.data.DetoxText;
import voxpop.eval.data.LabelledText;
import voxpop.model.Language;

/**
 * Accuracy of the language detector on the real sets of {@code ../shared/data}, whose language is
 * known per set (every row counts, misread ones included). Skipped, with the reason, when the sets
 * are absent. The figures are printed for {@code docs/screening.md}.
 */
class LanguageDetectorRealDataTest {
  private static DataSets data;

  @BeforeAll
  static void locate() {
    Optional<Path> root = DataSets.sharedRoot();
    assumeTrue(
        root.isPresent(),
        "the real data sets are absent: set " + DataSets.ENV + " to the shared/data folder");
    data = new DataSets(root.get());
  }

  @Test
  void russianSets() throws IOException {
    List<String> kursk = new ArrayList<>();
    data.kurskAppeals().texts().forEach(t -> kursk.add(t.text()));
    data.kurskAppealsTest().forEach(t -> kursk.add(t.text()));
    List<String> troitsk = data.troitsk().stream().map(LabelledText::text).toList();
    List<String> detox = new ArrayList<>();
    for (DetoxText d : data.ruParadetox()) {
      detox.add(d.toxic());
      detox.addAll(d.neutral());
    }
    assertThat(accuracy("kursk-appeals", kursk, Language.RU)).isGreaterThanOrEqualTo(0.995);
    assertThat(accuracy("troitsk-appeals", troitsk, Language.RU)).isGreaterThanOrEqualTo(0.995);
    assertThat(accuracy("ru-paradetox", detox, Language.RU)).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void englishSets() throws IOException {
    List<String> sms = data.smsSpam().stream().map(BinaryText::text).toList();
    List<String> banking = data.banking77().texts().stream().map(LabelledText::text).toList();
    List<String> clinc = data.clinc150().texts().stream().map(LabelledText::text).toList();
    List<String> agnews = data.agNews().texts().stream().map(LabelledText::text).toList();
    assertThat(accuracy("en-sms-spam-uci", sms, Language.EN)).isGreaterThanOrEqualTo(0.95);
    assertThat(accuracy("en-banking77", banking, Language.EN)).isGreaterThanOrEqualTo(0.99);
    assertThat(accuracy("en-clinc150", clinc, Language.EN)).isGreaterThanOrEqualTo(0.99);
    assertThat(accuracy("ag-news", agnews, Language.EN)).isGreaterThanOrEqualTo(0.99);
  }

  private static double accuracy(String set, List<String> texts, Language expected) {
    Map<Language, Integer> got = new EnumMap<>(Language.class);
    for (String t : texts) {
      got.merge(LanguageDetector.detect(TextNormalizer.normalize(t)), 1, Integer::sum);
    }
    double acc = got.getOrDefault(expected, 0) / (double) texts.size();
    System.out.printf(
        Locale.ROOT, "language %s: %.4f %s of %d (%s)%n", set, acc, expected, texts.size(), got);
    return acc;
  }
}
