package voxpop.screen;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import voxpop.text.Letters;

/**
 * Scores advertising and spam. A link, a phone number or an e-mail alone is not spam: citizens
 * leave their number for a reply and link a news story about their problem. Spam is the sum of
 * evidence: advertising phrases ({@code spam.txt}), link shorteners and messenger links, handles,
 * links that make up most of the text, money amounts, premium numbers and SMS short codes, and
 * extra weight when a contact comes with advertising words. The reason names the part that weighed
 * most: {@code spam.link}, {@code spam.contact} or {@code spam.advertising}. Thread-safe after
 * construction.
 */
final class SpamDetector {
  /** The outcome for one text. */
  record Result(double score, String reason) {}

  private static final Set<String> SHORTENERS =
      Set.of(
          "bit.ly",
          "clck.ru",
          "goo.gl",
          "tinyurl.com",
          "cutt.ly",
          "t.co",
          "vk.cc",
          "u.to",
          "is.gd",
          "ow.ly",
          "rebrand.ly",
          "tiny.cc",
          "shorturl.at",
          "rb.gy",
          "qps.ru");
  private static final Set<String> MESSENGERS =
      Set.of("t.me", "telegram.me", "wa.me", "chat.whatsapp.com", "vk.me", "ok.me", "viber.click");

  private static final Function<WordFacts, PhraseLexicon.Entry[]> SPAM_STARTS = f -> f.spamStarts;

  /** The most the vocabulary of an appeal can weigh against a spam verdict. */
  private static final double MAX_CIVIC = -1.2;

  private final PhraseLexicon phrases;
  private final java.util.function.Predicate<String> hostWords;

  /**
   * @param phrases weighted advertising phrases ({@code spam.txt})
   * @param hostWords words that mark a host name as advertising ({@code spam-hosts.txt})
   */
  SpamDetector(PhraseLexicon phrases, List<String> hostWords) {
    this.phrases = phrases;
    Set<String> words = Set.copyOf(hostWords);
    this.hostWords =
        host -> {
          for (String part : host.split("[^a-z]+")) {
            if (words.contains(part)) {
              return true;
            }
          }
          return false;
        };
  }

  /** The advertising phrases found, for explanations. */
  List<String> phrasesFound(ScreenText t) {
    return PhraseLexicon.found(t.facts, SPAM_STARTS);
  }

  Result score(ScreenText t) {
    double link = 0;
    double contact = 0;
    int urls = 0;
    int phones = 0;
    boolean spammyHost = false;
    for (ContactFinder.Span c : t.contacts) {
      switch (c.kind()) {
        case URL -> {
          urls++;
          String host = host(t.text.substring(c.start(), c.end()));
          link += urls <= 2 ? 0.25 : 0;
          if (SHORTENERS.contains(host)) {
            link += 0.8;
          } else if (MESSENGERS.contains(host)) {
            link += 0.6;
          } else if (!spammyHost && hostWords.test(host)) {
            spammyHost = true;
            link += 0.6;
          }
        }
        case HANDLE -> {
          contact += 0.4;
          String h = t.text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
          if (h.endsWith("bot")) {
            // A Telegram bot: the usual door of earning and loan schemes.
            contact += 0.4;
          }
        }
        case PHONE -> {
          phones++;
          contact += phones <= 2 ? 0.2 : 0;
          if (isPremium(t.text, c)) {
            contact += 0.9;
          }
        }
        case EMAIL -> contact += 0.1;
        case CARD -> contact += 0.3;
      }
    }
    if (urls > 0 && t.words < 4) {
      link += 0.7;
    }
    double[] bySign = PhraseLexicon.scoreBySign(t.facts, SPAM_STARTS);
    double words = bySign[0];
    double advertising = words + Math.max(bySign[1], MAX_CIVIC) + codes(t);
    if (words > 0) {
      // Money and contacts count only in advertising context: appeals quote bills and leave a
      // phone number for the reply.
      advertising += money(t);
      if (words >= 0.5 && (link > 0 || contact > 0)) {
        contact += 0.4;
      }
    }
    double total = link + contact + advertising;
    String reason;
    if (link >= contact && link >= advertising) {
      reason = "spam.link";
    } else if (contact >= advertising) {
      reason = "spam.contact";
    } else {
      reason = "spam.advertising";
    }
    return new Result(total, reason);
  }

