package voxpop.screen;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  private final PhraseLexicon phrases;

  SpamDetector(PhraseLexicon phrases) {
    this.phrases = phrases;
  }

  Result score(ScreenText t) {
    double link = 0;
    double contact = 0;
    int urls = 0;
    int phones = 0;
    for (ContactFinder.Span s : t.contacts) {
      switch (s.kind()) {
        case URL -> {
          urls++;
          String host = host(t.text.substring(s.start(), s.end()));
          link += urls <= 2 ? 0.35 : 0;
          if (SHORTENERS.contains(host)) {
            link += 0.8;
          } else if (MESSENGERS.contains(host)) {
            link += 0.6;
          }
        }
        case HANDLE -> contact += 0.5;
        case PHONE -> {
          phones++;
          contact += phones <= 2 ? 0.25 : 0;
          if (isPremium(t.text, s)) {
            contact += 0.5;
          }
        }
        case EMAIL -> contact += 0.1;
        case CARD -> contact += 0.3;
      }
    }
    int plainWords = t.words;
    if (urls > 0 && plainWords < 4) {
      link += 0.7;
    }
    double advertising = phrases.score(new WordSkeletons(t)) + moneyAndCodes(t);
    if (advertising >= 0.3 && (link > 0 || contact > 0)) {
      // A contact is spam evidence only in advertising context.
      contact += 0.4;
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

  /**
   * Money amounts ({@code 5000 руб}, {@code £1000}), price codes ({@code 150p}) and short codes.
   */
  private static double moneyAndCodes(ScreenText t) {
    double s = 0;
    int money = 0;
    String text = t.text;
    for (int k = 0; k < t.words; k++) {
      int a = t.starts[k];
      int b = t.ends[k];
      char first = text.charAt(a);
      if (!Character.isDigit(first)) {
        continue;
      }
      int d = a;
      while (d < b && Character.isDigit(text.charAt(d))) {
        d++;
      }
      int digits = d - a;
      String unit = text.substring(d, b).toLowerCase(Locale.ROOT);
      if (unit.equals("p") || unit.equals("ppm") || unit.equals("pmin") || unit.equals("pm")) {
        s += 0.8;
      } else if (isCurrencyBefore(text, a) || isCurrencyAfter(text, b, k, t)) {
        money++;
      } else if (unit.isEmpty() && digits == 5 && afterSmsVerb(t, k)) {
        // An SMS short code: "Text WIN to 87121", "send STOP to 62468".
        s += 0.6;
      }
    }
    return s + Math.min(money, 2) * 0.3;
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
