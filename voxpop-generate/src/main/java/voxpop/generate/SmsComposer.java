package voxpop.generate;

import java.util.List;
import voxpop.model.Language;

/**
 * An SMS: Russian, at most 70 characters (one Cyrillic SMS segment), terse, abbreviated, mostly
 * lower case and without punctuation. A phrasing that does not fit is replaced by another of the
 * same sub-theme; as a last resort the text is cut at a word boundary, as phones do. Not
 * thread-safe.
 */
final class SmsComposer {
  static final int MAX_LENGTH = 70;
  private static final String PUNCT = ".,!?:;«»\"()";
  private static final String[][] SHORT = {
    {"пожалуйста", "плз"},
    {"пожалуйста ", ""},
    {"Владимир Владимирович", "ВВ"},
    {"области", "обл"},
    {"улице", "ул"},
    {"улица", "ул"},
    {"рублей", "р"},
    {"тысяч", "тыс"},
    {"сейчас", "щас"},
    {"спасибо", "спс"},
    {"человек", "чел"},
    {"что", "што"},
    {"администрация", "админ"},
    {"администрации", "админ"},
    {"Президент", "през"},
    {"почему", "пачему"},
    {"сколько", "скока"},
    {"когда", "када"},
    {"район", "р-н"},
    {"района", "р-на"},
    {"деревне", "дер"},
    {"поселке", "пос"},
    {"посёлке", "пос"},
    {"городе", "г"},
    {"здравствуйте", "здрасте"},
    {"месяцев", "мес"},
    {"месяца", "мес"}
  };

  private final Style style;
  private final ThemeCatalog catalog;
  private final RenderContext ctx;
  private final StringBuilder sb = new StringBuilder(256);

  SmsComposer(Style style, ThemeCatalog catalog, RenderContext ctx) {
    this.style = style;
    this.catalog = catalog;
    this.ctx = ctx;
  }

  String compose(AppealPlan plan, long seed) {
    Subtheme s = catalog.subthemes.get(plan.subthemes[0]);
    List<Template> asks = s.asks(Language.RU);
    int options = s.sms().size() + asks.size();
    int t = plan.templates[0];
    ctx.part(Rng.mix(plan.seed, 16));
    boolean greet = decide(0.1);
    boolean lower = decide(0.75);
    boolean strip = decide(0.8);
    String text = "";
    for (int attempt = 0; attempt < 5; attempt++) {
      sb.setLength(0);
      if (greet) {
        pick(style.get("sms.greet")).render(ctx, sb);
        sb.append(' ');
      }
      Template tpl = t < s.sms().size() ? s.sms().get(t) : asks.get(t - s.sms().size());
      int start = sb.length();
      switch (tpl.kind()) {
        case QUESTION -> {
          tpl.node().render(ctx, sb);
          sb.append('?');
        }
        case REQUEST -> {
          sb.append(decide(0.5) ? "прошу " : "");
          tpl.node().render(ctx, sb);
        }
        default -> tpl.node().render(ctx, sb);
      }
      if (start < sb.length()) {
        sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
      }
      text = terse(sb.toString(), lower, strip);
      if (text.length() <= MAX_LENGTH) {
        return text;
      }
      t = (t + 1 + ctx.choose(options - 1)) % options;
    }
    return cut(text);
  }

  private String terse(String s, boolean lower, boolean strip) {
    for (String[] pair : SHORT) {
      if (s.contains(pair[0]) && decide(0.6)) {
        s = s.replace(pair[0], pair[1]);
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || (strip && PUNCT.indexOf(c) >= 0)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(lower ? Character.toLowerCase(c) : c);
        space = false;
      }
    }
    int end = out.length();
    return space && end > 0 ? out.substring(0, end - 1) : out.toString();
  }

  /** The longest prefix of at most 70 characters that ends at a word boundary. */
  static String cut(String s) {
    if (s.length() <= MAX_LENGTH) {
      return s;
    }
    int space = s.lastIndexOf(' ', MAX_LENGTH);
    return (space > 20 ? s.substring(0, space) : s.substring(0, MAX_LENGTH)).strip();
  }

  private boolean decide(double p) {
    return ctx.choose(1000) < p * 1000;
  }

  private Node pick(Node[] items) {
    return items[ctx.choose(items.length)];
  }
}
