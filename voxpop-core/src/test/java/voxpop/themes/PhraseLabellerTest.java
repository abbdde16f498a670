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
    return labelOneGroup(labeller, SimpleTerms.input(texts));
  }

  /** Labels every question of {@code input} as one sub-theme of one theme. */
  private static Labeller.Labels labelOneGroup(PhraseLabeller labeller, ThemeInput input) {
    try (Workers w = new Workers(1)) {
      FitContext ctx =
          new FitContext(
              ThemeParams.defaults(), 1, new SimpleTerms(), null, w, ThemeRequest.Progress.NONE);
      return labeller.label(input, new int[input.size()], new int[] {0}, 1, ctx);
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
  void aLabelHoldsNoNumber() {
    Labeller.Labels labels =
        labelOneGroup(
            labeller,
            List.of(
                "бараки 1962 года постройки",
                "бараки 1962 года",
                "расселить бараки 1962 года",
                "бараки без удобств"));

    assertThat(labels.themes().getFirst().getFirst()).isEqualTo("бараки");
    assertThat(labels.themes().getFirst()).noneMatch(PhraseLabeller::holdsNumber);
  }

  @Test
  void aWordOfDigitsAloneIsANumberButALetteredCodeIsNot() {
    assertThat(PhraseLabeller.holdsNumber("бараки 1962 года")).isTrue();
    assertThat(PhraseLabeller.holdsNumber("подвал дома 116")).isTrue();
    assertThat(PhraseLabeller.holdsNumber("вышки 5G")).isFalse();
    assertThat(PhraseLabeller.holdsNumber("COVID-19 и больницы")).isFalse();
    assertThat(PhraseLabeller.holdsNumber("")).isFalse();
    assertThat(PhraseLabeller.holdsNumber(null)).isFalse();
  }

  @Test
  void aPhraseThatStartsWithAWordOfMeasureIsNoLabel() {
    Labeller.Labels labels =
        labelOneGroup(
            labeller,
            List.of(
                "муж пропал месяц назад",
                "сын пропал месяц назад, нет связи",
                "месяц назад пропал без вести",
                "нет связи, пропал без вести"));

    assertThat(labels.themes().getFirst())
        .noneMatch(l -> l.startsWith("месяц") || l.startsWith("назад"));
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

  /**
   * Closer to the run's analysis than {@link SimpleTerms}: prepositions are stop words and the stem
   * drops one case ending, so "дорога", "дороги" and "дорогу" share a stem.
   */
  private static final java.util.Set<String> MORE_STOP =
      java.util.Set.of("после", "к", "за", "с", "для", "из", "до", "у", "о", "без", "нет");

  private static final List<String> ENDINGS =
      List.of(
          "ия", "ии", "ий", "ию", "ами", "ями", "ой", "ом", "ей", "ов", "ах", "ях", "ы", "и", "а",
          "я", "у", "ю", "е", "о");

  private static final PhraseLabeller ENDING_STEMS =
      new PhraseLabeller(
          (text, language, sink) ->
              new SimpleTerms()
                  .tokens(
                      text,
                      language,
                      (position, surface, stem) -> {
                        String w = surface.toString().toLowerCase(java.util.Locale.ROOT);
                        if (MORE_STOP.contains(w)) {
                          return;
                        }
                        String st = w;
                        for (String end : ENDINGS) {
                          if (w.length() > end.length() + 2 && w.endsWith(end)) {
                            st = w.substring(0, w.length() - end.length());
                            break;
                          }
                        }
                        sink.accept(position, surface, st);
                      }));

  private static Labeller.Labels label(List<String> texts, int[] groupOf, int[] themeOf) {
    ThemeInput input = SimpleTerms.input(texts);
    try (Workers w = new Workers(1)) {
      FitContext ctx =
          new FitContext(
              ThemeParams.defaults(), 1, new SimpleTerms(), null, w, ThemeRequest.Progress.NONE);
      int themes = java.util.Arrays.stream(themeOf).max().orElse(-1) + 1;
      return ENDING_STEMS.label(input, groupOf, themeOf, themes, ctx);
    }
  }

  @Test
  void aLabelDoesNotStartWithAWordThatAPrepositionGoverns() {
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "после каждой зимы дороги разбиты",
                "почему после каждой зимы дороги разбиты",
                "после каждой зимы дороги как после бомбёжки",
                "отремонтировать дороги разбиты",
                "ямы"));

    assertThat(labels.subthemes().getFirst().getFirst())
        .startsWith("дорог")
        .isNotEqualTo("зимы дороги");
  }

  @Test
  void theDemandNamesASubThemeWhenNoNounPhraseComesClose() {
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "просим заасфальтировать дорогу в селе",
                "когда заасфальтировать дорогу в селе",
                "надо заасфальтировать дорогу в селе",
                "заасфальтировать дорогу в селе обещали",
                "нет асфальтированной дороги",
                "нет асфальтированной дороги совсем",
                "асфальтированной дороги нет"));

    assertThat(labels.subthemes().getFirst().getFirst())
        .isEqualTo("заасфальтировать дорогу в селе");
    assertThat(labels.themes().getFirst().getFirst()).doesNotStartWith("заасфальтировать");
  }

  @Test
  void anAdverbialInstrumentalDoesNotStartALabel() {
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "весной к селу не проехать, скорая помощь не доедет",
                "весной к селу не проехать, скорая помощь застревает",
                "весной к селу скорая помощь не может проехать",
                "весной к селу не проехать"));

    assertThat(labels.subthemes().getFirst().getFirst()).doesNotStartWith("весной");
  }

  @Test
  void aThemeIsNamedByItsTopicalWordNotByAGenericOneItsSubThemesShare() {
    List<String> texts =
        List.of(
            "ребёнка записать к врачу не можем",
            "врач принимает ребёнка раз в месяц",
            "врач не пришёл, ребёнка не осмотрели",
            "ребёнка не лечат дома",
            "ребёнка возят в город",
            "ребёнка некому осмотреть",
            "ребёнка не берут в сад",
            "ребёнка в школу возить далеко",
            "ребёнка не взяли в кружок",
            "ребёнка некуда деть летом");
    int[] groupOf = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
    int[] themeOf = {0, 0, 1};

    Labeller.Labels labels = label(texts, groupOf, themeOf);

    assertThat(labels.themes().getFirst().getFirst()).startsWith("врач");
  }

  @Test
  void aTypoIsTheMostWrittenFormLessOneLetter() {
    assertThat(PhraseLabeller.oneLetterShort("паводк", "паводка")).isTrue();
    assertThat(PhraseLabeller.oneLetterShort("пводка", "паводка")).isTrue();
    assertThat(PhraseLabeller.oneLetterShort("поликлиника", "поликлинику")).isFalse();
    assertThat(PhraseLabeller.oneLetterShort("паводка", "паводка")).isFalse();
    assertThat(PhraseLabeller.oneLetterShort("", "а")).isTrue();
  }

  @Test
  void aWordOfMeasureAloneNamesNoTheme() {
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "скорая ехала час",
                "скорую ждали час",
                "час ждали скорую",
                "час на морозе",
                "скорая помощь не приехала",
                "скорая помощь опоздала",
                "вызвали скорую помощь",
                "час прошёл"));

    assertThat(labels.themes().getFirst().getFirst()).isNotEqualTo("час").contains("скор");
  }

  @Test
  void aTypoThatLooksLikeTheNominativeIsNotShown() {
    // "паводк" (a letter dropped) reads as a bare masculine nominative; written once among forty
    // "паводка", it must not become the label, which would show the stem itself.
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add("паводка последствия " + (i % 2 == 0 ? "дома" : "имущество"));
    }
    texts.add("паводк последствия дома");
    Labeller.Labels labels = labelOneGroup(ENDING_STEMS, texts);

    assertThat(labels.themes().getFirst())
        .noneMatch(phrase -> java.util.Arrays.asList(phrase.split(" ")).contains("паводк"));
    assertThat(labels.themes().getFirst().getFirst()).contains("паводка");
  }

  @Test
  void aThemeLabelTakesTheNounPhraseMostOfItsWordsSit() {
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "вернуть индексация пенсий",
                "когда индексация пенсий вернут",
                "индексация пенсий нужна",
                "индексация пенсии работающим",
                "без индексации живём",
                "индексации нет восемь лет",
                "индексации ждём давно",
                "где индексации",
                "индексации хотим"));

    assertThat(labels.themes().getFirst().getFirst()).isEqualTo("индексация пенсий");
  }

  private static Labeller.Labels labelOneGroup(List<String> texts, Language... languages) {
    int[] weights = new int[texts.size()];
    java.util.Arrays.fill(weights, 1);
    return labelOneGroup(
        ENDING_STEMS,
        new ThemeInput(
            texts,
            languages,
            weights,
            new voxpop.terms.TermDocsBuilder(new SimpleTerms()).build(texts, languages, 1)));
  }

  @Test
  void aThemeIsShownInTheFormsOfItsOwnLanguage() {
    // The stems of "продукты" and the Ukrainian "продукти" meet; the Ukrainian form is the surer
    // nominative by its ending, but a theme asked in Russian must say "продукты".
    Labeller.Labels labels =
        labelOneGroup(
            List.of(
                "продукты в магазине",
                "цены на продукты",
                "продукты и цены",
                "магазин и продукты",
                "продукти в магазині",
                "ціни на продукти"),
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.UK,
            Language.UK);

    assertThat(labels.themes().getFirst())
        .contains("продукты")
        .noneMatch(l -> l.contains("продукти"));
  }

  @Test
  void aMinorityLanguageWordIsNoLabelOfTheTheme() {
    Labeller.Labels labels =
        labelOneGroup(
            List.of(
                "тарифы ЖКХ выросли",
                "тарифы ЖКХ выросли снова",
                "почему тарифы ЖКХ выросли",
                "тарифы на воду выросли",
                "тарифы ЖКХ растут",
                "utility tariffs town",
                "tariffs in our town"),
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.RU,
            Language.EN,
            Language.EN);

    assertThat(labels.themes().getFirst())
        .isNotEmpty()
        .noneMatch(l -> l.contains("town") || l.contains("tariffs"));
  }

  @Test
  void aLoneObliqueWordIsNamedWithTheNounThatGovernsIt() {
    // "губернатора" is a clear genitive (the stem is also written "-ом") and the sample has no
    // nominative to put it in; a quarter of its occurrences say whose: "обещания губернатора".
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "обещания губернатора не выполнены",
                "обещания губернатора забыли",
                "письмо губернатора",
                "губернатора нет",
                "встреча с губернатором",
                "губернатора сняли",
                "губернатора ждём",
                "губернатора просим"));

    assertThat(labels.themes().getFirst().getFirst()).isEqualTo("обещания губернатора");
  }

  @Test
  void aPlaceIsAThemesKeyPhraseButNotItsHeadline() {
    Labeller.Labels labels =
        labelOneGroup(
            ENDING_STEMS,
            List.of(
                "затопило дом в Благовещенске",
                "в Благовещенске паводок дом затопило",
                "Благовещенск затопило",
                "помогите Благовещенску",
                "дом в Благовещенске затопило водой",
                "паводок дом затопило"));

    assertThat(labels.themes().getFirst().getFirst()).isNotEqualTo("благовещенск");
    assertThat(labels.themes().getFirst()).contains("благовещенск");
    assertThat(labels.subthemes().getFirst().getFirst()).isEqualTo("благовещенск");
    assertThat(PhraseLabeller.capitalisedInside("дом в Благовещенске", 6)).isTrue();
    assertThat(PhraseLabeller.capitalisedInside("Вода. Благовещенск", 6)).isFalse();
    assertThat(PhraseLabeller.capitalisedInside("вопрос про ЖКХ", 11)).isFalse();
  }
}
