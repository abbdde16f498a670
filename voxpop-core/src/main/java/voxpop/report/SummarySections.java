package voxpop.report;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import voxpop.pipeline.AnalysisResult.RunInfo;
import voxpop.pipeline.AnalysisResult.Totals;

/** The page's header, headline totals, audience shares and provenance. Stateless. */
final class SummarySections {
  private SummarySections() {}

  static void header(Html h, ReportContext c) {
    RunInfo run = c.run;
    h.raw("<header>").nl().raw("<h1>");
    Labels.bi(h, "Вопросы граждан: темы и итоги", "Citizens' questions: themes and totals");
    h.raw("</h1>").nl().raw("<p class=\"meta\">");
    h.raw("<code>").text(run.input()).raw("</code>");
    if (!run.firstReceived().isEmpty() || !run.lastReceived().isEmpty()) {
      h.raw(" · ").text(moment(run.firstReceived())).raw(" — ").text(moment(run.lastReceived()));
      if (!run.timezone().isEmpty()) {
        h.raw(" (").text(run.timezone()).raw(")");
      }
    }
    h.raw(" · voxpop ").text(run.version()).raw(" · seed ").text(run.seed()).raw("</p>").nl();
    h.raw("<nav class=\"toc\">");
    String[][] toc = {
      {"totals", "Итоги", "Totals"},
      {"themes", "Темы", "Themes"},
      {"trends", "Тренды", "Trends"},
      {"regions", "Регионы", "Regions"},
      {"audience", "Каналы и аудитория", "Channels and audience"},
      {"campaigns", "Кампании", "Campaigns"},
      {"screening", "Отсев", "Screening"},
      {"provenance", "О запуске", "Provenance"}
    };
    for (String[] e : toc) {
      h.raw("<a href=\"#").raw(e[0]).raw("\">");
      Labels.bi(h, e[1], e[2]).raw("</a>");
    }
    h.raw("</nav>").nl().raw("</header>").nl();
  }

  static void totals(Html h, ReportContext c) {
    Totals t = c.totals;
    ReportHtmlWriter.open(h, "totals", "Итоги", "Totals");
    if (t.appeals() == 0) {
      h.raw("<p class=\"notice\">");
      Labels.bi(h, "В этом запуске нет обращений.", "This run has no appeals.").raw("</p>").nl();
    }
    h.raw("<div class=\"cards\">").nl();
    long screened = t.questions() - t.accepted();
    card(h, t.appeals(), "Обращения", "Appeals", null);
    card(
        h,
        t.questions(),
        "Вопросы",
        "Questions",
        t.appeals() == 0
            ? ""
            : Num.fixed(Num.ratio(t.questions(), t.appeals()), 2) + " на обращение · per appeal");
    card(h, t.people(), "Люди", "People", "разных отправителей · distinct senders");
    card(
        h,
        t.accepted(),
        "Принято",
        "Accepted",
        Num.percent(Num.ratio(t.accepted(), t.questions())) + " вопросов · of questions");
    card(h, screened, "Отсеяно", "Screened out", screenedDetail(t));
    card(
        h,
        t.duplicateQuestions(),
        "Повторы",
        "Duplicates",
        "в " + Num.grouped(t.duplicateGroups()) + " группах · in groups");
    card(
        h,
        c.campaigns.size(),
        "Кампании",
        "Campaigns",
        Num.grouped(t.campaignQuestions()) + " вопросов · questions");
    long other = c.other() == null ? t.accepted() - t.themed() : c.other().questions();
    card(
        h,
        c.themes.size(),
        "Темы",
        "Themes",
        "в темах · themed " + Num.grouped(t.themed()) + "; прочие · other " + Num.grouped(other));
    h.raw("</div>").nl();
    ReportHtmlWriter.close(h);
  }

  /** The largest screening classes, such as {@code спам 310 000 · брань 150 000 · …}. */
  private static String screenedDetail(Totals t) {
    List<String> classes = new ArrayList<>();
    int shown = 0;
    for (Map.Entry<String, Long> e : CountOrder.COUNT_DESC.sort(t.byVerdict())) {
      if (e.getKey().equals("accepted") || e.getValue() == null || e.getValue() == 0) {
        continue;
      }
      if (++shown > 3) {
        classes.add("…");
        break;
      }
      classes.add(
          Labels.verdict(e.getKey()).en().toLowerCase(Locale.ROOT)
              + " "
              + Num.grouped(e.getValue()));
    }
    return String.join(" · ", classes);
  }

  private static void card(Html h, long value, String ru, String en, String detail) {
    h.raw("<div class=\"card\"><div class=\"v\">").text(Num.grouped(value)).raw("</div>");
    h.raw("<div class=\"k\">");
    Labels.bi(h, ru, en).raw("</div>");
    if (detail != null && !detail.isEmpty()) {
      h.raw("<div class=\"d\">").text(detail).raw("</div>");
    }
    h.raw("</div>").nl();
  }

  static void audience(Html h, ReportContext c) {
    ReportHtmlWriter.open(h, "audience", "Каналы и аудитория", "Channels and audience");
    h.raw("<div class=\"grid2\">").nl();
    shares(h, "Каналы", "Channels", c.breakdowns.byChannel(), CountOrder.CHANNEL, Labels::channel);
    shares(
        h,
        "Возраст",
        "Age group",
        c.breakdowns.byAgeGroup(),
        CountOrder.AGE_GROUP,
        Labels::ageGroup);
    shares(h, "Пол", "Gender", c.breakdowns.byGender(), CountOrder.GENDER, Labels::gender);
    shares(
        h,
        "Язык вопросов",
        "Language of questions",
        c.totals.byLanguage(),
        CountOrder.LANGUAGE,
        Labels::language);
    h.raw("</div>").nl();
    ReportHtmlWriter.close(h);
  }

