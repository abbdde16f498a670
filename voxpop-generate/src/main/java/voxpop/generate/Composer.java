package voxpop.generate;

import java.util.List;
import voxpop.model.Channel;
import voxpop.model.Language;

/**
 * Writes the text of an accepted appeal from its plan, in the style of its channel: an operator's
 * third-person summary for calls, a terse SMS, an informal chat message, a polite web letter.
 * Appeals with two or three questions keep them recoverable: each ends with {@code ?}, or they are
 * numbered, or introduced by markers such as "Второй вопрос:" (see docs/generator.md). Not
 * thread-safe (one per generating thread).
 */
final class Composer {
  /** How the questions of a multi-question appeal are set apart. */
  enum Multi {
    QUESTION_MARKS,
    NUMBERED,
    MARKERS
  }

  private static final long GREET = 1;
  private static final long CONTEXT = 2;
  private static final long SIGN = 3;
  private static final long EXTRA = 4;
  private static final long LAYOUT = 5;
  private static final long QUESTION = 16;

  private final Style style;
  private final ThemeCatalog catalog;
  private final RenderContext ctx;
  private final PhoneComposer phone;
  private final SmsComposer sms;
  private final Noise noise;
  private final StringBuilder sb = new StringBuilder(512);

  Composer(Style style, ThemeCatalog catalog, RenderContext ctx, Noise noise) {
    this.style = style;
    this.catalog = catalog;
    this.ctx = ctx;
    this.noise = noise;
    this.phone = new PhoneComposer(style, catalog, ctx);
    this.sms = new SmsComposer(style, catalog, ctx);
  }

  /**
   * The text of {@code plan} as {@code sender} sends it. With {@code perturbRate} > 0 a share of
   * the wording choices is re-drawn and fresh noise applied: a near-duplicate of the original.
   */
  String compose(AppealPlan plan, Sender sender, double perturbRate, long noiseSeed) {
    Channel ch = plan.channel;
    if (ch == Channel.PHONE) {
      ctx.begin(sender, false, perturbRate, noiseSeed);
      return noise.apply(phone.compose(plan), Noise.Level.PHONE, true, noiseSeed);
    }
    ctx.begin(sender, true, perturbRate, noiseSeed);
    if (ch == Channel.SMS) {
      String text = sms.compose(plan, noiseSeed);
      return SmsComposer.cut(noise.apply(text, Noise.Level.SMS, false, noiseSeed));
    }
    Multi multi = direct(plan);
    Noise.Level level =
        ch == Channel.WEB
            ? Noise.Level.WEB
            : ch == Channel.SOCIAL ? Noise.Level.SOCIAL : Noise.Level.CHAT;
    return noise.apply(sb.toString(), level, multi == Multi.QUESTION_MARKS, noiseSeed);
  }

  /** The template a plan's question {@code i} uses, as the plan's channel sees the lists. */
  static Template template(ThemeCatalog catalog, AppealPlan plan, int i) {
    Subtheme s = catalog.subthemes.get(plan.subthemes[i]);
    int t = plan.templates[i];
    if (plan.channel == Channel.SMS) {
      return t < s.sms().size() ? s.sms().get(t) : s.asks(Language.RU).get(t - s.sms().size());
    }
    return s.asks(plan.language).get(t);
  }

  private Multi direct(AppealPlan plan) {
    sb.setLength(0);
    Language lang = plan.language;
    boolean web = plan.channel == Channel.WEB;
    ctx.part(Rng.mix(plan.seed, LAYOUT));
    boolean greet = decide(web ? 0.85 : 0.45);
    boolean context = decide(web ? 0.65 : 0.35);
    boolean sign = decide(web ? 0.6 : 0.15);
    boolean callback = decide(0.03);
    Multi multi = Multi.values()[ctx.choose(Multi.values().length)];
    String sep = web || decide(0.15) ? "\n" : " ";
    if (greet) {
      ctx.part(Rng.mix(plan.seed, GREET));
      String section =
          lang != Language.RU ? lang.code() + ".greet" : web ? "ru.greet.web" : "ru.greet.chat";
      pick(style.get(section)).render(ctx, sb);
      sb.append(sep);
    }
    if (context) {
      ctx.part(Rng.mix(plan.seed, CONTEXT));
      List<Template> own = catalog.subthemes.get(plan.subthemes[0]).contexts(lang);
      if (!own.isEmpty() && decide(0.75)) {
        pick(own).node().render(ctx, sb);
      } else {
        pick(style.get(lang, "ctx")).render(ctx, sb);
      }
      sb.append(' ');
    }
    int k = plan.questions();
    for (int i = 0; i < k; i++) {
      ctx.part(Rng.mix(plan.seed, QUESTION + i));
      Template t = template(catalog, plan, i);
      if (i > 0) {
        sb.append(multi == Multi.NUMBERED ? sep : " ");
      }
      if (k == 1) {
        single(lang, t);
      } else {
        multiItem(lang, t, i, multi);
      }
    }
    if (callback) {
      ctx.part(Rng.mix(plan.seed, EXTRA));
      sb.append(' ');
      pick(style.get(lang, "callback")).render(ctx, sb);
    }
    if (sign) {
      ctx.part(Rng.mix(plan.seed, SIGN));
      sb.append(sep);
      String section =
          lang != Language.RU ? lang.code() + ".sign" : web ? "ru.sign.web" : "ru.sign.chat";
      pick(style.get(section)).render(ctx, sb);
    }
    return k == 1 ? null : multi;
  }

  private void single(Language lang, Template t) {
    if (t.kind() == Template.Kind.QUESTION || decide(0.4)) {
      questionForm(lang, t);
    } else {
      ctx.render(pick(style.get(lang, "ask.r")), t.node(), sb);
      sb.append(decide(0.7) ? '.' : '!');
    }
  }

  private void multiItem(Language lang, Template t, int i, Multi multi) {
    switch (multi) {
      case NUMBERED -> {
        sb.append(i + 1).append(decide(0.5) ? ") " : ". ");
        single(lang, t);
      }
      case MARKERS -> {
        if (i == 0) {
          single(lang, t);
        } else {
          pick(style.get(lang, i == 1 ? "second" : "third")).render(ctx, sb);
          sb.append(' ');
          single(lang, t);
        }
      }
      case QUESTION_MARKS -> {
        if (i > 0 && decide(0.5)) {
          boolean q = t.kind() == Template.Kind.QUESTION;
          ctx.render(pick(style.get(lang, q ? "also.q" : "also.r")), t.node(), sb);
          sb.append('?');
        } else {
          questionForm(lang, t);
        }
      }
    }
  }

  private void questionForm(Language lang, Template t) {
    boolean q = t.kind() == Template.Kind.QUESTION;
    ctx.render(pick(style.get(lang, q ? "ask.q" : "ask.rq")), t.node(), sb);
    sb.append('?');
  }

  private boolean decide(double p) {
    return ctx.choose(1000) < p * 1000;
  }

  private <T> T pick(List<T> items) {
    return items.get(ctx.choose(items.size()));
  }

  private Node pick(Node[] items) {
    return items[ctx.choose(items.length)];
  }
}
