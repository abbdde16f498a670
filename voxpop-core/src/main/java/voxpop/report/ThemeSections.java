package voxpop.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;

/**
 * The themes (ranking, then one card per theme) and the trends (rising themes, volume per day).
 * Stateless.
 */
final class ThemeSections {
  /** Samples shown on a theme's card; the rest are behind "more". */
  static final int VISIBLE_SAMPLES = 3;

  private ThemeSections() {}

  /** The id of a theme's card, for links. */
  static String anchor(String themeId) {
    return "theme-" + themeId;
  }

  static void themes(Html h, ReportContext c) {
    ReportHtmlWriter.open(h, "themes", "Темы", "Themes");
    if (c.themes.isEmpty() && (c.other() == null || c.other().questions() == 0)) {
      ReportHtmlWriter.nothing(h, "Тем нет", "No themes");
      ReportHtmlWriter.close(h);
      return;
    }
    h.raw("<p class=\"note\">");
    Labels.bi(
        h,
        "По числу людей; доля — от всех людей с принятыми вопросами.",
        "Ranked by people asking; share of all people with an accepted question.");
    h.raw("</p>").nl();
    h.raw("<input class=\"filter\" type=\"search\" data-table=\"theme-table\" hidden=\"hidden\"")
        .raw(" placeholder=\"Найти тему · Find a theme\" aria-label=\"Find a theme\"/>")
        .nl();
    double max = 0;
    for (ThemeSummary t : c.themes) {
      max = Math.max(max, t.share());
    }
    h.raw("<table id=\"theme-table\">").nl().raw("<thead><tr><th class=\"n\">#</th><th>");
    Labels.bi(h, "Тема", "Theme").raw("</th><th></th><th class=\"n\">");
    Labels.bi(h, "Доля", "Share").raw("</th><th class=\"n\">");
    Labels.bi(h, "Люди", "People").raw("</th><th class=\"n\">");
    Labels.bi(h, "Вопросы", "Questions").raw("</th><th>");
    Labels.bi(h, "Тренд", "Trend").raw("</th></tr></thead>").nl().raw("<tbody>").nl();
    for (ThemeSummary t : c.themes) {
      rankingRow(h, t, Integer.toString(t.rank()), label(t), max);
    }
    if (c.other() != null) {
      rankingRow(h, c.other(), "", "Прочее (вне тем) · Other", max);
    }
    h.raw("</tbody>").nl().raw("</table>").nl();
    for (ThemeSummary t : c.themes) {
      card(h, c, t, label(t));
    }
    if (c.other() != null && c.other().questions() > 0) {
      card(h, c, c.other(), "Прочее: вопросы вне тем · Other: questions in no theme");
    }
    ReportHtmlWriter.close(h);
  }

  private static void rankingRow(Html h, ThemeSummary t, String rank, String label, double max) {
    h.raw("<tr><td class=\"n\">")
        .text(rank)
        .raw("</td><td><a href=\"#")
        .text(anchor(t.id()))
        .raw("\">")
        .text(label)
        .raw("</a></td><td class=\"barcell\">");
    Svg.bar(h, max == 0 ? 0 : t.share() / max, t.rising() ? "rise" : rank.isEmpty() ? "muted" : "");
    h.raw("</td><td class=\"n\">").text(Num.percent(t.share()));
    h.raw("</td><td class=\"n\">").text(Num.grouped(t.people()));
    h.raw("</td><td class=\"n\">").text(Num.grouped(t.questions())).raw("</td><td>");
    rising(h, t);
    h.raw("</td></tr>").nl();
  }

  private static void card(Html h, ReportContext c, ThemeSummary t, String label) {
    h.raw("<article class=\"theme\" id=\"").text(anchor(t.id())).raw("\">").nl();
    h.raw("<div class=\"head\">");
    if (t.rank() > 0) {
      h.raw("<span class=\"rank\">").text(t.rank()).raw("</span>");
    }
    h.el("h3", "", label);
    rising(h, t);
    h.raw("</div>").nl().raw("<div class=\"figs\"><span><b>").text(Num.percent(t.share()));
    h.raw("</b> <span class=\"en\">людей · of people</span></span><span>")
        .text(Num.grouped(t.people()))
        .raw(" <span class=\"en\">чел. · people</span></span><span>")
        .text(Num.grouped(t.questions()))
        .raw(" <span class=\"en\">вопр. · questions</span></span>");
    if (!c.days.isEmpty()) {
      Svg.sparkline(
          h,
          c.onDays(ReportContext.breakdowns(t.breakdowns()).byDay()),
          Math.min(ReportContext.TREND_DAYS, c.days.size()));
    }
    h.raw("</div>").nl();
    List<String> phrases = ReportContext.orEmpty(t.keyPhrases());
    if (!phrases.isEmpty()) {
      h.raw("<div class=\"chips\">");
      for (String p : phrases) {
        h.el("span", "chip", p);
      }
      h.raw("</div>").nl();
    }
    subthemes(h, t);
    samples(h, ReportContext.orEmpty(t.samples()));
    where(h, t);
    h.raw("</article>").nl();
  }

