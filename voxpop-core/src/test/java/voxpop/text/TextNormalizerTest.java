package voxpop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @Test
  void emptyAndNullBecomeEmpty() {
    assertThat(TextNormalizer.normalize("")).isEmpty();
    assertThat(TextNormalizer.normalize(null)).isEmpty();
    assertThat(TextNormalizer.normalize(" \t\r\n\u200B ")).isEmpty();
  }

  @Test
  void plainTextIsReturnedAsIs() {
    String plain = "Когда проиндексируют пенсии работающим пенсионерам?";
    assertThat(TextNormalizer.normalize(plain)).isSameAs(plain);
    assertThat(TextNormalizer.isPlain(plain)).isTrue();
  }

  @Test
  void singleCharacter() {
    assertThat(TextNormalizer.normalize("?")).isEqualTo("?");
    assertThat(TextNormalizer.normalize("Я")).isEqualTo("Я");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<p>Текст&nbsp;обращения</p>|Текст обращения",
        "<p>Первый</p><p>Второй</p>|`Первый\nВторой`",
        "Строка<br>вторая<br/>третья|`Строка\nвторая\nтретья`",
        "<b>важно</b> срочно|важно срочно",
        "&laquo;Газ&raquo; &mdash; когда?|«Газ» — когда?",
        "&#1055;&#x440;&#1080;вет|Привет",
        "&amp;lt;b&amp;gt;двойное экранирование|двойное экранирование",
        "5 < 6 и 7 > 3|5 < 6 и 7 > 3",
        "люблю <3 город|люблю <3 город",
        "&unknown; остаётся|&unknown; остаётся",
        "Почему!!!!|Почему!",
        "Когда???|Когда?",
        "Как так?!?!|Как так?!",
        "Как так!?|Как так?!",
        "Ну.....|Ну…",
        "Ну..|Ну…",
        "Ну….|Ну…",
        "раз,,, два|раз, два",
        "2.5 процента|2.5 процента",
        "т.е. так|т.е. так",
        "  много   пробелов  |много пробелов",
        "`a \r\n\r\n b`|`a\nb`",
        "таб\tтаб|таб таб",
        "ＡＢＣ полноширинные|ABC полноширинные",
        "ﬁnal|final",
        "дом №5|дом №5",
        "без\u200Bпробела|безпробела",
        "мягкий\u00ADперенос|мягкийперенос",
        "\uFEFFметка|метка",
        "справа\u202Eналево|справаналево",
        "Привет 😀😀 всем|Привет 😀😀 всем",
        "ЗАГЛАВНЫЕ буквы|ЗАГЛАВНЫЕ буквы",
      })
  void normalises(String raw, String expected) {
    assertThat(TextNormalizer.normalize(raw)).isEqualTo(expected);
  }

  @Test
  void keepsEmojiSequencesWithJoiners() {
    String family = "семья 👨\u200D👩\u200D👧 дома";
    assertThat(TextNormalizer.normalize(family)).isEqualTo(family);
  }

  @Test
  void dropsLoneSurrogatesAndControls() {
    assertThat(TextNormalizer.normalize("a\uD800b\u0007c\u0000d")).isEqualTo("abcd");
  }

  @Test
  void scriptAndStyleBodiesAreDropped() {
    assertThat(TextNormalizer.normalize("до<script>alert(1)</script>после")).isEqualTo("допосле");
  }
}
