package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import voxpop.model.Language;

class LanguageDetectorTest {

  @Test
  void emptyNullAndLetterlessAreOther() {
    assertThat(LanguageDetector.detect("")).isEqualTo(Language.OTHER);
    assertThat(LanguageDetector.detect(null)).isEqualTo(Language.OTHER);
    assertThat(LanguageDetector.detect("123 456 ?!")).isEqualTo(Language.OTHER);
    assertThat(LanguageDetector.detect("😀😀")).isEqualTo(Language.OTHER);
  }

  @Test
  void singleLetters() {
    assertThat(LanguageDetector.detect("ы")).isEqualTo(Language.RU);
    assertThat(LanguageDetector.detect("ї")).isEqualTo(Language.UK);
    assertThat(LanguageDetector.detect("a")).isEqualTo(Language.EN);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Когда пенсии?|RU",
        "Почему не работает лифт в доме?|RU",
        "Когда откроют Київ|RU",
        "Здравствуйте, Владимир Владимирович! Что будет с ценами на бензин?|RU",
        "ДОРОГИ В ДЕРЕВНЕ НЕ ЧИСТЯТ|RU",
        "Коли буде газ у селі?|UK",
        "Чому не працює?|UK",
        "Де взяти ліки для матері?|UK",
        "Добрий день, скажiть будь ласка коли пенсiя|UK",
        "Why is my card declined?|EN",
        "When will the pensions be indexed?|EN",
        "Ok lar... Joking wif u oni...|EN",
        "Wie geht es dir und ich bin hier|OTHER",
        "Je ne sais pas pourquoi et avec qui|OTHER",
        "Сәлеметсіз бе қалайсыз|OTHER",
        "Добры дзень, як справы ў вас і ў іх сям'і|OTHER",
        "你好吗 我很好|OTHER",
        "Почему WhatsApp и Telegram работают плохо?|RU",
      })
  void detects(String text, Language expected) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }

  @Test
  void readsOnlyTheFirstCharactersOfAVeryLongText() {
    String longRussian = "Почему нет газа в деревне? ".repeat(200);
    assertThat(LanguageDetector.detect(longRussian + "the and of is")).isEqualTo(Language.RU);
  }
}
