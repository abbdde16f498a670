package voxpop.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;

/** The content of the theme files: counts, shares, and what each language's lines look like. */
class ThemeCatalogTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
  private static final Set<String> FIRST_PERSON =
      Set.of(
          "я", "мне", "меня", "мной", "мой", "моя", "моё", "мою", "моей", "моего", "моих", "мои",
          "мы", "нам", "нас", "нами", "наш", "наша", "наше", "нашу", "нашей", "нашего", "наших",
          "наши", "нашем", "прошу", "хочу", "могу", "живу", "работаю", "получаю", "плачу");
  private static final Set<String> RUSSIAN_ONLY_WORDS =
      Set.of("почему", "когда", "что", "это", "будет", "можно", "пожалуйста", "нашей", "очень");

  private final ThemeCatalog catalog = ThemeCatalog.get();
  private final RenderContext ctx = Fixtures.context();

  @Test
  void thereAreAtLeastFortyThemesOfTwoToSixSubthemesWithManyPhrasings() {
    assertThat(catalog.themes).hasSizeGreaterThanOrEqualTo(40);
    for (Theme t : catalog.themes) {
      assertThat(t.subthemes).as(t.key).hasSizeBetween(2, 6);
      for (Subtheme s : t.subthemes) {
        assertThat(s.key()).startsWith(t.key + ".");
        assertThat(s.asks(Language.RU)).as(s.key()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(s.asks(Language.UK)).as(s.key()).isNotEmpty();
        assertThat(s.asks(Language.EN)).as(s.key()).isNotEmpty();
      }
    }
  }

  @Test
  void categorySharesAreNearThoseShownOnAir() {
    Map<String, Double> shares = new HashMap<>();
    double total = catalog.themes.stream().mapToDouble(t -> t.weight).sum();
    catalog.themes.forEach(t -> shares.merge(t.category, t.weight / total, Double::sum));
    Map<String, Double> onAir =
        Map.of(
            "social",
            0.20,
            "state",
            0.11,
            "infrastructure",
            0.11,
            "housing",
            0.10,
            "economy",
            0.09,
            "war",
            0.08,
            "healthcare",
            0.07,
            "utilities",
            0.07);
    onAir.forEach(
        (category, share) ->
            assertThat(shares.get(category)).as(category).isCloseTo(share, offset(0.015)));
    assertThat(shares.keySet()).isSubsetOf(catalog.categories.keySet());
  }

  @Test
  void russianQuestionsReadCorrectlyInAnOperatorsThirdPerson() {
    Set<String> violations = new java.util.TreeSet<>();
    for (Subtheme s : catalog.subthemes) {
      List<Template> lines = new ArrayList<>(s.asks(Language.RU));
      lines.addAll(s.reported());
      for (Template t : lines) {
        for (boolean female : new boolean[] {false, true}) {
          for (long seed = 0; seed < 12; seed++) {
            String text = Fixtures.render(ctx, t.node(), Fixtures.sender(female), false, seed);
            for (String w : words(text)) {
              if (FIRST_PERSON.contains(w)) {
                violations.add(t.source() + ": '" + w + "'");
              }
            }
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void ukrainianLinesAreUkrainianAndEnglishLinesHaveNoCyrillic() {
    Set<String> violations = new java.util.TreeSet<>();
    for (Subtheme s : catalog.subthemes) {
      for (Language lang : List.of(Language.UK, Language.EN)) {
        List<Template> lines = new ArrayList<>(s.asks(lang));
        lines.addAll(s.contexts(lang));
        for (Template t : lines) {
          for (long seed = 0; seed < 8; seed++) {
            String text =
                Fixtures.render(ctx, t.node(), Fixtures.sender(seed % 2 == 0), true, seed);
            if (lang == Language.EN && text.codePoints().anyMatch(c -> c >= 0x400 && c < 0x500)) {
              violations.add(t.source() + " has Cyrillic");
            }
            if (lang == Language.UK
                && t.kind() != Template.Kind.CONTEXT
                && text.chars().noneMatch(c -> "іїєґІЇЄ'".indexOf(c) >= 0)) {
              violations.add(t.source() + " has no Ukrainian letter");
            }
            if (lang == Language.UK) {
              words(text).stream()
                  .filter(RUSSIAN_ONLY_WORDS::contains)
                  .forEach(w -> violations.add(t.source() + " has Russian '" + w + "'"));
            }
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void smsLinesFitOneMessage() {
    for (Subtheme s : catalog.subthemes) {
      for (Template t : s.sms()) {
        for (long seed = 0; seed < 20; seed++) {
          String text = Fixtures.render(ctx, t.node(), Fixtures.sender(false), true, seed);
          assertThat(text.length())
              .as(t.source() + ": " + text)
              .isLessThanOrEqualTo(SmsComposer.MAX_LENGTH);
        }
      }
    }
  }

  @Test
  void theGamePlatformThemeExistsOnlyInTheLastWeekAndTheFloodSurgesInOneRegion() {
    ThemeMix mix = new ThemeMix(catalog, 16, new Rng(1));
    int game = catalog.indexOf("game_blocking.unblock");
    int flood = catalog.indexOf("emergencies.flood");
    assertThat(mix.share(game, 8, voxpop.model.Channel.MESSENGER)).isZero();
    assertThat(mix.share(game, 9, voxpop.model.Channel.MESSENGER)).isPositive();
    assertThat(mix.share(flood, 15, voxpop.model.Channel.PHONE))
        .isGreaterThan(8 * mix.share(flood, 10, voxpop.model.Channel.PHONE));
    Rng rng = new Rng(3);
    Map<Integer, Integer> regions = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      regions.merge(mix.eventRegion(flood, 15, rng), 1, Integer::sum);
    }
    assertThat(regions.keySet()).hasSize(2).contains(-1);
    assertThat(mix.eventRegion(flood, 3, rng)).isEqualTo(-1);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
