package voxpop.generate;

import java.util.List;
import java.util.Map;

/**
 * Word lists that fill slots: streets, villages, personal names, management companies, e-mail
 * domains, emoji. Loaded once from {@code lexicon.txt}; immutable and thread-safe.
 */
final class Lexicon {
  final String[] streets;
  final String[] villages;
  final String[] maleNames;
  final String[] femaleNames;
  final String[] malePatronymics;
  final String[] femalePatronymics;
  final String[] surnames;
  final String[] companies;
  final String[] mailDomains;
  final String[] emoji;
  final String[] angryEmoji;
  final String[] spamWords;

  private static final Lexicon INSTANCE = new Lexicon(ResourceText.sections("lexicon.txt"));

  private Lexicon(Map<String, List<ResourceText.Line>> s) {
    streets = list(s, "street");
    villages = list(s, "village");
    maleNames = list(s, "name.male");
    femaleNames = list(s, "name.female");
    malePatronymics = list(s, "patronymic.male");
    femalePatronymics = list(s, "patronymic.female");
    surnames = list(s, "surname");
    companies = list(s, "company");
    mailDomains = list(s, "mail.domain");
    emoji = list(s, "emoji");
    angryEmoji = list(s, "emoji.angry");
    spamWords = list(s, "spam.word");
  }

  static Lexicon get() {
    return INSTANCE;
  }

  private static String[] list(Map<String, List<ResourceText.Line>> s, String name) {
    List<ResourceText.Line> lines = s.get(name);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalStateException("lexicon.txt: section '" + name + "' is missing or empty");
    }
    return lines.stream().map(ResourceText.Line::text).toArray(String[]::new);
  }

  /** The female form of a Russian surname: Иванов → Иванова, Вишневский → Вишневская. */
  static String femaleSurname(String surname) {
    if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин")) {
      return surname + "а";
    }
    if (surname.endsWith("ский") || surname.endsWith("цкий")) {
      return surname.substring(0, surname.length() - 2) + "ая";
    }
    return surname;
  }
}
