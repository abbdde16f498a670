package voxpop.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;

class KMeansBaselineTest {
  /** Words split on spaces stand in for stems. */
  private static TermDocs docs(String... texts) {
    Language[] languages = new Language[texts.length];
    Arrays.fill(languages, Language.EN);
    return new TermDocsBuilder(
            (text, language, sink) -> {
              for (String w : text.split(" ")) {
                if (!w.isEmpty()) {
                  sink.accept(w);
                }
              }
            })
        .build(List.of(texts), languages, 1);
  }

  @Test
  void noDocumentsGiveNoClusters() {
    assertThat(KMeansBaseline.cluster(docs(), 3, 1)).isEmpty();
  }

  @Test
  void oneDocumentIsClusterZero() {
    assertThat(KMeansBaseline.cluster(docs("pension rise"), 3, 1)).containsExactly(0);
  }

  @Test
  void aDocumentWithoutStemsIsLeftOut() {
    assertThat(KMeansBaseline.cluster(docs("", "road repair", "road holes"), 2, 1)).startsWith(-1);
  }

  @Test
  void separatesGroupsWithDisjointWords() {
    int[] c =
        KMeansBaseline.cluster(
            docs(
                "road repair asphalt",
                "gas pipe village",
                "road holes asphalt",
                "gas connection village",
                "school teacher salary",
                "road asphalt holes repair",
                "school teacher class",
                "gas pipe connection"),
            3,
            42);
    assertThat(new int[] {c[0], c[2], c[5]}).containsOnly(c[0]);
    assertThat(new int[] {c[1], c[3], c[7]}).containsOnly(c[1]);
    assertThat(new int[] {c[4], c[6]}).containsOnly(c[4]);
    assertThat(new int[] {c[0], c[1], c[4]}).doesNotHaveDuplicates();
  }

  @Test
  void theSameSeedGivesTheSameClusters() {
    SplittableRandom random = new SplittableRandom(5);
    String[] texts = new String[300];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 6; w++) {
        sb.append('w').append(random.nextInt(60)).append(' ');
      }
      texts[i] = sb.toString();
    }
    TermDocs d = docs(texts);
    assertThat(KMeansBaseline.cluster(d, 7, 11)).containsExactly(KMeansBaseline.cluster(d, 7, 11));
    assertThat(Arrays.stream(KMeansBaseline.cluster(d, 7, 11))).allMatch(c -> c >= 0 && c < 7);
  }

  @Test
  void rejectsKBelowOne() {
    assertThatThrownBy(() -> KMeansBaseline.cluster(docs("a b"), 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be >= 1, was 0");
  }
}
