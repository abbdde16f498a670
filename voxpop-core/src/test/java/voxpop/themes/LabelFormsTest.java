package voxpop.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;
import voxpop.text.WordForms.Kind;

class LabelFormsTest {
  private static LabelForms forms(String... stemFormCount) {
    LabelForms f = new LabelForms();
    for (String s : stemFormCount) {
      String[] p = s.split(" ");
      for (int i = 0; i < Integer.parseInt(p[2]); i++) {
        f.add(p[0], p[1], Language.RU);
      }
    }
    f.finish();
    return f;
  }

  private static List<String> list(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void anObliqueHeadNounIsPutInTheNominative() {
    LabelForms f =
        forms("индексац индексацию 5", "индексац индексация 3", "пенс пенсий 4", "пенс пенсия 2");

    assertThat(f.nominative(list("индексацию пенсий"), list("индексац пенс")))
        .containsExactly("индексация", "пенсий");
  }

  @Test
  void anAdjectiveAgreesWithTheNominativeNoun() {
    LabelForms f =
        forms(
            "семейн семейную 5",
            "семейн семейная 2",
            "семейн семейной 3",
            "ипотек ипотеку 5",
            "ипотек ипотека 2",
            "ипотек ипотекой 1");

    assertThat(f.nominative(list("семейную ипотеку"), list("семейн ипотек")))
        .containsExactly("семейная", "ипотека");
  }

  @Test
  void aMasculineStemKeepsItsBareFormAsTheNominative() {
    LabelForms f = forms("газ газа 6", "газ газ 3", "газ газом 2");

    assertThat(f.nominative(list("газа"), list("газ"))).containsExactly("газ");
    assertThat(f.headRank(list("газа"), list("газ"))).isGreaterThan(1);
  }

  @Test
  void aVerbAfterTheHeadKeepsThePhraseAsWritten() {
    LabelForms f = forms("сын сыну 4", "сын сын 3", "выплач выплачено 3");

    assertThat(f.nominative(list("сыну не выплачено"), Arrays.asList("сын", null, "выплач")))
        .containsExactly("сыну", "не", "выплачено");
  }

  @Test
  void aRareFormIsNotTakenForTheNominative() {
    LabelForms f = forms("рубл рублей 40", "рубл рублй 1", "рубл рубля 3");

    assertThat(f.nominative(list("рублей"), list("рубл"))).containsExactly("рублей");
  }

  @Test
  void stemsAreClassedByTheVoteOfTheirForms() {
    LabelForms f =
        forms("бесплатн бесплатно 2", "бесплатн бесплатные 3", "ремонтир отремонтировать 2");

    assertThat(f.kind("бесплатн")).isEqualTo(Kind.ADJECTIVE);
    assertThat(f.kind("ремонтир")).isEqualTo(Kind.VERB);
    assertThat(f.kind("никогда-не-виденный")).isEqualTo(Kind.NOUN);
  }

  @Test
  void anEmptyTableChangesNothing() {
    LabelForms f = forms();

    assertThat(f.nominative(List.of(), List.of())).isEmpty();
    assertThat(f.headRank(List.of(), List.of())).isZero();
  }

  @Test
  void aDativeInUIsNoSignOfAFeminine() {
    LabelForms doctor =
        forms("врач врачу 8", "врач врачей 6", "врач врача 3", "врач врач 2", "врач врачи 2");
    LabelForms internet =
        forms("интернет интернета 12", "интернет интернет 6", "интернет интернету 2");

    assertThat(doctor.nominative(list("врача"), list("врач"))).containsExactly("врач");
    assertThat(internet.nominative(list("интернета"), list("интернет")))
        .containsExactly("интернет");
  }

  @Test
  void aBareFormBesideAPluralAndNoSingularIsAGenitivePlural() {
    LabelForms dogs = forms("собак собак 8", "собак собаки 2");
    LabelForms neighbours = forms("сосед соседа 6", "сосед сосед 2", "сосед соседи 2");

    assertThat(dogs.nominative(list("собак"), list("собак"))).containsExactly("собаки");
    assertThat(neighbours.nominative(list("соседа"), list("сосед"))).containsExactly("сосед");
  }

  @Test
  void anAFormWithoutGenderEvidenceIsNoMoreNominativeThanAPlural() {
    LabelForms f = forms("вуз вузы 6", "вуз вуза 4", "вуз вузе 3");

    assertThat(f.headRank(list("вуза"), list("вуз")))
        .isEqualTo(f.headRank(list("вузы"), list("вуз")));
  }

  @Test
  void anAdjectiveInOiBeforeANounInAVowelIsOblique() {
    LabelForms f =
        forms(
            "асфальтирован асфальтированной 5",
            "дорог дороги 5",
            "дорог дорога 2",
            "дорог дорогой 2",
            "больш большой 3",
            "дом дом 4",
            "дом домом 2");

    assertThat(f.headRank(list("асфальтированной дороги"), list("асфальтирован дорог")))
        .isGreaterThanOrEqualTo(3);
    assertThat(f.headRank(list("большой дом"), list("больш дом"))).isLessThanOrEqualTo(1);
  }

  @Test
  void anInstrumentalStartsNoLabel() {
    LabelForms f =
        forms("весн весной 8", "весн весну 2", "сел селу 3", "сел село 2", "ремонт ремонтом 3");

    assertThat(
            f.instrumentalFirst(
                Arrays.asList("весной", "к", "селу"), Arrays.asList("весн", null, "сел")))
        .isTrue();
    assertThat(f.instrumentalFirst(list("ремонтом"), list("ремонт"))).isTrue();
    assertThat(f.instrumentalFirst(list("село"), list("сел"))).isFalse();
  }

  @Test
  void homeAsAnAdverbIsNoFeminineAndNoHome() {
    LabelForms f = forms("дом дом 10", "дом дома 8", "дом домой 6", "дом домов 2", "дом домом 1");

    assertThat(f.nominative(list("дома"), list("дом"))).containsExactly("дом");
  }

  @Test
  void theNominativeIsTakenFromTheStemsOwnLanguage() {
    LabelForms f = new LabelForms();
    for (int i = 0; i < 5; i++) {
      f.add("продукт", "продуктов", Language.RU);
    }
    for (int i = 0; i < 3; i++) {
      f.add("продукт", "продукты", Language.RU);
    }
    for (int i = 0; i < 2; i++) {
      f.add("продукт", "продукти", Language.UK);
    }
    f.finish();

    assertThat(f.nominative(list("продуктов"), list("продукт"))).containsExactly("продукты");
  }

  @Test
  void aNounTheStemmerSplitTakesItsNominativeFromTheOtherHalf() {
    // "ветеран", "ветерана" stem to "ветера" ("-н" after "а" read as a verb ending), "ветеранам",
    // "ветеранов" to "ветеран": the nominative lives under the other stem.
    LabelForms f =
        forms(
            "ветеран ветеранам 5",
            "ветеран ветеранов 3",
            "ветера ветеран 2",
            "ветера ветерана 4",
            "труд труда 6");

    assertThat(f.nominative(list("ветеранам труда"), list("ветеран труд")))
        .containsExactly("ветеран", "труда");
    assertThat(f.nominative(list("газа"), list("газ"))).containsExactly("газа");
  }
}
