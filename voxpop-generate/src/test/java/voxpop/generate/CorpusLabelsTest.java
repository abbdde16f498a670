package voxpop.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import voxpop.model.Appeal;

/** The ground truth agrees with the corpus it describes. */
class CorpusLabelsTest {
  private static final Set<String> CLASSES =
      Set.of(
          QuestionLabel.ACCEPTED,
          QuestionLabel.SPAM,
          QuestionLabel.ABUSE,
          QuestionLabel.GIBBERISH,
          QuestionLabel.EMPTY);
  private static final Pattern MARKERS =
      Pattern.compile(
          "(?iu)(второй вопрос|третий вопрос|и ещё вопрос|также|ещё хочу спросить"
              + "|друге питання|третє питання|і ще питання|ще хочу запитати|second question"
              + "|third question|and another question|and one more question|also,|i would also like)");
  private static final Pattern NUMBERED = Pattern.compile("(^|\\s)[123][.)] ");
  private static Corpus corpus;

  @BeforeAll
  static void generate() {
    corpus = Corpus.generate(12_000, 77);
  }

  @Test
  void everyAppealHasNumberedRowsAndScreenedOnesExactlyOne() {
    ThemeCatalog catalog = ThemeCatalog.get();
    for (int i = 0; i < corpus.size(); i++) {
      Appeal a = corpus.appeals().get(i);
      List<QuestionLabel> ls = corpus.labels().get(i);
      assertThat(ls).as(a.id()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      for (int q = 0; q < ls.size(); q++) {
        QuestionLabel l = ls.get(q);
        assertThat(l.appealId()).isEqualTo(a.id());
        assertThat(l.questionNo()).isEqualTo(q + 1);
        assertThat(l.labelClass()).isIn(CLASSES);
        assertThat(l.language()).isIn("ru", "uk", "en");
        if (l.labelClass().equals(QuestionLabel.ACCEPTED)) {
          int sub = catalog.indexOf(l.subtheme());
          assertThat(sub).as(l.subtheme()).isNotNegative();
          assertThat(catalog.subthemes.get(sub).theme().key).isEqualTo(l.theme());
          assertThat(catalog.subthemes.get(sub).theme().category).isEqualTo(l.category());
        } else {
          assertThat(ls).hasSize(1);
          assertThat(l.category() + l.theme() + l.subtheme() + l.campaignId() + l.duplicate())
              .isEmpty();
        }
      }
      assertThat(ls.stream().map(QuestionLabel::subtheme).distinct().count())
          .as("distinct sub-themes in " + a.id())
          .isEqualTo(ls.size());
    }
  }

  @Test
  void theQuestionsOfAMultiQuestionAppealCanBeToldApart() {
    int multi = 0;
    int recoverable = 0;
    for (int i = 0; i < corpus.size(); i++) {
      int k = corpus.labels().get(i).size();
      if (k < 2) {
        continue;
      }
      multi++;
      String t = corpus.appeals().get(i).text();
      long marks = t.chars().filter(c -> c == '?').count();
      long markers = MARKERS.matcher(t).results().count();
      long numbers = NUMBERED.matcher(t).results().count();
      if (marks >= k || markers >= k - 1 || numbers >= k) {
        recoverable++;
      }
    }
    assertThat(multi).isGreaterThan(1000);
    assertThat(recoverable / (double) multi).isGreaterThan(0.97);
  }

  @Test
  void exactDuplicatesRepeatAnEarlierTextAndRepeatsComeFromAnEarlierSender() {
    Set<String> texts = new HashSet<>();
    Set<String> senders = new HashSet<>();
    Map<String, Set<String>> campaignSenders = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      Appeal a = corpus.appeals().get(i);
      QuestionLabel l = corpus.labels().get(i).get(0);
      switch (l.duplicate()) {
        case QuestionLabel.EXACT -> assertThat(texts).as(a.id()).contains(a.text());
        case QuestionLabel.REPEAT -> assertThat(senders).as(a.id()).contains(a.sender());
        default -> {}
      }
      if (!l.campaignId().isEmpty()) {
        assertThat(l.campaignId()).matches("c\\d{3,}");
        campaignSenders.computeIfAbsent(l.campaignId(), k -> new HashSet<>()).add(a.personKey());
      }
      texts.add(a.text());
      senders.add(a.sender());
    }
    assertThat(campaignSenders).isNotEmpty();
    campaignSenders.values().forEach(s -> assertThat(s.size()).isGreaterThanOrEqualTo(10));
  }

  @Test
  void campaignMembersShareOneText() {
    Map<String, Map<String, Integer>> texts = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      String c = corpus.labels().get(i).get(0).campaignId();
      if (!c.isEmpty()) {
        texts
            .computeIfAbsent(c, k -> new HashMap<>())
            .merge(corpus.appeals().get(i).text(), 1, Integer::sum);
      }
    }
    texts.forEach(
        (id, counts) -> {
          int total = counts.values().stream().mapToInt(Integer::intValue).sum();
          int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          assertThat(top / (double) total).as(id).isGreaterThan(0.5);
        });
  }

  @Test
  void theGamePlatformThemeAppearsOnlyInTheLastWeek() {
    for (int i = 0; i < corpus.size(); i++) {
      for (QuestionLabel l : corpus.labels().get(i)) {
        if (l.theme().equals("game_blocking")) {
          long day =
              corpus
                      .appeals()
                      .get(i)
                      .receivedAt()
                      .atZone(Timeline.MOSCOW)
                      .toLocalDate()
                      .toEpochDay()
                  - GeneratorConfig.DEFAULT_START.toEpochDay();
          assertThat(day).isGreaterThanOrEqualTo(9);
        }
      }
    }
  }

  @Test
  void aSingleAppealCorpusWorks() {
    Corpus one = Corpus.generate(1, 5);
    assertThat(one.appeals()).hasSize(1);
    assertThat(one.appeals().get(0).id()).isEqualTo("A0000001");
    assertThat(one.summary().appeals()).isEqualTo(1);
    assertThat(one.summary().questions()).isEqualTo(one.labels().get(0).size());
  }
}
