package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import voxpop.terms.TermDocs;
import voxpop.terms.WhitespaceTerms;

class NearDuplicateGrouperTest {
  private final NearDuplicateGrouper grouper = new NearDuplicateGrouper(0.75, 12, 3);

  @Test
  void wordOrderAndOneExtraWordAreNearDuplicatesButOtherTopicsAreNot() {
    TermDocs docs =
        WhitespaceTerms.docs(
            "когда проиндексируют пенсии работающим пенсионерам",
            "пенсии работающим пенсионерам когда проиндексируют",
            "когда проиндексируют пенсии работающим пенсионерам курск",
            "когда отремонтируют дорогу в деревне",
            "когда");
    assertThat(grouper.group(docs, null)).containsExactly(0, 0, 0, 1, 2);
  }

  @Test
  void shortTextsGroupOnlyWhenTheirWordSetsAreEqual() {
    TermDocs docs = WhitespaceTerms.docs("газ деревня", "деревня газ", "газ город");
    assertThat(grouper.group(docs, null)).containsExactly(0, 0, 1);
  }

  @Test
  void emptyAndSingle() {
    assertThat(grouper.group(WhitespaceTerms.docs(), null)).isEmpty();
    assertThat(grouper.group(WhitespaceTerms.docs("один"), null)).containsExactly(0);
    assertThat(grouper.group(WhitespaceTerms.docs("", ""), null)).containsExactly(0, 1);
  }

  @Test
  void theGroupsAreTheSameOnOneThreadAndOnSeveral() throws Exception {
    String[] words = {
      "когда", "пенсии", "дорогу", "газ", "врач", "школа", "ремонт", "тарифы", "деревня", "город",
      "вода", "свет", "автобус", "мост", "садик", "очередь"
    };
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    String[] texts = new String[3000];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder text = new StringBuilder();
      int template = random.nextInt(40);
      for (int w = 0; w < 6; w++) {
        // mostly the template's words, now and then one changed: near-duplicates of 40 texts
        int word = random.nextInt(10) == 0 ? random.nextInt(words.length) : (template + w) % 16;
        text.append(words[word]).append(template % (w + 2)).append(' ');
      }
      texts[i] = text.toString();
    }
    TermDocs docs = WhitespaceTerms.docs(texts);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      int[] one = grouper.group(docs, null);
      int[] several = grouper.group(docs, pool);

      assertThat(several).containsExactly(one);
      assertThat(java.util.Arrays.stream(one).max().orElse(0)).isBetween(39, 1500);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void jaccardOfSortedSets() {
    assertThat(NearDuplicateGrouper.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}))
        .isEqualTo(0.5);
    assertThat(NearDuplicateGrouper.jaccard(new int[] {}, new int[] {})).isEqualTo(1.0);
  }
}
