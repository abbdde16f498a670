package voxpop.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import voxpop.pipeline.AnalysisResult.Campaign;
import voxpop.pipeline.AnalysisResult.RegionRow;
import voxpop.pipeline.AnalysisResult.Sample;
import voxpop.pipeline.AnalysisResult.ThemeSummary;

/** The region ranking, the campaigns and the screening overview. Stateless. */
final class TableSections {
  private TableSections() {}

  static void regions(Html h, ReportContext c) {
    ReportHtmlWriter.open(h, "regions", "Регионы", "Regions");
    if (c.regions.isEmpty()) {
      ReportHtmlWriter.nothing(h, "Регионы не указаны", "No regions given");
      ReportHtmlWriter.close(h);
      return;
    }
    h.raw("<p class=\"note\">");
    Labels.bi(
        h,
        "Рейтинг регионов по числу обращений; доля — от обращений с указанным регионом.",
        "Regions ranked by appeals; share of the appeals that name a region.");
    h.raw("</p>").nl();
    h.raw("<input class=\"filter\" type=\"search\" data-table=\"region-table\" hidden=\"hidden\"")
        .raw(" placeholder=\"Найти регион · Find a region\" aria-label=\"Find a region\"/>")
        .nl();
    double max = 0;
    for (RegionRow r : c.regions) {
      max = Math.max(max, r.share());
    }
    h.raw("<table id=\"region-table\">").nl().raw("<thead><tr><th class=\"n\">#</th><th>");
    Labels.bi(h, "Регион", "Region").raw("</th><th class=\"n\">");
    Labels.bi(h, "Обращения", "Appeals").raw("</th><th></th><th class=\"n\">");
    Labels.bi(h, "Доля", "Share").raw("</th><th class=\"n\">");
    Labels.bi(h, "Люди", "People").raw("</th><th>");
    Labels.bi(h, "Главные темы", "Top themes").raw("</th></tr></thead>").nl();
    h.raw("<tbody>").nl();
    int rank = 0;
    for (RegionRow r : c.regions) {
      h.raw("<tr><td class=\"n\">").text(++rank).raw("</td><td>");
      Labels.bi(h, Labels.region(r.region()));
      h.raw("</td><td class=\"n\">").text(Num.grouped(r.appeals())).raw("</td>");
      h.raw("<td class=\"barcell\">");
      Svg.bar(h, max == 0 ? 0 : r.share() / max, false);
      h.raw("</td><td class=\"n\">").text(Num.percent(r.share()));
      h.raw("</td><td class=\"n\">").text(Num.grouped(r.people())).raw("</td><td>");
      themeLinks(h, c, ReportContext.orEmpty(r.topThemes()));
      h.raw("</td></tr>").nl();
    }
    h.raw("</tbody>").nl().raw("</table>").nl();
    ReportHtmlWriter.close(h);
  }

  private static void themeLinks(Html h, ReportContext c, List<String> ids) {
    boolean first = true;
    for (String id : ids) {
      if (!first) {
        h.raw(" · ");
      }
      first = false;
      themeLink(h, c, id);
    }
  }

  /** A link to the theme's card, or the bare id when the result has no such theme. */
  private static void themeLink(Html h, ReportContext c, String id) {
    ThemeSummary t = c.byId.get(id);
    if (t == null && "other".equals(id) && c.other() != null) {
      t = c.other();
    }
    if (t == null) {
      h.raw("<code>").text(id).raw("</code>");
      return;
    }
    String label = t == c.other() ? "Прочее · Other" : ThemeSections.label(t);
    h.raw("<a href=\"#").text(ThemeSections.anchor(t.id())).raw("\">").text(label).raw("</a>");
  }

