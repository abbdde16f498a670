package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import voxpop.model.Language;
import voxpop.text.WordForms.Kind;

class WordFormsTest {
  @Test
  void russianVerbsByTheirEndings() {
    for (String w :
        new String[] {
          "отремонтировать",
          "проехать",
          "уволиться",
          "прошло",
          "заблокировали",
          "индексируют",
          "просит",
          "уходит",
          "стоит",
          "жалуется",
          "помочь",
          "провести",
          "дают"
        }) {
      assertThat(WordForms.guess(w, Language.RU).kind()).as(w).isEqualTo(Kind.VERB);
    }
  }

  @Test
  void russianNounsThatLookLikeVerbsStayNouns() {
    for (String w :
        new String[] {
          "капитал", "отдел", "жители", "правила", "кредит", "дефицит", "приют", "теплосеть",
          "печать", "автомобили", "школа", "ремонт", "отопление", "операций", "пенсий", "условий",
          "пособий"
        }) {
      assertThat(WordForms.guess(w, Language.RU).kind()).as(w).isEqualTo(Kind.NOUN);
    }
  }

  @Test
  void russianAdjectivesAndTheirCase() {
    assertThat(WordForms.guess("семейная", Language.RU))
        .isEqualTo(new WordForms.Guess(Kind.ADJECTIVE, WordForms.NOMINATIVE));
    assertThat(WordForms.guess("семейной", Language.RU).kind()).isEqualTo(Kind.ADJECTIVE);
    assertThat(WordForms.guess("районным", Language.RU))
        .isEqualTo(new WordForms.Guess(Kind.ADJECTIVE, WordForms.OBLIQUE));
  }

  @Test
  void russianNounCaseByEnding() {
    assertThat(WordForms.guess("индексация", Language.RU).caseRank()).isZero();
    assertThat(WordForms.guess("индексацию", Language.RU).caseRank()).isEqualTo(4);
    assertThat(WordForms.guess("дорогах", Language.RU).caseRank()).isEqualTo(4);
    assertThat(WordForms.guess("операций", Language.RU).caseRank()).isEqualTo(4);
    assertThat(WordForms.guess("ямы", Language.RU).caseRank()).isEqualTo(1);
  }

  @Test
  void ukrainianAsksTheDictionary() {
    assertThat(WordForms.guess("пенсія", Language.UK))
        .isEqualTo(new WordForms.Guess(Kind.NOUN, WordForms.NOMINATIVE));
    assertThat(WordForms.guess("пенсію", Language.UK))
        .isEqualTo(new WordForms.Guess(Kind.NOUN, WordForms.OBLIQUE));
    assertThat(WordForms.guess("відповідає", Language.UK).kind()).isEqualTo(Kind.VERB);
  }

  @Test
  void englishAndNumbersAreNominativeNouns() {
    assertThat(WordForms.guess("pensions", Language.EN))
        .isEqualTo(new WordForms.Guess(Kind.NOUN, WordForms.NOMINATIVE));
    assertThat(WordForms.guess("2024", Language.RU).kind()).isEqualTo(Kind.NOUN);
    assertThat(WordForms.guess("", Language.RU).kind()).isEqualTo(Kind.NOUN);
  }
}
