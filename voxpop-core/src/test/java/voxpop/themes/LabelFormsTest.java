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
}
