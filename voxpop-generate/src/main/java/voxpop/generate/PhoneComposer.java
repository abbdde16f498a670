package voxpop.generate;

import java.util.List;
import voxpop.model.Language;

/**
 * The text a call-centre operator types: who called, some context in the third person, then the
 * question as reported speech ("Интересуется, когда…", "Просит…"), 100 to 400 characters. Several
 * questions are numbered or introduced by "Также интересуется" or "Второй вопрос:". Not
 * thread-safe.
 */
final class PhoneComposer {
  static final int MIN_LENGTH = 100;
  static final int MAX_LENGTH = 400;

  private final Style style;
  private final ThemeCatalog catalog;
  private final RenderContext ctx;
  private final StringBuilder sb = new StringBuilder(512);

  PhoneComposer(Style style, ThemeCatalog catalog, RenderContext ctx) {
    this.style = style;
    this.catalog = catalog;
    this.ctx = ctx;
  }

  String compose(AppealPlan plan) {
    String text = build(plan, true);
    if (text.length() > MAX_LENGTH) {
      text = build(plan, false);
    }
    return text;
  }

  private String build(AppealPlan plan, boolean withContext) {
    sb.setLength(0);
    ctx.part(Rng.mix(plan.seed, 5));
    boolean context = withContext && decide(0.55);
    int mode = ctx.choose(3);
    ctx.part(Rng.mix(plan.seed, 1));
    pick(style.get("phone.intro")).render(ctx, sb);
    if (context) {
      ctx.part(Rng.mix(plan.seed, 2));
      List<Template> reported = catalog.subthemes.get(plan.subthemes[0]).reported();
      sb.append(' ');
      int start = sb.length();
      reported.get(ctx.choose(reported.size())).node().render(ctx, sb);
      capitalise(start);
      endSentence();
    }
    int k = plan.questions();
    if (k > 1 && mode == 0) {
      sb.append(' ');
      pick(style.get("phone.list")).render(ctx, sb);
    }
    for (int i = 0; i < k; i++) {
      ctx.part(Rng.mix(plan.seed, 16 + i));
      Template t =
          catalog.subthemes.get(plan.subthemes[i]).asks(Language.RU).get(plan.templates[i]);
      boolean q = t.kind() == Template.Kind.QUESTION;
      sb.append(' ');
      if (k > 1 && mode == 0) {
        sb.append(i + 1).append(") ");
        item(t, q);
      } else if (i > 0 && mode == 1) {
        pick(style.get(i == 1 ? "ru.second" : "ru.third")).render(ctx, sb);
        sb.append(' ');
        item(t, q);
      } else {
        int start = sb.length();
        String section =
            i == 0 ? (q ? "phone.q" : "phone.r") : (q ? "phone.also.q" : "phone.also.r");
        ctx.render(pick(style.get(section)), t.node(), sb);
        capitalise(start);
        sb.append('.');
      }
    }
    ctx.part(Rng.mix(plan.seed, 4));
    Node[] extras = style.get("phone.extra");
    int first = ctx.choose(extras.length);
    for (int n = 0; n < 3 && (sb.length() < MIN_LENGTH || (n == 0 && decide(0.3))); n++) {
      sb.append(' ');
      extras[(first + n) % extras.length].render(ctx, sb);
    }
    return sb.toString();
  }

  /** A numbered or marked question: direct question form, or "Просит …" for a request. */
  private void item(Template t, boolean question) {
    int start = sb.length();
    if (question) {
      t.node().render(ctx, sb);
      capitalise(start);
      sb.append('?');
    } else {
      sb.append("Просит ");
      t.node().render(ctx, sb);
      sb.append('.');
    }
  }

  private void capitalise(int at) {
    if (at < sb.length()) {
      sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
    }
  }

  private void endSentence() {
    char last = sb.charAt(sb.length() - 1);
    if (last != '.' && last != '!' && last != '?') {
      sb.append('.');
    }
  }

  private boolean decide(double p) {
    return ctx.choose(1000) < p * 1000;
  }

  private Node pick(Node[] items) {
    return items[ctx.choose(items.length)];
  }
}