  /** Price codes ({@code 150p}, {@code 10ppm}) and SMS short codes ({@code Text WIN to 87121}). */
  private static double codes(ScreenText t) {
    double s = 0;
    String text = t.text;
    for (int k = 0; k < t.words; k++) {
      int a = t.starts[k];
      int b = t.ends[k];
      if (!Letters.isDigit(text.charAt(a))) {
        continue;
      }
      int d = a;
      while (d < b && Letters.isDigit(text.charAt(d))) {
        d++;
      }
      String unit = text.substring(d, b).toLowerCase(Locale.ROOT);
      if (isPriceUnit(unit)) {
        s += 0.8;
      } else if (unit.isEmpty() && d - a == 5 && afterSmsVerb(t, k)) {
        s += 0.6;
      }
    }
    return s;
  }

  /** {@code p}, {@code ppm}, {@code ppmsg}, {@code pmin}: pence per message or minute. */
  private static boolean isPriceUnit(String unit) {
    if (unit.isEmpty() || unit.length() > 6 || unit.charAt(0) != 'p') {
      return false;
    }
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return unit.equals("p") || unit.startsWith("pp") || unit.equals("pmin") || unit.equals("pmsg");
  }

  /** Money amounts ({@code 5000 руб}, {@code £1000}), at most two counted. */
  private static double money(ScreenText t) {
    int money = 0;
    String text = t.text;
    for (int k = 0; k < t.words && money < 2; k++) {
      int a = t.starts[k];
      int b = t.ends[k];
      if (Letters.isDigit(text.charAt(a))
          && (isCurrencyBefore(text, a) || isCurrencyAfter(text, b, k, t))) {
        money++;
      }
    }
    return money * 0.2;
  }

  private static boolean afterSmsVerb(ScreenText t, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      String w = t.text.substring(t.starts[j], t.ends[j]).toLowerCase(Locale.ROOT);
      if (w.equals("txt")
          || w.equals("text")
          || w.equals("send")
          || w.equals("sms")
          || w.equals("reply")
          || w.equals("call")
          || w.equals("to")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCurrencyBefore(String text, int a) {
    return a > 0 && isCurrency(text.charAt(a - 1));
  }

  private static boolean isCurrencyAfter(String text, int b, int k, ScreenText t) {
    if (b < text.length() && isCurrency(text.charAt(b))) {
      return true;
    }
    if (k + 1 < t.words && t.starts[k + 1] - b <= 1) {
      String next = text.substring(t.starts[k + 1], t.ends[k + 1]).toLowerCase(Locale.ROOT);
      return next.equals("руб")
          || next.equals("рублей")
          || next.equals("р")
          || next.equals("тыс")
          || next.equals("usd")
          || next.equals("usdt")
          || next.equals("pounds");
    }
    return b + 1 < text.length() && text.charAt(b) == ' ' && isCurrency(text.charAt(b + 1));
  }

  private static boolean isCurrency(char c) {
    return c == '$' || c == '£' || c == '€' || c == '₽';
  }

  /** UK premium-rate (09…) and Russian paid (8-809) numbers. */
  private static boolean isPremium(String text, ContactFinder.Span s) {
    StringBuilder d = new StringBuilder(16);
    for (int i = s.start(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    return d.length() == 11
        && (d.indexOf("09") == 0
            || d.indexOf("0871") == 0
            || d.indexOf("8809") == 0
            || d.indexOf("0870") == 0);
  }

  private static String host(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    int scheme = u.indexOf("://");
    if (scheme >= 0) {
      u = u.substring(scheme + 3);
    }
    if (u.startsWith("www.")) {
      u = u.substring(4);
    }
    int end = u.length();
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == ':') {
        end = i;
        break;
      }
    }
    return u.substring(0, end);
  }

  static List<String> shorteners() {
    return List.copyOf(SHORTENERS);
  }
}