  private static void shares(
      Html h,
      String ru,
      String en,
      Map<String, Long> counts,
      CountOrder order,
      Function<String, Labels.Pair> label) {
    h.raw("<div>").nl().raw("<h4>");
    Labels.bi(h, ru, en).raw("</h4>").nl();
    long total = ReportContext.sum(counts);
    if (total == 0) {
      ReportHtmlWriter.nothing(h, "Нет данных", "No data");
    } else {
      long max = 0;
      for (Long v : counts.values()) {
        max = Math.max(max, v == null ? 0 : v);
      }
      h.raw("<table>").nl().raw("<tbody>").nl();
      for (Map.Entry<String, Long> e : order.sort(counts)) {
        long v = e.getValue() == null ? 0 : e.getValue();
        h.raw("<tr><td>");
        Labels.bi(h, label.apply(e.getKey())).raw("</td><td class=\"barcell\">");
        Svg.bar(h, Num.ratio(v, max), false);
        h.raw("</td><td class=\"n\">").text(Num.percent(Num.ratio(v, total)));
        h.raw("</td><td class=\"n\">").text(Num.grouped(v)).raw("</td></tr>").nl();
      }
      h.raw("</tbody>").nl().raw("</table>").nl();
    }
    h.raw("</div>").nl();
  }

  static void provenance(Html h, ReportContext c) {
    RunInfo run = c.run;
    ReportHtmlWriter.open(h, "provenance", "О запуске", "Provenance");
    h.raw("<p class=\"note\">");
    Labels.bi(
        h,
        "Тот же вход с теми же параметрами и seed даёт тот же результат.",
        "The same input with the same parameters and seed gives the same result.");
    h.raw("</p>").nl().raw("<dl class=\"kv\">").nl();
    kv(h, "Версия · Version", run.version());
    kv(h, "Входной файл · Input", run.input());
    kv(h, "Размер · Size", Num.grouped(run.inputBytes()) + " B");
    kv(h, "Прочитано строк · Rows read", Num.grouped(run.rowsRead()));
    kv(h, "Пропущено строк · Rows skipped", Num.grouped(run.rowsSkipped()));
    kv(h, "Seed", Long.toString(run.seed()));
    kv(
        h,
        "Число тем · Themes",
        run.forcedThemes() > 0
            ? "задано · forced: " + run.forcedThemes()
            : "автоматически · automatic");
    kv(h, "Часовой пояс · Time zone", run.timezone());
    kv(h, "Первое обращение · First received", run.firstReceived());
    kv(h, "Последнее обращение · Last received", run.lastReceived());
    h.raw("</dl>").nl();
    table(h, "Параметры", "Parameters", run.params());
    table(h, "Движок тем", "Theme engine", run.engine());
    ReportHtmlWriter.close(h);
    h.raw("<footer>voxpop ").text(run.version()).raw("</footer>").nl();
  }

  private static void kv(Html h, String key, String value) {
    h.raw("<dt>").text(key).raw("</dt><dd>").text(value == null ? "" : value).raw("</dd>").nl();
  }

  private static void table(Html h, String ru, String en, Map<String, Object> values) {
    h.raw("<h4>");
    Labels.bi(h, ru, en).raw("</h4>").nl();
    if (values == null || values.isEmpty()) {
      ReportHtmlWriter.nothing(h, "Нет", "None");
      return;
    }
    h.raw("<table class=\"kvt\">").nl().raw("<tbody>").nl();
    for (Map.Entry<String, Object> e : sorted(values)) {
      h.raw("<tr><td><code>").text(e.getKey()).raw("</code></td><td><code>");
      h.text(show(e.getValue())).raw("</code></td></tr>").nl();
    }
    h.raw("</tbody>").nl().raw("</table>").nl();
  }

  /** A provenance value in a stable textual form: maps by key, numbers without exponents. */
  static String show(Object v) {
    return switch (v) {
      case null -> "null";
      case Double d -> Num.plain(d);
      case Float f -> Num.plain(Double.parseDouble(Float.toString(f)));
      case Map<?, ?> m -> {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : sorted(m)) {
          parts.add(e.getKey() + "=" + show(e.getValue()));
        }
        yield "{" + String.join(", ", parts) + "}";
      }
      case Collection<?> l -> {
        List<String> parts = new ArrayList<>();
        for (Object o : l) {
          parts.add(show(o));
        }
        yield "[" + String.join(", ", parts) + "]";
      }
      default -> v.toString();
    };
  }

  private static List<Map.Entry<String, Object>> sorted(Map<?, ?> m) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      entries.add(new AbstractMap.SimpleEntry<>(String.valueOf(e.getKey()), e.getValue()));
    }
    entries.sort(Map.Entry.comparingByKey());
    return entries;
  }

  /** {@code 2025-12-04T09:00:00+03:00} → {@code 2025-12-04 09:00}; other forms as they are. */
  static String moment(String iso) {
    if (iso == null) {
      return "";
    }
    if (iso.length() >= 16 && iso.charAt(10) == 'T') {
      return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }
    return iso;
  }
}
