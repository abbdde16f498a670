package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;
import voxpop.pipeline.Engines;
import voxpop.terms.TermDocs;
import voxpop.terms.TermDocsBuilder;
import voxpop.terms.TermSource;

class LanguageBridgeTest {
  private static final TermSource TERMS = Engines.defaultTermSource();

  private static ThemeInput input(List<String> texts, Language... languages) {
    int[] weights = new int[texts.size()];
    Arrays.fill(weights, 1);
    TermDocs terms = new TermDocsBuilder(TERMS).build(texts, languages, 1);
    return new ThemeInput(texts, languages, weights, terms);
  }

  private static int id(ThemeInput in, String word, Language language) {
    StringBuilder stem = new StringBuilder();
    TERMS.stems(word, language, s -> stem.append(s));
    return in.terms().vocabulary().id(stem.toString());
  }

  @Test
  void englishAndUkrainianWordsStandForTheRussianStemOfTheSameWord() {
    ThemeInput in =
        input(
            List.of(
                "когда повысят пенсию работающим пенсионерам",
                "пенсия маленькая, прошу повысить пенсию",
                "When will the pension be raised?",
                "Коли підвищать пенсію?",
                "Прошу відремонтувати будинок"),
            Language.RU,
            Language.RU,
            Language.EN,
            Language.UK,
            Language.UK);
    int[] canonical = LanguageBridge.load(TERMS).canonical(in, new int[] {0, 1, 2, 3, 4});
    int russianPension = id(in, "пенсия", Language.RU);
    assertThat(russianPension).isNotNegative();
    assertThat(canonical[id(in, "pension", Language.EN)]).isEqualTo(russianPension);
    assertThat(canonical[id(in, "пенсія", Language.UK)]).isEqualTo(russianPension);
    assertThat(canonical[russianPension]).isEqualTo(russianPension);
    // No Russian question of the sample says "дом": the Ukrainian word keeps its own stem.
    int house = id(in, "будинок", Language.UK);
    assertThat(canonical[house]).isEqualTo(house);
  }

  @Test
  void bridgedStemsShareOneFeatureInTheRunAndForNewTexts() {
    ThemeInput in =
        input(
            List.of("пенсия маленькая", "индексация пенсии", "pension is too small"),
            Language.RU,
            Language.RU,
            Language.EN);
    int[] all = {0, 1, 2};
    int[] canonical = LanguageBridge.load(TERMS).canonical(in, all);
    StemFeatures f = StemFeatures.select(in.terms(), all, 1, 1.0, null, canonical, TERMS);
    int[] feats = new int[8];
    float[] weights = new float[8];
    int n = f.row(in.terms(), 2, feats, weights);
    StemFeatures.Row russian = f.row("пенсия", Language.RU);
    StemFeatures.Row english = f.row("pension", Language.EN);
    assertThat(russian.size()).isEqualTo(1);
    assertThat(english.size()).isEqualTo(1);
    assertThat(english.feats()[0]).isEqualTo(russian.feats()[0]);
    assertThat(Arrays.copyOf(feats, n)).contains(russian.feats()[0]);
  }

  @Test
  void aMinorityLanguagesUnbridgedStemsAreNoFeatures() {
    // One English question in ten: "status" has no Russian counterpart in the list, so it is
    // dropped rather than tying English questions of different matters to one another.
    ThemeInput in =
        input(
            List.of(
                "пенсия маленькая",
                "индексация пенсии",
                "ремонт дороги в селе",
                "дорога разбита",
                "газ в село",
                "газификация села",
                "тарифы растут",
                "тарифы на свет",
                "ямы на дороге",
                "keep the pension status"),
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.EN);
    int[] all = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] canonical = LanguageBridge.load(TERMS).canonical(in, all);
    int status = id(in, "status", Language.EN);
    assertThat(status).isNotNegative();
    assertThat(canonical[status]).isEqualTo(-1);
    assertThat(canonical[id(in, "pension", Language.EN)]).isEqualTo(id(in, "пенсия", Language.RU));
    StemFeatures f = StemFeatures.select(in.terms(), all, 1, 1.0, null, canonical, TERMS);
    assertThat(f.row("status", Language.EN).size()).isZero();
    int[] feats = new int[8];
    float[] weights = new float[8];
    assertThat(f.row(in.terms(), 9, feats, weights)).isEqualTo(1);
  }

  @Test
  void aLanguageOfAFifthOrMoreKeepsItsOwnStems() {
    ThemeInput in =
        input(
            List.of("пенсия маленькая", "keep the pension status", "status of veterans"),
            Language.RU,
            Language.EN,
            Language.EN);
    int[] canonical = LanguageBridge.load(TERMS).canonical(in, new int[] {0, 1, 2});
    int status = id(in, "status", Language.EN);
    assertThat(canonical[status]).isEqualTo(status);
  }

  @Test
  void theBuiltInListsResolveThroughTheAnalyzers() {
    LanguageBridge bridge = LanguageBridge.load(TERMS);
    assertThat(bridge.entries(Language.EN)).isGreaterThan(200);
    assertThat(bridge.entries(Language.UK)).isGreaterThan(100);
  }
}
