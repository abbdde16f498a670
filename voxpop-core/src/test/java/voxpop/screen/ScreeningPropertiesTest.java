package voxpop.screen;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.text.TextNormalizer;

/** Screening and masking are total; masking leaves no phone number's digits behind. */
class ScreeningPropertiesTest {
  private static final Screener SCREENER = Screener.withDefaults();

  @Property(tries = 2000)
  void screeningNeverThrowsAndAlwaysGivesAReason(
      @ForAll("hostile") String raw, @ForAll Language lang) {
    String text = TextNormalizer.normalize(raw);
    Screening a = SCREENER.screenAppeal(text, lang);
    Screening q = SCREENER.screenQuestion(text, lang);
    assertThat(a.reason()).isNotBlank();
    assertThat(q.reason()).isNotBlank();
    assertThat(a.accepted()).isEqualTo(a.reason().startsWith("ok"));
  }

  @Property(tries = 1000)
  void screeningNeverThrowsOnAnyString(@ForAll String raw, @ForAll Language lang) {
    assertThat(SCREENER.screenAppeal(raw, lang)).isNotNull();
    assertThat(SCREENER.screenQuestion(raw, lang)).isNotNull();
    assertThat(PersonalDataMasker.mask(raw)).isNotNull();
  }

  @Property(tries = 2000)
  void maskingLeavesNoDigitRunOfAPhoneNumber(
      @ForAll("phones") String phone,
      @ForAll("context") String before,
      @ForAll("context") String after) {
    String masked = PersonalDataMasker.mask(before + " " + phone + " " + after);
    String digits = phone.replaceAll("[^0-9]", "");
    assertThat(masked).contains("[phone]");
    assertThat(masked.replaceAll("[^0-9]", ""))
        .doesNotContain(digits.substring(digits.length() - 7));
  }

  @Property(tries = 1000)
  void maskingIsIdempotent(@ForAll("hostile") String raw) {
    String once = PersonalDataMasker.mask(raw);
    assertThat(PersonalDataMasker.mask(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> mobile = Arbitraries.strings().numeric().ofLength(7);
    Arbitrary<String> code = Arbitraries.of("912", "903", "999", "495", "812", "471");
    Arbitrary<String> prefix = Arbitraries.of("+7", "8", "+7 ", "8 ", "");
    return Combinators.combine(prefix, code, mobile, Arbitraries.integers().between(0, 4))
        .as(
            (p, c, m, style) ->
                switch (style) {
                  case 0 -> p + c + m;
                  case 1 ->
                      p
                          + " ("
                          + c
                          + ") "
                          + m.substring(0, 3)
                          + "-"
                          + m.substring(3, 5)
                          + "-"
                          + m.substring(5);
                  case 2 ->
                      p
                          + "-"
                          + c
                          + "-"
                          + m.substring(0, 3)
                          + "-"
                          + m.substring(3, 5)
                          + "-"
                          + m.substring(5);
                  case 3 ->
                      p
                          + " "
                          + c
                          + " "
                          + m.substring(0, 3)
                          + " "
                          + m.substring(3, 5)
                          + " "
                          + m.substring(5);
                  default -> p + c + " " + m.substring(0, 3) + " " + m.substring(3);
                })
        .filter(s -> !s.replaceAll("[^0-9]", "").isEmpty())
        .map(String::strip);
  }

  @Provide
  Arbitrary<String> context() {
    return Arbitraries.of(
        "",
        "Мой номер",
        "звоните",
        "тел.",
        "перезвоните мне,",
        "по вопросу газа",
        "спасибо.",
        "(вечером)",
        "адрес ул. Ленина, д. 5");
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "х*й",
                "п@зда",
                "***",
                "@@@",
                "$$$",
                "…",
                "http://",
                "www.",
                "@",
                "+7",
                "8-800",
                "(",
                ")",
                "-",
                "1234 5678 9012 3456",
                "ул.",
                "д.",
                "кв.",
                "№",
                "t.me/",
                "bit.ly/",
                "😀",
                "\n",
                " ",
                "ъ",
                "ь",
                "qwerty",
                "ывапр",
                "£",
                "150p",
                "txt"),
            Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().ofMaxLength(4));
    return pieces.list().ofMaxSize(30).map(l -> String.join(" ", l));
  }
}
