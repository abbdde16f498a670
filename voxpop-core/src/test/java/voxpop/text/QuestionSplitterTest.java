package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSplitterTest {

  @Test
  void emptyAndNullGiveOneEmptyQuestion() {
    assertThat(QuestionSplitter.split("")).containsExactly("");
    assertThat(QuestionSplitter.split(null)).containsExactly("");
  }

  @Test
  void singleQuestionStaysWhole() {
    assertThat(QuestionSplitter.split("Когда пенсии?")).containsExactly("Когда пенсии?");
  }

  @Test
  void contextBelongsToTheQuestionThatFollows() {
    String text = "Я пенсионерка из Курска. Почему не индексируют пенсию?";
    assertThat(QuestionSplitter.split(text)).containsExactly(text);
  }

  @Test
  void textWithoutQuestionMarkOrMarkersStaysWhole() {
    String text = "Прошу отремонтировать дорогу. Ямы по колено. Спасибо.";
    assertThat(QuestionSplitter.split(text)).containsExactly(text);
  }

  @Test
  void eachQuestionMarkClosesAQuestion() {
    assertThat(
            QuestionSplitter.split(
                "Почему нет газа в деревне? Мы живём в Ивановке. Когда отремонтируют дорогу?"))
        .containsExactly(
            "Почему нет газа в деревне?", "Мы живём в Ивановке. Когда отремонтируют дорогу?");
  }

  @Test
  void trailingTextJoinsTheLastQuestion() {
    assertThat(
            QuestionSplitter.split(
                "Почему нет газа? Когда будет дорога? Спасибо, Владимир Владимирович!"))
        .containsExactly("Почему нет газа?", "Когда будет дорога? Спасибо, Владимир Владимирович!");
  }

  @Test
  void threeQuestions() {
    assertThat(
            QuestionSplitter.split(
                "Когда повысят зарплату учителям? Почему дорожают лекарства?! Будет ли газ?"))
        .containsExactly(
            "Когда повысят зарплату учителям?", "Почему дорожают лекарства?!", "Будет ли газ?");
  }

  @Test
  void numberedItemsAtLineStartsSplit() {
    assertThat(QuestionSplitter.split("Вопросы:\n1. Газ в деревне Ивановка\n2. Дороги в городе"))
        .containsExactly("Вопросы:\n1. Газ в деревне Ивановка", "2. Дороги в городе");
  }

  @Test
  void numberedItemsWithBracketsSplitInline() {
    assertThat(
            QuestionSplitter.split(
                "Здравствуйте. 1) Когда починят дорогу 2) Почему нет света 3) Где автобус"))
        .containsExactly(
            "Здравствуйте. 1) Когда починят дорогу", "2) Почему нет света", "3) Где автобус");
  }

  @Test
  void numbersOutOfSequenceDoNotSplit() {
    String text = "Пенсия 2) выросла на 5) процентов, а цены нет";
    assertThat(QuestionSplitter.split(text)).containsExactly(text);
  }

  @Test
  void phraseMarkersSplit() {
    assertThat(
            QuestionSplitter.split(
                "Когда построят школу в посёлке. И ещё вопрос: почему закрыли больницу"))
        .containsExactly(
            "Когда построят школу в посёлке.", "И ещё вопрос: почему закрыли больницу");
    assertThat(QuestionSplitter.split("Когда будет газ в селі. Ще питання: де лікар"))
        .containsExactly("Когда будет газ в селі.", "Ще питання: де лікар");
    assertThat(QuestionSplitter.split("When will roads be fixed. Also, why are prices rising"))
        .containsExactly("When will roads be fixed.", "Also, why are prices rising");
  }

  @Test
  void operatorReportingOneMoreQuestionSplits() {
    assertThat(
            QuestionSplitter.split(
                "Звонит жительница Курска. Спрашивает, когда проведут газ. Также интересуется,"
                    + " почему закрыли почту. Звонит повторно."))
        .containsExactly(
            "Звонит жительница Курска. Спрашивает, когда проведут газ.",
            "Также интересуется, почему закрыли почту. Звонит повторно.");
    assertThat(
            QuestionSplitter.split(
                "Заявитель просит отремонтировать дорогу. Также заявитель спрашивает, будет ли"
                    + " автобус. Кроме того, просит установить фонари."))
        .containsExactly(
            "Заявитель просит отремонтировать дорогу.",
            "Также заявитель спрашивает, будет ли автобус.",
            "Кроме того, просит установить фонари.");
  }

  @Test
  void additiveWordWithoutAReportingVerbDoesNotSplit() {
    String firstPerson = "Прошу отремонтировать дорогу. Также прошу засыпать ямы щебнем.";
    assertThat(QuestionSplitter.split(firstPerson)).containsExactly(firstPerson);
    String sameSentence = "Просит отремонтировать дорогу, а также интересуется сроками.";
    assertThat(QuestionSplitter.split(sameSentence)).containsExactly(sameSentence);
    String farVerb = "Нет воды. Также в доме по улице Ленина просит проверить трубы.";
    assertThat(QuestionSplitter.split(farVerb)).containsExactly(farVerb);
  }

  @Test
  void longerMarkerWinsOverTheShorterInside() {
    assertThat(QuestionSplitter.split("Про газ в деревне Ивановка. И ещё вопрос про дороги"))
        .containsExactly("Про газ в деревне Ивановка.", "И ещё вопрос про дороги");
  }

  @Test
  void neverSplitsInsideUrlsNumbersOrAbbreviations() {
    String url = "Смотрите http://x.ru/a?b=1 почему так? И ещё вопрос про дороги";
    assertThat(QuestionSplitter.split(url))
        .containsExactly("Смотрите http://x.ru/a?b=1 почему так?", "И ещё вопрос про дороги");
    String abbreviations = "ул. Ленина д. 5. Почему пенсия 2.5 тыс.? Когда?";
    assertThat(QuestionSplitter.split(abbreviations)).containsExactly(abbreviations);
  }

  @Test
  void queryStringsWithoutAHostAreNotQuestions() {
    String text = "Смотрите темы viewtopic.php?f=28&t=520 и viewtopic.php?f=13&t=541 на форуме.";
    assertThat(QuestionSplitter.split(text)).containsExactly(text);
  }

  @Test
  void quotedQuestionIsPartOfItsSentence() {
    String text = "Мне ответили «а что вы хотели?» и всё. Почему так?";
    assertThat(QuestionSplitter.split(text)).containsExactly(text);
  }

  @Test
  void loneWordJoinsTheNextQuestion() {
    assertThat(QuestionSplitter.split("Почему? Почему нет газа в деревне?"))
        .containsExactly("Почему? Почему нет газа в деревне?");
  }

  @Test
  void letterlessPartJoinsANeighbour() {
    List<String> parts = QuestionSplitter.split("Когда будет газ? ??? 123");
    assertThat(parts).containsExactly("Когда будет газ? ??? 123");
  }
}
