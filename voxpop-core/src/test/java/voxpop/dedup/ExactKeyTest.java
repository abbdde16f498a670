package voxpop.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactKeyTest {
  @Test
  void foldsCasePunctuationEmojiAndYo() {
    assertThat(ExactKey.fold("  Когда ЁЛКА?!  👍 Спасибо...")).isEqualTo("когда елка спасибо");
    assertThat(ExactKey.of("Когда пенсия?")).isEqualTo(ExactKey.of("когда   пенсия"));
    assertThat(ExactKey.of("Когда пенсия?")).isNotEqualTo(ExactKey.of("когда пенсии"));
  }

  @Test
  void theOnePassKeyIsTheHashOfTheFoldedText() {
    for (String t : new String[] {"", "?!", " Когда  ЁЛКА?! 👍 ", "a b", "Ü-ß 12,5"}) {
      assertThat(ExactKey.of(t)).as(t).isEqualTo(voxpop.util.Hashing.hash64(ExactKey.fold(t)));
    }
  }

  @Test
  void emptyAndSingleCharacter() {
    assertThat(ExactKey.fold("")).isEmpty();
    assertThat(ExactKey.fold("?!")).isEmpty();
    assertThat(ExactKey.fold("a")).isEqualTo("a");
  }
}
