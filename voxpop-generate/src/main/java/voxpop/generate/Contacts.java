package voxpop.generate;

import java.util.Locale;

/**
 * Names, e-mail addresses, callback phone numbers and the links and handles of spam. A sender's
 * name and e-mail follow from the sender's name seed, so they stay the same across the sender's
 * appeals and match the web form's sender field. Stateless and thread-safe.
 */
final class Contacts {
  private static final String[] OPERATORS = {
    "916", "903", "905", "910", "925", "926", "977", "999", "952", "960", "961", "962", "964",
    "950", "951", "953", "908", "913", "918", "928", "987"
  };
  private static final String[] TLD = {
    ".ru", ".ru", ".com", ".online", ".site", ".top", ".xyz", ".club", ".pro", ".info"
  };
  private static final String BASE62 =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Lexicon lexicon;

  Contacts(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** {@code name} "Анна Петровна", {@code first}, {@code fullname} or {@code name.en}. */
  void name(Sender s, String form, StringBuilder out) {
    long h = s.nameSeed;
    String first = pick(s.female ? lexicon.femaleNames : lexicon.maleNames, h);
    String patronymic =
        pick(s.female ? lexicon.femalePatronymics : lexicon.malePatronymics, h >>> 16);
    String surname = pick(lexicon.surnames, h >>> 32);
    if (s.female) {
      surname = Lexicon.femaleSurname(surname);
    }
    switch (form) {
      case "first" -> out.append(first);
      case "fullname" ->
          out.append(surname).append(' ').append(first).append(' ').append(patronymic);
      case "name.en" ->
          out.append(Transliteration.latin(first))
              .append(' ')
              .append(Transliteration.latin(surname));
      default -> out.append(first).append(' ').append(patronymic);
    }
  }

  /** The sender's e-mail address, such as {@code anna.petrova58@mail.ru}. */
  void email(Sender s, StringBuilder out) {
    long h = Rng.mix(s.nameSeed, 0xE3A1L);
    String first =
        Transliteration.latin(pick(s.female ? lexicon.femaleNames : lexicon.maleNames, s.nameSeed))
            .toLowerCase(Locale.ROOT);
    String surname = pick(lexicon.surnames, s.nameSeed >>> 32);
    surname =
        Transliteration.latin(s.female ? Lexicon.femaleSurname(surname) : surname)
            .toLowerCase(Locale.ROOT);
    switch ((int) Long.remainderUnsigned(h, 4)) {
      case 0 -> out.append(first).append('.').append(surname);
      case 1 -> out.append(surname).append('_').append(first.charAt(0));
      case 2 -> out.append(first).append(surname.charAt(0));
      default -> out.append(surname).append(first.charAt(0));
    }
    out.append(Long.remainderUnsigned(h >>> 8, 10_000));
    out.append('@').append(pick(lexicon.mailDomains, h >>> 24));
  }

  /** A phone number as people type it for a call back: several spellings. */
  void callbackPhone(Rng v, StringBuilder out) {
    String op = v.pick(OPERATORS);
    int a = v.between(100, 999);
    int b = v.between(10, 99);
    int c = v.between(10, 99);
    switch (v.nextInt(4)) {
      case 0 ->
          out.append("+7 ")
              .append(op)
              .append(' ')
              .append(a)
              .append('-')
              .append(b)
              .append('-')
              .append(c);
      case 1 ->
          out.append("8-")
              .append(op)
              .append('-')
              .append(a)
              .append('-')
              .append(b)
              .append('-')
              .append(c);
      case 2 -> out.append('8').append(op).append(a).append(b).append(c);
      default -> out.append("+7(").append(op).append(')').append(a).append(b).append(c);
    }
  }

  /** A link as spam carries it: a made-up domain, a shortener or a Telegram link. */
  void url(Rng v, StringBuilder out) {
    switch (v.nextInt(5)) {
      case 0 -> {
        out.append("bit.ly/");
        base62(v, 7, out);
      }
      case 1 -> {
        out.append("https://t.me/");
        handleWord(v, out);
      }
      case 2 -> {
        out.append("www.");
        domain(v, out);
      }
      default -> {
        out.append(v.nextBoolean() ? "https://" : "http://");
        domain(v, out);
        out.append('/');
        base62(v, v.between(3, 8), out);
      }
    }
  }

  /** A Telegram handle such as {@code @zarabotok_24}. */
  void handle(Rng v, StringBuilder out) {
    out.append('@');
    handleWord(v, out);
  }

  private void handleWord(Rng v, StringBuilder out) {
    out.append(v.pick(lexicon.spamWords));
    switch (v.nextInt(3)) {
      case 0 -> out.append('_').append(v.pick(lexicon.spamWords));
      case 1 -> out.append(v.between(1, 999));
      default -> out.append("_bot");
    }
  }

  private void domain(Rng v, StringBuilder out) {
    out.append(v.pick(lexicon.spamWords));
    if (v.nextBoolean()) {
      out.append('-').append(v.pick(lexicon.spamWords));
    }
    if (v.nextBoolean()) {
      out.append(v.between(1, 99));
    }
    out.append(v.pick(TLD));
  }

  private static void base62(Rng v, int n, StringBuilder out) {
    for (int i = 0; i < n; i++) {
      out.append(BASE62.charAt(v.nextInt(BASE62.length())));
    }
  }

  private static String pick(String[] items, long h) {
    return items[(int) Long.remainderUnsigned(h & 0xFFFF_FFFFL, items.length)];
  }
}
