package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;

class PhraseLabellerTest {
  private final PhraseLabeller labeller = new PhraseLabeller(new SimpleTerms());

  @Test
  void candidatesAreContiguousSurfacePhrasesKeyedByStems() {
    String[][] phrases = labeller.phrases("Ремонт дорог, ямы на дорогах", Language.RU, 3);

    assertThat(java.util.Arrays.stream(phrases).map(p -> p[0] + "=" + p[1]))
        .containsExactly(
            "ремонт=ремонт",
            "ремонт дорог=ремонт дорог",
            "дорог=дорог",
            "ямы=ямы",
            "ямы дорога=ямы на дорогах",
            "дорога=дорогах");
  }

  @Test
  void aTextWithoutContentWordsHasNoPhrases() {
    assertThat(labeller.phrases("", Language.RU, 4)).isEmpty();
    assertThat(labeller.phrases("и в на", Language.RU, 4)).isEmpty();
  }

  @Test
  void abbreviationsKeepTheirCapitals() {
    assertThat(PhraseLabeller.surface("Тарифы ЖКХ  ВЫРОСЛИ", 0, 19))
        .isEqualTo("тарифы ЖКХ выросли");
  }

  @Test
  void labelsPreferTheDistinctivePhraseOfEachGroup() {
    List<String> texts =
        List.of(
            "тарифы ЖКХ выросли снова",
            "тарифы ЖКХ выросли опять",
            "почему тарифы ЖКХ выросли",
            "детский сад очередь большая",
            "очередь в детский сад",
            "детский сад нет мест");
    ThemeInput input = SimpleTerms.input(texts);
    int[] groupOf = {0, 0, 0, 1, 1, 1};
    try (Workers w = new Workers(1)) {
      FitContext ctx =
          new FitContext(
              ThemeParams.defaults(), 1, new SimpleTerms(), null, w, ThemeRequest.Progress.NONE);
      Labeller.Labels labels = labeller.label(input, groupOf, new int[] {0, 1}, 2, ctx);

      assertThat(labels.subthemes().get(0)).containsExactly("тарифы ЖКХ выросли");
      assertThat(labels.subthemes().get(1).getFirst()).isEqualTo("детский сад");
      assertThat(labels.themes()).isEqualTo(labels.subthemes());
    }
  }

  private static Labeller.Labels labelOneGroup(PhraseLabeller labeller, List<String> texts) {
    ThemeInput input = SimpleTerms.input(texts);
    try (Workers w = new Workers(1)) {
      FitContext ctx =
          new FitContext(
              ThemeParams.defaults(), 1, new SimpleTerms(), null, w, ThemeRequest.Progress.NONE);
      return labeller.label(input, new int[texts.size()], new int[] {0}, 1, ctx);
    }
  }

  @Test
  void theLabelIsShownWithItsHeadInTheNominative() {
    Labeller.Labels labels =
        labelOneGroup(
            labeller,
            List.of(
                "вернуть индексацию пенсий",
                "когда индексацию пенсий вернут",
                "индексация пенсий"));

    assertThat(labels.themes().getFirst().getFirst()).isEqualTo("индексация пенсий");
  }

  @Test
  void aLoneVerbDoesNotNameATheme() {
    Labeller.Labels labels =
        labelOneGroup(
            labeller,
            List.of("прошло полгода выплаты нет", "прошло три месяца, выплаты нет", "прошло"));

    assertThat(labels.themes().getFirst().getFirst()).isEqualTo("выплаты нет");
    assertThat(labels.themes().getFirst()).doesNotContain("прошло");
  }
}
