package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.testing.RandomText;
import voxpop.testing.SeededCases;

/**
 * Normalising is total and idempotent, whatever arrives. Each property runs over seeded random
 * cases; a failure names the seed that replays it.
 */
class TextNormalizerPropertiesTest {
  private static final long SEED = 0x7E_77A0_0A11L;

  private static final String[] PIECES = {
    "<p>",
    "</p>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "&lt;",
    "&gt;",
    "&#1234;",
    "&#x4A;",
    "&laquo;",
    "&",
    "<",
    ">",
    "!!!",
    "???",
    "?!",
    "....",
    "…",
    "..",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "\u200B",
    "\u200D",
    "\u00AD",
    "\uFEFF",
    "\uD83D\uDE00",
    "\uD83D",
    "№",
    "ﬁ",
    "Ａ",
    "\u0301",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "&amp;nbsp;"
  };

  private static final String CYRILLIC_PROSE = RandomText.CYRILLIC + " ,?!.-";

  @Test
  void isIdempotent() {
    SeededCases.run(
        SEED,
        2000,
        rnd -> {
          String once = TextNormalizer.normalize(messy(rnd));
          assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        });
  }

  @Test
  void isIdempotentOnAnyString() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          String once = TextNormalizer.normalize(RandomText.any(rnd));
          assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        });
  }

  @Test
  void hasNoEdgeWhitespaceNoDoubleSpacesNoControls() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          String s = TextNormalizer.normalize(messy(rnd));
          assertThat(s).isEqualTo(s.strip());
          assertThat(s).doesNotContain("  ", "\n\n", " \n", "\n ", "!!", "??", "..");
          assertThat(s.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        });
  }

  @Test
  void keepsEveryCyrillicLetterOfPlainText() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          String raw = RandomText.of(rnd, CYRILLIC_PROSE, 0, 80);
          assertThat(letters(TextNormalizer.normalize(raw))).isEqualTo(letters(raw));
        });
  }

  /**
   * Up to 25 pieces run together, each an HTML tag, entity or comment, a punctuation or whitespace
   * run, an invisible, combining, compatibility or half-surrogate character, a Cyrillic word of 1
   * to 6 letters, or up to 3 arbitrary characters.
   */
  private static String messy(SplittableRandom rnd) {
    return RandomText.joined(
        rnd,
        25,
        "",
        r ->
            switch (r.nextInt(3)) {
              case 0 -> SeededCases.oneOf(r, PIECES);
              case 1 -> RandomText.of(r, RandomText.CYRILLIC, 1, 6);
              default -> RandomText.any(r, 3);
            });
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
    return b.toString();
  }
}