  static void campaigns(Html h, ReportContext c) {
    ReportHtmlWriter.open(h, "campaigns", "Кампании", "Campaigns");
    h.raw("<p class=\"note\">");
    Labels.bi(
        h,
        "Много отправителей — один и тот же текст. Считаются по людям.",
        "Many senders, one near-identical text; counted by people.");
    h.raw("</p>").nl();
    if (c.campaigns.isEmpty()) {
      ReportHtmlWriter.nothing(h, "Кампаний не найдено", "No campaigns found");
      ReportHtmlWriter.close(h);
      return;
    }
    h.raw("<table id=\"campaign-table\">").nl().raw("<thead><tr><th class=\"n\">#</th><th>");
    Labels.bi(h, "Текст", "Text").raw("</th><th class=\"n\">");
    Labels.bi(h, "Люди", "People").raw("</th><th class=\"n\">");
    Labels.bi(h, "Вопросы", "Questions").raw("</th><th>");
    Labels.bi(h, "Тема", "Theme").raw("</th><th>");
    Labels.bi(h, "Период", "Period").raw("</th></tr></thead>").nl().raw("<tbody>").nl();
    int rank = 0;
    for (Campaign k : c.campaigns) {
      h.raw("<tr><td class=\"n\">").text(++rank).raw("</td><td><span class=\"q\">");
      h.text(k.text()).raw("</span></td><td class=\"n\">").text(Num.grouped(k.people()));
      h.raw("</td><td class=\"n\">").text(Num.grouped(k.questions())).raw("</td><td>");
      themeLink(h, c, k.themeId() == null ? "" : k.themeId());
      h.raw("</td><td class=\"m\">").text(SummarySections.moment(k.firstReceived()));
      if (k.lastReceived() != null && !k.lastReceived().equals(k.firstReceived())) {
        h.raw(" — ").text(SummarySections.moment(k.lastReceived()));
      }
      h.raw("</td></tr>").nl();
    }
    h.raw("</tbody>").nl().raw("</table>").nl();
    ReportHtmlWriter.close(h);
  }

  static void screening(Html h, ReportContext c) {
    ReportHtmlWriter.open(h, "screening", "Отсев", "Screening");
    long questions = c.totals.questions();
    Map<String, Long> classes = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : CountOrder.VERDICT.sort(c.totals.byVerdict())) {
      classes.put(e.getKey(), e.getValue() == null ? 0 : e.getValue());
    }
    for (String verdict : c.screened.keySet()) {
      classes.putIfAbsent(verdict, 0L);
    }
    classes.remove("accepted");
    if (classes.isEmpty()) {
      ReportHtmlWriter.nothing(h, "Ничего не отсеяно", "Nothing was screened out");
      ReportHtmlWriter.close(h);
      return;
    }
    h.raw("<table id=\"screening-table\">").nl().raw("<thead><tr><th>");
    Labels.bi(h, "Класс", "Class").raw("</th><th class=\"n\">");
    Labels.bi(h, "Вопросы", "Questions").raw("</th><th class=\"n\">");
    Labels.bi(h, "Доля вопросов", "Share of questions").raw("</th><th>");
    Labels.bi(h, "Причины", "Reasons").raw("</th></tr></thead>").nl().raw("<tbody>").nl();
    for (Map.Entry<String, Long> e : CountOrder.VERDICT.sort(classes)) {
      h.raw("<tr><td>");
      Labels.bi(h, Labels.verdict(e.getKey()));
      h.raw("</td><td class=\"n\">").text(Num.grouped(e.getValue()));
      h.raw("</td><td class=\"n\">").text(Num.percent(Num.ratio(e.getValue(), questions)));
      h.raw("</td><td>").text(reasons(c.totals.byReason(), e.getKey())).raw("</td></tr>").nl();
    }
    h.raw("</tbody>").nl().raw("</table>").nl();
    h.raw("<h4>");
    Labels.bi(h, "Примеры", "Examples").raw("</h4>").nl().raw("<p class=\"warn\">");
    Labels.bi(
        h,
        "Свёрнуто: тексты могут содержать нецензурную брань. Личные данные скрыты.",
        "Collapsed: the texts may contain obscene language. Personal data is masked.");
    h.raw("</p>").nl();
    boolean any = false;
    for (Map.Entry<String, List<Sample>> e : CountOrder.VERDICT.sort(c.screened)) {
      List<Sample> samples = ReportContext.orEmpty(e.getValue());
      if (samples.isEmpty()) {
        continue;
      }
      any = true;
      h.raw("<details><summary>");
      Labels.bi(h, Labels.verdict(e.getKey())).raw(" (").text(samples.size()).raw(")</summary>");
      h.nl().raw("<ol class=\"samples\">").nl();
      for (Sample s : samples) {
        ThemeSections.sample(h, s);
      }
      h.raw("</ol>").nl().raw("</details>").nl();
    }
    if (!any) {
      ReportHtmlWriter.nothing(h, "Примеров нет", "No examples");
    }
    ReportHtmlWriter.close(h);
  }

  /** The reason codes of one class ({@code spam.link 2, spam.phone 1}), most frequent first. */
  private static String reasons(Map<String, Long> byReason, String verdict) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Long> e : CountOrder.COUNT_DESC.sort(byReason)) {
      String code = e.getKey();
      if (code.equals(verdict) || code.startsWith(verdict + ".")) {
        sb.append(sb.isEmpty() ? "" : ", ")
            .append(code)
            .append(' ')
            .append(Num.grouped(e.getValue()));
      }
    }
    return sb.toString();
  }
}
