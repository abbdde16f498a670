package voxpop.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fast paths of {@link Letters} give the JDK's answers for every char. */
class LettersTest {
  @Test
  void classesAgreeWithCharacterForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isLetter(c), Letters.isLetter(c), () -> "isLetter " + (int) c);
      assertEquals(Character.isDigit(c), Letters.isDigit(c), () -> "isDigit " + (int) c);
      assertEquals(
          Character.isLetterOrDigit(c),
          Letters.isLetterOrDigit(c),
          () -> "isLetterOrDigit " + (int) c);
      assertEquals(
          Character.isWhitespace(c), Letters.isWhitespace(c), () -> "isWhitespace " + (int) c);
    }
  }

  @Test
  void lowerIsCharacterLowerCaseWithYoFolded() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      char expected = Character.toLowerCase(c);
      if (expected == 'ё') {
        expected = 'е';
      }
      assertEquals(expected, Letters.lower(c), () -> "lower " + (int) c);
    }
  }
}