  private static void subthemes(Html h, ThemeSummary t) {
    List<ThemeSummary> subs = ReportContext.orEmpty(t.subthemes());
    if (subs.isEmpty()) {
      return;
    }
    double max = 0;
    for (ThemeSummary s : subs) {
      max = Math.max(max, s.share());
    }
    h.raw("<table class=\"subs\">").nl().raw("<thead><tr><th>");
    Labels.bi(h, "Подтема", "Sub-theme").raw("</th><th></th><th class=\"n\">");
    Labels.bi(h, "Доля в теме", "Share of theme").raw("</th><th class=\"n\">");
    Labels.bi(h, "Люди", "People").raw("</th><th>");
    Labels.bi(h, "Например", "For example").raw("</th></tr></thead>").nl().raw("<tbody>").nl();
    for (ThemeSummary s : subs) {
      h.raw("<tr id=\"").text(anchor(s.id())).raw("\"><td>").text(label(s)).raw(" ");
      rising(h, s);
      h.raw("</td><td class=\"barcell\">");
      Svg.bar(h, max == 0 ? 0 : s.share() / max, s.rising());
      h.raw("</td><td class=\"n\">").text(Num.percent(s.share()));
      h.raw("</td><td class=\"n\">").text(Num.grouped(s.people())).raw("</td><td>");
      List<Sample> ss = ReportContext.orEmpty(s.samples());
      if (!ss.isEmpty()) {
        h.raw("<span class=\"q\">").text(ss.get(0).text()).raw("</span>");
      }
      h.raw("</td></tr>").nl();
    }
    h.raw("</tbody>").nl().raw("</table>").nl();
  }

  private static void samples(Html h, List<Sample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    int visible = Math.min(VISIBLE_SAMPLES, samples.size());
    h.raw("<ol class=\"samples\">").nl();
    for (Sample s : samples.subList(0, visible)) {
      sample(h, s);
    }
    h.raw("</ol>").nl();
    if (samples.size() > visible) {
      int more = samples.size() - visible;
      h.raw("<details class=\"more\"><summary>");
      Labels.bi(h, "Ещё " + more + " вопросов", more + " more questions").raw("</summary>").nl();
      h.raw("<ol class=\"samples\" start=\"" + (visible + 1) + "\">").nl();
      for (Sample s : samples.subList(visible, samples.size())) {
        sample(h, s);
      }
      h.raw("</ol>").nl().raw("</details>").nl();
    }
  }

  /** One question: its text, then how many people asked it, where, how and when. */
  static void sample(Html h, Sample s) {
    h.raw("<li><span class=\"q\">").text(s.text()).raw("</span> <span class=\"m\">");
    List<String> meta = new ArrayList<>();
    if (s.people() > 1) {
      meta.add("×" + Num.grouped(s.people()));
    }
    if (s.region() != null && !s.region().isEmpty()) {
      meta.add(s.region());
    }
    if (s.channel() != null && !s.channel().isEmpty()) {
      meta.add(Labels.channel(s.channel()).ru());
    }
    if (s.receivedAt() != null && !s.receivedAt().isEmpty()) {
      meta.add(SummarySections.moment(s.receivedAt()));
    }
    h.text(String.join(" · ", meta)).raw("</span></li>").nl();
  }

  /** The theme's top regions and channels, as shares of the theme. */
  private static void where(Html h, ThemeSummary t) {
    var b = ReportContext.breakdowns(t.breakdowns());
    List<String> parts = new ArrayList<>();
    String regions = top(b.byRegion(), 3, true);
    if (!regions.isEmpty()) {
      parts.add("Регионы · Regions: " + regions);
    }
    String channels = top(b.byChannel(), 3, false);
    if (!channels.isEmpty()) {
      parts.add("Каналы · Channels: " + channels);
    }
    if (!parts.isEmpty()) {
      h.raw("<p class=\"where\">").text(String.join(" — ", parts)).raw("</p>").nl();
    }
  }

