package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalising is total and idempotent, whatever arrives. */
class TextNormalizerPropertiesTest {

  @Property(tries = 2000)
  void isIdempotent(@ForAll("messy") String raw) {
    String once = TextNormalizer.normalize(raw);
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 1000)
  void isIdempotentOnAnyString(@ForAll String raw) {
    String once = TextNormalizer.normalize(raw);
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
  }

  @Property(tries = 1000)
  void hasNoEdgeWhitespaceNoDoubleSpacesNoControls(@ForAll("messy") String raw) {
    String s = TextNormalizer.normalize(raw);
    assertThat(s).isEqualTo(s.strip());
    assertThat(s).doesNotContain("  ", "\n\n", " \n", "\n ", "!!", "??", "..");
    assertThat(s.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
  }

  @Property(tries = 1000)
  void keepsEveryCyrillicLetterOfPlainText(@ForAll("cyrillicWords") String raw) {
    String s = TextNormalizer.normalize(raw);
    assertThat(letters(s)).isEqualTo(letters(raw));
  }

  @Provide
  Arbitrary<String> messy() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
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
                "&amp;nbsp;"),
            Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(6),
            Arbitraries.strings().ofMaxLength(3));
    return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> cyrillicWords() {
    return Arbitraries.strings()
        .withCharRange('а', 'я')
        .withChars(' ', ',', '?', '!', '.', '-')
        .ofMaxLength(80);
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
    return b.toString();
  }
}
