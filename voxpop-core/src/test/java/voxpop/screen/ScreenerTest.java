package voxpop.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.model.Verdict;
import voxpop.params.Params;

class ScreenerTest {
  private static final Screener SCREENER = Screener.withDefaults();

  private static String appeal(String text) {
    return SCREENER.screenAppeal(text, Language.RU).reason();
  }

  private static String question(String text) {
    return SCREENER.screenQuestion(text, Language.RU).reason();
  }

  @Test
  void emptyAndSingleCharacter() {
    assertThat(SCREENER.screenAppeal("", Language.RU))
        .isEqualTo(new Screening(Verdict.EMPTY, "empty"));
    assertThat(SCREENER.screenAppeal(null, Language.RU).verdict()).isEqualTo(Verdict.EMPTY);
    assertThat(SCREENER.screenQuestion("", Language.RU).verdict()).isEqualTo(Verdict.EMPTY);
    assertThat(appeal("Я")).isEqualTo("gibberish.no_words");
    assertThat(question("Я")).isEqualTo("too_short");
  }

  @ParameterizedTest
  @ValueSource(strings = {"…", "?", "?!", "😀😀😀", "- - -", "((("})
  void noLetterOrDigitIsEmpty(String text) {
    assertThat(appeal(text)).isEqualTo("empty");
    assertThat(question(text)).isEqualTo("empty");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Когда пенсии?",
        "Почему вздорожала страховка?",
        "Надо употреблять меньше сахара, а цены растут",
        "Почему нас оскорблять можно, а нам нельзя?",
        "Хулиганы разбили остановку",
        "Сколько рубля стоит сукно?",
        "Застрахуйте дома от паводка",
        "Мой телефон 89001234567, перезвоните, почему нет газа?",
        "Вот статья https://ria.ru/20240101/gaz.html почему так?",
        "Пенсия 15000 руб, а квартплата 8000 руб, как жить?",
        "Вебинар для учителей отменили, почему?",
        "Педиатра в поликлинике нет полгода",
        "Когда восстановят Херсон?",
        "Мудрые решения нужны в Скунсово",
        "Scunthorpe Assistant manager asks about tax",
        "Уродливые дома в центре снесут?",
        "Почему усугубляется ситуация с дорогами?",
        "Обрезать большой сук над тротуаром",
        "K…k:)where are you?",
        "Merry Christmas to you too babe, i love ya *kisses*",
        "Hmm … Bits and pieces lol … *sighs* …",
        "No…but heard abt tat…",
        "Yes…he is really great…bhaji told kallis best cricketer",
        "Спасибо *улыбается* ждём ответа",
      })
  void ordinaryQuestionsPass(String text) {
    assertThat(appeal(text)).isEqualTo("ok");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Какого хуя нет газа?|abuse.obscene",
        "Х*й вам а не пенсия|abuse.obscene",
        "хуууууй|abuse.obscene",
        "п@зда полная с дорогами|abuse.obscene",
        "пиздец какой-то|abuse.obscene",
        "ПИЗДЕЦ|abuse.obscene",
        "заебали с тарифами|abuse.obscene",
        "долбоёбы в администрации|abuse.obscene",
        "нахуй такие дороги|abuse.obscene",
        "бля опять отключили воду|abuse.obscene",
        "xуйня а не ремонт|abuse.obscene",
        "х у й вам|abuse.obscene",
        "дер…мо а не дороги|abuse.obscene",
        "п***ц какой-то|abuse.obscene",
        "what the fuck is this|abuse.obscene",
        "this is bullshit|abuse.obscene",
        "Вы дебилы там все|abuse.insult",
        "мрази и ублюдки|abuse.insult",
        "Депутаты идиоты|abuse.insult",
        "ты тварь|abuse.insult",
        "закрой рот|abuse.insult",
        "you are an idiot|abuse.insult",
      })
  void abuse(String text, String reason) {
    assertThat(appeal(text)).isEqualTo(reason);
  }

  @Test
  void aLongComplaintWithOneInsultIsAcceptedAsRude() {
    String complaint =
        "Здравствуйте. Уже третий год во дворе нашего дома по улице Садовой стоит огромная лужа,"
            + " машины проезжают и обливают детей, которые идут в школу. Управляющая компания"
            + " отвечает отписками, приезжали смотреть два раза, обещали поднять асфальт и сделать"
            + " ливнёвку, но ничего не сделали. Какие-то отморозки ещё и ездят по тротуару."
            + " Просим вас помочь и проверить работу управляющей компании.";
    assertThat(SCREENER.screenAppeal(complaint, Language.RU)).isEqualTo(Screener.RUDE);
  }

  @Test
  void insultsCanBeLetThrough() {
    Screener lenient =
        new Screener(Params.defaults(Screener.parameters()).with(Map.of("flagInsults", "false")));
    assertThat(lenient.screenAppeal("Депутаты идиоты", Language.RU).reason()).isEqualTo("ok");
    assertThat(lenient.screenAppeal("Депутаты долбоёбы", Language.RU).reason())
        .isEqualTo("abuse.obscene");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Заработок от 5000 руб в день без вложений, пиши в лс|spam.advertising",
        "Пассивный доход от 100 000 в месяц, подробности в телеграм|spam.advertising",
        "Онлайн казино, фриспины за регистрацию, промокод BONUS|spam.advertising",
        "Переходи по ссылке bit.ly/abc123|spam.link",
        "https://t.me/earnmoney|spam.link",
        "Кредит без отказа и без справок, звоните 8-800-555-35-35|spam.advertising",
        "Продам гараж недорого, пишите @garage_seller|spam.advertising",
        "FREE entry! Txt WIN to 87121 to claim your £1000 prize|spam.advertising",
        "You have 1 new voicemail. Please call 09058094597|spam.contact",
      })
  void spam(String text, String reason) {
    assertThat(appeal(text)).isEqualTo(reason);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ывапролд|gibberish.keyboard",
        "qwerty asdf|gibberish.keyboard",
        "фывафыва|gibberish.keyboard",
        "ааааааааа|gibberish.keyboard",
        "пвкпрцкмт ждлтврсн|gibberish.random",
        "ьъыйц ъьо|gibberish.random",
        "123 456 789|gibberish.no_words",
        "а б в г|gibberish.no_words",
      })
  void gibberish(String text, String reason) {
    assertThat(appeal(text)).isEqualTo(reason);
  }

  @Test
  void oneMashedWordInARealQuestionIsNotGibberish() {
    assertThat(appeal("Почему ывапр пенсия такая маленькая?")).isEqualTo("ok");
  }

  @Test
  void questionsAreScreenedForLengthAndGibberishOnly() {
    assertThat(question("Когда пенсии?")).isEqualTo("ok");
    assertThat(question("Газ?")).isEqualTo("too_short");
    assertThat(question("Почему?")).isEqualTo("too_short");
    assertThat(question("фывафывафыва")).isEqualTo("gibberish.keyboard");
    assertThat(question("Заработок без вложений, пиши в лс")).isEqualTo("ok");
  }

  @Test
  void theLengthThresholdIsAParameter() {
    Screener strict =
        new Screener(
            Params.defaults(Screener.parameters()).with(Map.of("minQuestionLetters", "20")));
    assertThat(strict.screenQuestion("Когда пенсии?", Language.RU).reason()).isEqualTo("too_short");
  }

  @Test
  void parametersAreDeclaredWithDescriptionsAndRanges() {
    assertThat(Screener.parameters())
        .extracting(p -> p.name())
        .containsExactly(
            "minQuestionLetters",
            "spamThreshold",
            "flagInsults",
            "rudeAppealWords",
            "gibberishShare");
    assertThat(Screener.parameters()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
    Params defaults = Params.defaults(Screener.parameters());
    assertThatThrownBy(() -> defaults.with(Map.of("minQuestionLetter", "5")))
        .hasMessageStartingWith("Unknown parameter: minQuestionLetter");
    assertThatThrownBy(() -> defaults.with(Map.of("spamThreshold", "0")))
        .hasMessageContaining("outside");
  }

  @Test
  void aParamsWithoutScreeningParametersIsRejected() {
    assertThatThrownBy(() -> new Screener(Params.defaults(java.util.List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minQuestionLetters");
  }
}
