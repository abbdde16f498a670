package voxpop.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;

class TermDocsBuilderTest {
  @Test
  void idsFollowStemOrderAndDocumentFrequencyCountsDocumentsOnce() {
    TermDocs docs = WhitespaceTerms.docs("пенсии пенсии индексация", "дороги ремонт", "пенсии");
    Vocabulary v = docs.vocabulary();
    assertThat(v.size()).isEqualTo(4);
    assertThat(v.term(0)).isEqualTo("дороги");
    assertThat(v.id("пенсии")).isEqualTo(2);
    assertThat(v.df(v.id("пенсии"))).isEqualTo(2);
    assertThat(docs.doc(0)).containsExactly(2, 2, 1);
    assertThat(docs.length(2)).isEqualTo(1);
  }

  @Test
  void emptyInputAndEmptyTextsGiveEmptyDocs() {
    assertThat(WhitespaceTerms.docs().size()).isZero();
    TermDocs docs = WhitespaceTerms.docs("", "...");
    assertThat(docs.size()).isEqualTo(2);
    assertThat(docs.length(0)).isZero();
    assertThat(docs.vocabulary().size()).isZero();
  }

  @Test
  void sameResultWithOneThreadOrSeveral() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      texts.add("слово" + (i % 977) + " другое" + (i % 13) + " общее");
    }
    Language[] langs = new Language[texts.size()];
    Arrays.fill(langs, Language.RU);
    TermDocs one = new TermDocsBuilder(new WhitespaceTerms()).build(texts, langs, 1);
    TermDocs four = new TermDocsBuilder(new WhitespaceTerms()).build(texts, langs, 4);
    assertThat(four.flatTerms()).isEqualTo(one.flatTerms());
    assertThat(four.vocabulary().documentFrequencies())
        .isEqualTo(one.vocabulary().documentFrequencies());
  }
}