  private static String top(Map<String, Long> counts, int n, boolean regions) {
    long total = ReportContext.sum(counts);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : CountOrder.COUNT_DESC.sort(counts)) {
      if (out.size() == n || total == 0) {
        break;
      }
      String name = regions ? Labels.region(e.getKey()).ru() : Labels.channel(e.getKey()).ru();
      out.add(name + " " + Num.percent(Num.ratio(e.getValue(), total)));
    }
    return String.join(", ", out);
  }

  static void rising(Html h, ThemeSummary t) {
    if (t.rising()) {
      h.raw("<span class=\"rise-mark\" title=\"рост за 48 ч · growth in 48 h\">▲ ")
          .text(growth(t.growth()))
          .raw("</span>");
    }
  }

  static String growth(double g) {
    return "×" + Num.fixed(g, 1);
  }

  /** A theme's label, or its first key phrase, or its id. */
  static String label(ThemeSummary t) {
    if (t.label() != null && !t.label().isBlank()) {
      return t.label();
    }
    List<String> phrases = ReportContext.orEmpty(t.keyPhrases());
    return phrases.isEmpty() ? t.id() : phrases.get(0);
  }

  static void trends(Html h, ReportContext c) {
    ReportHtmlWriter.open(h, "trends", "Тренды", "Trends");
    h.raw("<h4>");
    Labels.bi(h, "Растущие темы", "Rising themes").raw("</h4>").nl().raw("<p class=\"note\">");
    Labels.bi(
        h,
        "Рост — доля темы за последние 48 часов к её доле до этого.",
        "Growth is a theme's share in the last 48 hours against its share before.");
    h.raw("</p>").nl();
    List<ThemeSummary> rising = new ArrayList<>();
    for (ThemeSummary t : c.themes) {
      if (t.rising()) {
        rising.add(t);
      }
      for (ThemeSummary s : ReportContext.orEmpty(t.subthemes())) {
        if (s.rising()) {
          rising.add(s);
        }
      }
    }
    rising.sort(
        Comparator.comparingDouble((ThemeSummary t) -> -t.growth())
            .thenComparing(ThemeSummary::id));
    if (rising.isEmpty()) {
      ReportHtmlWriter.nothing(h, "Растущих тем нет", "No theme is rising");
    } else {
      h.raw("<table>").nl().raw("<thead><tr><th>");
      Labels.bi(h, "Тема", "Theme").raw("</th><th class=\"n\">");
      Labels.bi(h, "Рост", "Growth").raw("</th><th class=\"n\">");
      Labels.bi(h, "Доля", "Share").raw("</th><th class=\"n\">");
      Labels.bi(h, "Люди", "People").raw("</th><th>");
      Labels.bi(h, "По дням", "By day").raw("</th></tr></thead>").nl().raw("<tbody>").nl();
      for (ThemeSummary t : rising) {
        ThemeSummary parent = c.parentOf(t);
        h.raw("<tr><td><a href=\"#").text(anchor(t.id())).raw("\">");
        h.text(parent == null ? label(t) : label(parent) + " › " + label(t)).raw("</a></td>");
        h.raw("<td class=\"n rise-mark\">").text(growth(t.growth())).raw("</td><td class=\"n\">");
        h.text(Num.percent(t.share()));
        if (parent != null) {
          h.raw(" <span class=\"en\">темы · of theme</span>");
        }
        h.raw("</td><td class=\"n\">").text(Num.grouped(t.people()));
        h.raw("</td><td>");
        Svg.sparkline(
            h,
            c.onDays(ReportContext.breakdowns(t.breakdowns()).byDay()),
            Math.min(ReportContext.TREND_DAYS, c.days.size()));
        h.raw("</td></tr>").nl();
      }
      h.raw("</tbody>").nl().raw("</table>").nl();
    }
    h.raw("<h4>");
    Labels.bi(h, "Обращения по дням", "Volume per day").raw("</h4>").nl();
    if (c.days.isEmpty()) {
      ReportHtmlWriter.nothing(h, "Нет дат", "No dates");
    } else {
      Svg.columns(
          h,
          c.days,
          c.onDays(c.breakdowns.byDay()),
          Math.min(ReportContext.TREND_DAYS, c.days.size()),
          "Обращения по дням · Volume per day",
          "последние 48 ч · last 48 h");
      Long unknown = c.breakdowns.byDay().get("unknown");
      if (unknown != null && unknown > 0) {
        h.raw("<p class=\"note\">");
        Labels.bi(
            h, "Без даты: " + Num.grouped(unknown), "Without a date: " + Num.grouped(unknown));
        h.raw("</p>").nl();
      }
    }
    ReportHtmlWriter.close(h);
  }
}
