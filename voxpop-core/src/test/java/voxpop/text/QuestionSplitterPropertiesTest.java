package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.testing.RandomText;
import voxpop.testing.SeededCases;

/**
 * Splitting never loses or reorders text, and always gives at least one question. Each property
 * runs over seeded random cases; a failure names the seed that replays it.
 */
class QuestionSplitterPropertiesTest {
  private static final long SEED = 0x5_9117_7E25L;

  private static final String[] PIECES = {
    "Почему нет газа?",
    "Когда дорога?",
    " Я пенсионерка.",
    " 1) ",
    " 2) ",
    "\n1. ",
    "\n2. ",
    " И ещё вопрос: ",
    "Ще питання ",
    "Also, ",
    " http://x.ru/a?b=1 ",
    "«",
    "»",
    "(",
    ")",
    "\"",
    "?",
    "?!",
    "…",
    " ",
    "\n",
    "2.5",
    " ул. ",
    "Спасибо!",
    "???"
  };

  @Test
  void neverLosesAnyNonSpaceCharacter() {
    SeededCases.run(
        SEED,
        2000,
        rnd -> {
          String text = TextNormalizer.normalize(appeal(rnd));
          List<String> parts = QuestionSplitter.split(text);
          assertThat(parts).isNotEmpty();
          assertThat(nonSpace(String.join("", parts))).isEqualTo(nonSpace(text));
        });
  }

  @Test
  void neverThrowsOnAnyString() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          String raw = RandomText.any(rnd);
          List<String> parts = QuestionSplitter.split(raw);
          assertThat(parts).isNotEmpty();
          assertThat(nonSpace(String.join("", parts))).isEqualTo(nonSpace(raw));
        });
  }

  @Test
  void everyPartButAnEmptyWholeHasALetter() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          List<String> parts = QuestionSplitter.split(TextNormalizer.normalize(appeal(rnd)));
          if (parts.size() > 1) {
            assertThat(parts)
                .allSatisfy(p -> assertThat(p.chars().anyMatch(Character::isLetter)).isTrue());
          }
        });
  }

  /**
   * Up to 20 pieces joined by spaces, each a question, a list marker, a link, a quote, bracket or
   * punctuation run, or a made-up Cyrillic word of 1 to 8 letters.
   */
  private static String appeal(SplittableRandom rnd) {
    return RandomText.joined(
        rnd,
        20,
        " ",
        r ->
            r.nextBoolean()
                ? SeededCases.oneOf(r, PIECES)
                : RandomText.of(r, RandomText.CYRILLIC, 1, 8));
  }

  private static String nonSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
    return b.toString();
  }
}
