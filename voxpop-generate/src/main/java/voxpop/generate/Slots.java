package voxpop.generate;

/**
 * Fills template slots: places of the sender's region, numbers with their Russian noun forms, sums
 * of money, dates, names, contact details. Values come from the context's value generator, so a
 * part re-rendered from the same seed gets the same values. Stateless and thread-safe.
 */
final class Slots {
  private static final String[] MONTHS_GEN = {
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря"
  };
  private static final String[] MONTHS_LOC = {
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре"
  };

  /**
   * село, деревня, посёлок in the nominative, genitive, dative, accusative, prepositional,
   * instrumental.
   */
  private static final String[][] VILLAGE_KINDS = {
    {"село", "села", "селу", "село", "селе", "селом"},
    {"деревня", "деревни", "деревне", "деревню", "деревне", "деревней"},
    {"посёлок", "посёлка", "посёлку", "посёлок", "посёлке", "посёлком"}
  };

  private static final String[] WHO_MALE = {"заявитель", "заявитель", "звонящий", "мужчина"};
  private static final String[] WHO_FEMALE = {"заявительница", "звонящая", "женщина", "заявитель"};

  private final Places places;
  private final Lexicon lexicon;
  private final Contacts contacts;

  Slots(Places places, Lexicon lexicon, Contacts contacts) {
    this.places = places;
    this.lexicon = lexicon;
    this.contacts = contacts;
  }

  void fill(Node.Slot s, RenderContext c, StringBuilder out) {
    Sender who = c.sender();
    Places.Subject subject = places.subject(who.region);
    Places.Town[] towns = subject.towns();
    Rng v = c.values();
    switch (s.name()) {
      case "town" -> out.append(towns[who.town].nominative());
      case "town.gen" -> out.append(towns[who.town].genitive());
      case "town.loc" -> out.append(towns[who.town].prepositional());
      case "town.en" -> out.append(towns[who.town].latin());
      case "town2", "town2.gen", "town2.loc" -> {
        if (c.town2 < 0) {
          c.town2 = (who.town + 1 + v.nextInt(towns.length - 1)) % towns.length;
        }
        Places.Town t = towns[c.town2];
        out.append(
            s.name().equals("town2")
                ? t.nominative()
                : s.name().equals("town2.gen") ? t.genitive() : t.prepositional());
      }
      case "region.loc" -> out.append(subject.prepositional());
      case "region.gen" -> out.append(subject.genitive());
      case "village",
          "village.gen",
          "village.dat",
          "village.acc",
          "village.loc",
          "village.ins",
          "village.name",
          "village.en" ->
          village(s.name(), sticky(c.village, v, lexicon.villages.length, c, 0), out);
      case "street" ->
          out.append(lexicon.streets[sticky(c.street, v, lexicon.streets.length, c, 1)]);
      case "house" -> out.append(sticky(c.house, v, 120, c, 2) + 1);
      case "flat" -> out.append(v.between(1, 240));
      case "num" -> out.append(v.between(s.lo(), s.hi()));
      case "n" -> {
        int n = v.between(s.lo(), s.hi());
        out.append(n).append(' ').append(s.forms()[pluralForm(n)]);
      }
      case "money" -> money(v.between(s.lo(), s.hi()), s.hi(), out);
      case "date" -> out.append(v.between(1, 28)).append(' ').append(MONTHS_GEN[v.nextInt(12)]);
      case "month.loc" -> out.append(MONTHS_LOC[v.nextInt(12)]);
      case "fio" -> fio(v, out);
      case "name", "first", "fullname", "name.en" -> contacts.name(who, s.name(), out);
      case "company" -> out.append(v.pick(lexicon.companies));
      case "phone" -> contacts.callbackPhone(v, out);
      case "email" -> contacts.email(who, out);
      case "age" -> {
        out.append(who.age)
            .append(' ')
            .append(new String[] {"год", "года", "лет"}[pluralForm(who.age)]);
      }
      case "who" -> out.append(v.pick(who.female ? WHO_FEMALE : WHO_MALE));
      case "emoji" -> out.append(v.pick(lexicon.emoji));
      case "url" -> contacts.url(v, out);
      case "handle" -> contacts.handle(v, out);
      default -> throw new IllegalStateException("no filler for slot " + s.name());
    }
  }

  /**
   * A village with the word for its kind in the case the preposition needs ("в селе Ивановка", "до
   * деревни Ключи"): the name itself stays in the nominative, as is usual after the kind word.
   */
  private void village(String form, int index, StringBuilder out) {
    String name = lexicon.villages[index];
    if (form.equals("village.name")) {
      out.append(name);
      return;
    }
    if (form.equals("village.en")) {
      out.append(Transliteration.latin(name));
      return;
    }
    int kind = name.endsWith("ое") || name.endsWith("ие") ? 0 : index % 3;
    int c =
        switch (form) {
          case "village.gen" -> 1;
          case "village.dat" -> 2;
          case "village.acc" -> 3;
          case "village.loc" -> 4;
          case "village.ins" -> 5;
          default -> 0;
        };
    out.append(VILLAGE_KINDS[kind][c]).append(' ').append(name);
  }

  private static int sticky(int current, Rng v, int bound, RenderContext c, int which) {
    if (current >= 0) {
      return current;
    }
    int value = v.nextInt(bound);
    switch (which) {
      case 0 -> c.village = value;
      case 1 -> c.street = value;
      default -> c.house = value;
    }
    return value;
  }

  private void fio(Rng v, StringBuilder out) {
    boolean female = v.nextBoolean();
    String surname = v.pick(lexicon.surnames);
    out.append(female ? Lexicon.femaleSurname(surname) : surname).append(' ');
    out.append(v.pick(female ? lexicon.femaleNames : lexicon.maleNames).charAt(0)).append(". ");
    out.append(v.pick(lexicon.malePatronymics).charAt(0)).append('.');
  }

  /** Russian plural form index: 0 for 1 (год), 1 for 2–4 (года), 2 for 5–20 (лет). */
  static int pluralForm(int n) {
    int m100 = Math.abs(n) % 100;
    int m10 = m100 % 10;
    if (m10 == 1 && m100 != 11) {
      return 0;
    }
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) {
      return 1;
    }
    return 2;
  }

  /** Rounds like people quote sums (to hundreds, or to ten thousands for millions) and groups. */
  static void money(int value, int scale, StringBuilder out) {
    long v = value;
    if (scale >= 1_000_000) {
      v = Math.round(v / 10_000.0) * 10_000;
    } else if (scale >= 5_000) {
      v = Math.round(v / 100.0) * 100;
    }
    String digits = Long.toString(v);
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      out.append(' ').append(digits, i, i + 3);
    }
  }
}
