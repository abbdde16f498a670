package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;

class TermExtractorTest {
  private static final TermExtractor EXTRACTOR = new TermExtractor();

  /** "position:surface/stem" for each content word. */
  private static List<String> terms(String text, Language lang) {
    List<String> out = new ArrayList<>();
    EXTRACTOR.extract(text, lang, (p, s, st) -> out.add(p + ":" + s + "/" + st));
    return out;
  }

  @Test
  void emptyAndNullEmitNothing() {
    assertThat(terms("", Language.RU)).isEmpty();
    assertThat(terms(null, Language.RU)).isEmpty();
    assertThat(terms("?! 2024 …", Language.RU)).isEmpty();
  }

  @Test
  void singleWord() {
    assertThat(terms("Пенсии", Language.RU)).containsExactly("0:пенсии/пенс");
  }

  @Test
  void russianDropsFillersAndKeepsPositions() {
    assertThat(
            terms(
                "Здравствуйте, Владимир Владимирович! Когда будет индексация пенсий работающим"
                    + " пенсионерам?",
                Language.RU))
        .containsExactly(
            "5:индексация/индексац",
            "6:пенсий/пенс",
            "7:работающим/работа",
            "8:пенсионерам/пенсионер");
  }

  @Test
  void russianKeepsTheCityOfVladimirAndTheWordDay() {
    assertThat(terms("Добрый день. Город Владимир, день победы", Language.RU))
        .containsExactly("2:город/город", "3:владимир/владимир", "4:день/ден", "5:победы/побед");
  }

  @Test
  void russianFoldsYoAndCutsParticles() {
    assertThat(terms("Ёлки какие-то зелёные", Language.RU))
        .containsExactly("0:елки/елк", "2:зеленые/зелен");
  }

  @Test
  void questionFillersAreDroppedInEveryForm() {
    assertThat(terms("Вопрос о вопросах: скажите пожалуйста, почему вопросом", Language.RU))
        .isEmpty();
  }

  @Test
  void hyphenatedWordsStayWholeAndNumbersAreCounted() {
    assertThat(terms("В 2024 году Санкт-Петербург и COVID-19", Language.RU))
        .containsExactly("2:году/год", "3:санкт-петербург/санкт-петербург", "5:covid-19/covid-19");
  }

  @Test
  void latinWordsInRussianTextGetTheEnglishStemmer() {
    assertThat(terms("не работает WhatsApp apps", Language.RU))
        .containsExactly("1:работает/работа", "2:whatsapp/whatsapp", "3:apps/app");
  }

  @Test
  void english() {
    assertThat(
            terms(
                "Hello Mr President, why are pensions for working pensioners not indexed? Thank"
                    + " you",
                Language.EN))
        .containsExactly(
            "5:pensions/pension", "7:working/work", "8:pensioners/pension", "10:indexed/index");
  }

  @Test
  void ukrainianUsesDictionaryLemmas() {
    assertThat(
            terms("Добрий день! Коли буде індексація пенсій працюючим пенсіонерам?", Language.UK))
        .containsExactly(
            "4:індексація/індексація",
            "5:пенсій/пенсія",
            "6:працюючим/працюючий",
            "7:пенсіонерам/пенсіонер");
  }

  @Test
  void ukrainianApostrophesAreOneWord() {
    assertThat(terms("м’ясо подорожчало", Language.UK)).first().asString().startsWith("0:м'ясо/");
  }

  @Test
  void otherLanguageKeepsSurfaces() {
    assertThat(terms("Qazaqstan jolдары", Language.OTHER))
        .containsExactly("0:qazaqstan/qazaqstan", "1:jolдары/jolдары");
  }

  @Test
  void surfacesAndStemsAreOnlyValidDuringTheCall() {
    List<CharSequence> kept = new ArrayList<>();
    EXTRACTOR.extract("газ дороги", Language.RU, (p, s, st) -> kept.add(s.toString()));
    assertThat(kept).containsExactly("газ", "дороги");
  }

  @Test
  void manyThreadsGetTheSameTerms() throws Exception {
    String text = "Почему растут тарифы на газ и электричество в деревнях Курской области?";
    List<String> expected = terms(text, Language.RU);
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> terms(text, Language.RU)));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    }
  }
}
