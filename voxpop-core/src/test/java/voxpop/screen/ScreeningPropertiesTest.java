package voxpop.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import voxpop.model.Language;
import voxpop.model.Screening;
import voxpop.testing.RandomText;
import voxpop.testing.SeededCases;
import voxpop.text.TextNormalizer;

/**
 * Screening and masking are total; masking leaves no phone number's digits behind. Each property
 * runs over seeded random cases; a failure names the seed that replays it.
 */
class ScreeningPropertiesTest {
  private static final Screener SCREENER = Screener.withDefaults();
  private static final long SEED = 0x5C_4EE2_1265L;

  private static final String[] HOSTILE_PIECES = {
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
    "txt"
  };

  private static final String[] CONTEXTS = {
    "",
    "Мой номер",
    "звоните",
    "тел.",
    "перезвоните мне,",
    "по вопросу газа",
    "спасибо.",
    "(вечером)",
    "адрес ул. Ленина, д. 5"
  };

  @Test
  void screeningNeverThrowsAndAlwaysGivesAReason() {
    SeededCases.run(
        SEED,
        2000,
        rnd -> {
          String text = TextNormalizer.normalize(hostile(rnd));
          Language lang = SeededCases.oneOf(rnd, Language.values());
          Screening a = SCREENER.screenAppeal(text, lang);
          Screening q = SCREENER.screenQuestion(text, lang);
          assertThat(a.reason()).isNotBlank();
          assertThat(q.reason()).isNotBlank();
          assertThat(a.accepted()).isEqualTo(a.reason().startsWith("ok"));
        });
  }

  @Test
  void screeningNeverThrowsOnAnyString() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          String raw = RandomText.any(rnd);
          Language lang = SeededCases.oneOf(rnd, Language.values());
          assertThat(SCREENER.screenAppeal(raw, lang)).isNotNull();
          assertThat(SCREENER.screenQuestion(raw, lang)).isNotNull();
          assertThat(PersonalDataMasker.mask(raw)).isNotNull();
        });
  }

  @Test
  void maskingLeavesNoDigitRunOfAPhoneNumber() {
    SeededCases.run(
        SEED,
        2000,
        rnd -> {
          String phone = phone(rnd);
          String before = SeededCases.oneOf(rnd, CONTEXTS);
          String after = SeededCases.oneOf(rnd, CONTEXTS);
          String masked = PersonalDataMasker.mask(before + " " + phone + " " + after);
          String digits = phone.replaceAll("[^0-9]", "");
          assertThat(masked).contains("[phone]");
          assertThat(masked.replaceAll("[^0-9]", ""))
              .doesNotContain(digits.substring(digits.length() - 7));
        });
  }

  @Test
  void maskingIsIdempotent() {
    SeededCases.run(
        SEED,
        1000,
        rnd -> {
          String once = PersonalDataMasker.mask(hostile(rnd));
          assertThat(PersonalDataMasker.mask(once)).isEqualTo(once);
        });
  }

  /**
   * A Russian mobile or city number: an optional +7 or 8 prefix, a code, seven digits, written
   * solid, as (code) 123-45-67, with dashes, with spaces, or as code 123 4567.
   */
  private static String phone(SplittableRandom rnd) {
    String p = SeededCases.oneOf(rnd, "+7", "8", "+7 ", "8 ", "");
    String c = SeededCases.oneOf(rnd, "912", "903", "999", "495", "812", "471");
    String m = RandomText.of(rnd, RandomText.DIGITS, 7, 7);
    String a = m.substring(0, 3);
    String b = m.substring(3, 5);
    String d = m.substring(5);
    String written =
        switch (SeededCases.between(rnd, 0, 4)) {
          case 0 -> p + c + m;
          case 1 -> p + " (" + c + ") " + a + "-" + b + "-" + d;
          case 2 -> p + "-" + c + "-" + a + "-" + b + "-" + d;
          case 3 -> p + " " + c + " " + a + " " + b + " " + d;
          default -> p + c + " " + a + " " + m.substring(3);
        };
    return written.strip();
  }

  /**
   * Up to 30 pieces joined by spaces, each an obscenity, a symbol run, a link start, a phone, card
   * or address fragment, an emoji, keyboard mash, an SMS-spam token, a Cyrillic word of 1 to 8
   * letters, a run of 1 to 12 digits, or up to 4 arbitrary characters.
   */
  private static String hostile(SplittableRandom rnd) {
    return RandomText.joined(
        rnd,
        30,
        " ",
        r ->
            switch (r.nextInt(4)) {
              case 0 -> SeededCases.oneOf(r, HOSTILE_PIECES);
              case 1 -> RandomText.of(r, RandomText.CYRILLIC, 1, 8);
              case 2 -> RandomText.of(r, RandomText.DIGITS, 1, 12);
              default -> RandomText.any(r, 4);
            });
  }
}
