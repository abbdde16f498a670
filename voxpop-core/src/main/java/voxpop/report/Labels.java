package voxpop.report;

import java.util.Map;

/**
 * The page's own words, Russian first with English beside it, and the names of the codes that
 * appear in results (channels, age groups, genders, verdicts, languages). An unknown code is shown
 * as it is. Immutable and thread-safe.
 */
final class Labels {
  /** Russian and English for one code or heading. */
  record Pair(String ru, String en) {}

  private static final Map<String, Pair> CHANNELS =
      Map.of(
          "phone", new Pair("Телефон", "Phone"),
          "sms", new Pair("SMS", "SMS"),
          "messenger", new Pair("Мессенджер", "Messenger"),
          "social", new Pair("Соцсети", "Social networks"),
          "web", new Pair("Сайт", "Web form"),
          "app", new Pair("Приложение", "App"),
          "other", new Pair("Другое", "Other"));

  private static final Map<String, Pair> AGE_GROUPS =
      Map.of(
          "under-18", new Pair("до 18", "under 18"),
          "18-29", new Pair("18–29", "18–29"),
          "30-44", new Pair("30–44", "30–44"),
          "45-59", new Pair("45–59", "45–59"),
          "60-plus", new Pair("60 и старше", "60+"),
          "unknown", new Pair("не указан", "unknown"));

  private static final Map<String, Pair> GENDERS =
      Map.of(
          "female", new Pair("Женщины", "Women"),
          "male", new Pair("Мужчины", "Men"),
          "unknown", new Pair("Не указан", "Unknown"));

  private static final Map<String, Pair> VERDICTS =
      Map.of(
          "accepted", new Pair("Принято", "Accepted"),
          "spam", new Pair("Спам и реклама", "Spam"),
          "abuse", new Pair("Брань и оскорбления", "Abuse"),
          "gibberish", new Pair("Бессмыслица", "Gibberish"),
          "empty", new Pair("Пустые", "Empty"),
          "too_short", new Pair("Слишком короткие", "Too short"),
          "flood", new Pair("Флуд", "Flood"));

  private static final Map<String, Pair> LANGUAGES =
      Map.of(
          "ru", new Pair("Русский", "Russian"),
          "uk", new Pair("Украинский", "Ukrainian"),
          "en", new Pair("Английский", "English"),
          "other", new Pair("Другой", "Other"));

  private Labels() {}

  static Pair channel(String code) {
    return lookup(CHANNELS, code);
  }

  static Pair ageGroup(String code) {
    return lookup(AGE_GROUPS, code);
  }

  static Pair gender(String code) {
    return lookup(GENDERS, code);
  }

  static Pair verdict(String code) {
    return lookup(VERDICTS, code);
  }

  static Pair language(String code) {
    return lookup(LANGUAGES, code);
  }

  /** The name of a region, or "not given" for an empty one. */
  static Pair region(String name) {
    return name == null || name.isEmpty() ? new Pair("Не указан", "Not given") : new Pair(name, "");
  }

  /** Appends {@code ru <span class="en">en</span>}, or just {@code ru} when both are the same. */
  static Html bi(Html h, Pair p) {
    h.text(p.ru());
    if (!p.en().isEmpty() && !p.en().equals(p.ru())) {
      h.raw(" <span class=\"en\" lang=\"en\">").text(p.en()).raw("</span>");
    }
    return h;
  }

  static Html bi(Html h, String ru, String en) {
    return bi(h, new Pair(ru, en));
  }

  private static Pair lookup(Map<String, Pair> names, String code) {
    Pair p = names.get(code == null ? "" : code);
    return p != null ? p : new Pair(code == null ? "" : code, "");
  }
}
