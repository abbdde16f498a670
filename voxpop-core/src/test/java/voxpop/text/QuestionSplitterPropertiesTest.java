package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Splitting never loses or reorders text, and always gives at least one question. */
class QuestionSplitterPropertiesTest {

  @Property(tries = 2000)
  void neverLosesAnyNonSpaceCharacter(@ForAll("appeals") String raw) {
    String text = TextNormalizer.normalize(raw);
    List<String> parts = QuestionSplitter.split(text);
    assertThat(parts).isNotEmpty();
    assertThat(nonSpace(String.join("", parts))).isEqualTo(nonSpace(text));
  }

  @Property(tries = 1000)
  void neverThrowsOnAnyString(@ForAll String raw) {
    List<String> parts = QuestionSplitter.split(raw);
    assertThat(parts).isNotEmpty();
    assertThat(nonSpace(String.join("", parts))).isEqualTo(nonSpace(raw));
  }

  @Property(tries = 1000)
  void everyPartButAnEmptyWholeHasALetter(@ForAll("appeals") String raw) {
    List<String> parts = QuestionSplitter.split(TextNormalizer.normalize(raw));
    if (parts.size() > 1) {
      assertThat(parts)
          .allSatisfy(p -> assertThat(p.chars().anyMatch(Character::isLetter)).isTrue());
    }
  }

  @Provide
  Arbitrary<String> appeals() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
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
                "???"),
            Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8));
    return pieces.list().ofMaxSize(20).map(l -> String.join(" ", l));
  }

  private static String nonSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
    return b.toString();
  }
}
